import Foundation
import NyforetagareEngine

/// The kiosk's configuration, read from a YAML file the adviser writes (by default
/// `/etc/nyforetagare/kiosk.yaml`; choosing the path is the caller's business).
///
/// ```yaml
/// kommun: Malmö                  # optional preset
/// languages: [sv, en]            # optional; default both
/// export_folder: /media/kiosk-usb
/// print_command: [lp, -d, lobby] # optional; argv, never run through a shell
/// print_format: text             # optional; text (default) or html: what the command receives
/// idle_timeout_seconds: 300      # optional; default 300, at least 30
/// countdown_seconds: 30          # optional; default 30
/// pin_hash: '$6$…'               # from `nyforetagare kiosk-pin`
/// ```
public struct KioskConfig: Sendable, Equatable {
  /// The kommun the interview starts with (its name as the content spells it), if any.
  public var kommun: String?
  /// The languages offered, in the order given; never empty, no repeats.
  public var languages: [Language]
  /// The folder exports are written to (an existing directory, absolute path).
  public var exportFolder: String
  /// The print command as argv (e.g. `["lp"]`), or nil when printing is not offered.
  public var printCommand: [String]?
  /// What the print command receives on its standard input.
  public var printFormat: PrintFormat

  /// The paper layouts a print command can take.
  public enum PrintFormat: String, Sendable, Equatable, CaseIterable {
    /// Clean text without Markdown syntax (for `lp` and any printer).
    case text
    /// The HTML page with A4 print styles (for a filter or script that takes HTML).
    case html
  }
  /// Seconds without input before the countdown starts.
  public var idleTimeoutSeconds: Int
  /// Seconds the visible countdown runs before the session is wiped.
  public var countdownSeconds: Int
  /// The adviser's PIN as a SHA-512 crypt hash (`$6$…`).
  public var pinHash: String

  /// The idle timeout when the file gives none.
  public static let defaultIdleTimeoutSeconds = 300
  /// The shortest idle timeout a file may set (unless short timeouts are allowed for tests).
  public static let minimumIdleTimeoutSeconds = 30
  /// The longest idle timeout a file may set.
  public static let maximumIdleTimeoutSeconds = 86_400
  /// The countdown when the file gives none.
  public static let defaultCountdownSeconds = 30
  /// The shortest countdown a file may set (unless short timeouts are allowed for tests).
  public static let minimumCountdownSeconds = 5
  /// The longest countdown a file may set.
  public static let maximumCountdownSeconds = 600
  /// The keys a file may contain.
  public static let keys = [
    "kommun", "languages", "export_folder", "print_command", "print_format", "idle_timeout_seconds",
    "countdown_seconds", "pin_hash",
  ]

  /// Makes a configuration directly (for tests and callers that build one in code).
  public init(
    kommun: String? = nil, languages: [Language] = Language.allCases, exportFolder: String,
    printCommand: [String]? = nil, printFormat: PrintFormat = .text,
    idleTimeoutSeconds: Int = KioskConfig.defaultIdleTimeoutSeconds,
    countdownSeconds: Int = KioskConfig.defaultCountdownSeconds, pinHash: String
  ) {
    self.kommun = kommun
    self.languages = languages
    self.exportFolder = exportFolder
    self.printCommand = printCommand
    self.printFormat = printFormat
    self.idleTimeoutSeconds = idleTimeoutSeconds
    self.countdownSeconds = countdownSeconds
    self.pinHash = pinHash
  }

  /// Reads and validates a configuration file strictly: unknown keys, wrong types, a kommun not in
  /// `kommunNames`, a missing or non-directory export folder and a missing or malformed PIN hash
  /// are all errors, each reported as `FILE:LINE:COL: message`. A file that cannot be read gives
  /// one message naming the path.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - kommunNames: the names the `kommun` preset may take (e.g. the landscape's kommuner).
  ///   - allowShortTimeouts: lets the idle timeout and countdown go down to 1 second (for tests).
  public static func load(path: String, kommunNames: [String], allowShortTimeouts: Bool = false)
    throws(KioskConfigError) -> KioskConfig
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw KioskConfigError(
        file: path,
        message:
          "no kiosk configuration file at \(path); create it (see docs/KIOSK.md) or pass another path")
    }
    guard !isDirectory.boolValue else {
      throw KioskConfigError(file: path, message: "\(path) is a folder, not a kiosk configuration file")
    }
    let data: Data
    switch BoundedRead.contents(of: path, limit: InputLimits.kioskConfigBytes) {
    case .success(let d): data = d
    case .failure(.tooLarge(let limit)):
      throw KioskConfigError(
        file: path,
        message:
          "\(path) is larger than \(BoundedRead.describe(limit)); a kiosk configuration has a few lines (see docs/KIOSK.md)"
      )
    case .failure(let failure):
      let reason: String
      if case .unreadable(let r) = failure { reason = r } else { reason = "permissions?" }
      throw KioskConfigError(
        file: path,
        message: "cannot read the kiosk configuration file \(path) (\(reason)); check that the kiosk user may read it")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw KioskConfigError(file: path, message: "\(path) is not UTF-8 text")
    }
    return try parse(text, file: path, kommunNames: kommunNames, allowShortTimeouts: allowShortTimeouts)
  }

  /// Validates configuration text; `file` is the name used in messages. See `load(path:kommunNames:)`.
  public static func parse(_ text: String, file: String, kommunNames: [String], allowShortTimeouts: Bool = false)
    throws(KioskConfigError) -> KioskConfig
  {
    var parser = KioskConfigParser(file: file, kommunNames: kommunNames, allowShortTimeouts: allowShortTimeouts)
    return try parser.parse(text)
  }

  /// Whether `pin` is the adviser's PIN.
  public func verifyPIN(_ pin: String) -> Bool { PIN.verify(pin, against: pinHash) }
}
