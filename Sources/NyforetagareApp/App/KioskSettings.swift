import NyforetagareEngine

/// How the app behaves on a shared kiosk: no saving, a session that is wiped on "Klar" and
/// after idle time, and the adviser's PIN for leaving the program.
public struct KioskSettings: Sendable {
  /// Seconds without a key before the countdown starts.
  public var idleSeconds: Double
  /// Seconds the visible countdown runs before the session is wiped.
  public var countdownSeconds: Double
  /// The languages offered; the first is the default.
  public var languages: [Language]
  /// The kommun the interview starts with, if any.
  public var kommunPreset: String?
  /// Whether a print command is configured.
  public var canPrint: Bool
  /// Whether the print command takes the HTML page (else clean text).
  public var printsHTML: Bool
  /// The folder exports go to, shown on the export screen.
  public var exportFolder: String?
  /// Checks the adviser's PIN.
  public var checkPIN: @Sendable (String) -> Bool

  /// Creates kiosk settings.
  public init(
    idleSeconds: Double, countdownSeconds: Double, languages: [Language], kommunPreset: String?, canPrint: Bool,
    printsHTML: Bool = false, exportFolder: String? = nil, checkPIN: @escaping @Sendable (String) -> Bool
  ) {
    self.printsHTML = printsHTML
    self.exportFolder = exportFolder
    self.idleSeconds = idleSeconds
    self.countdownSeconds = countdownSeconds
    self.languages = languages.isEmpty ? [.sv] : languages
    self.kommunPreset = kommunPreset
    self.canPrint = canPrint
    self.checkPIN = checkPIN
  }
}

/// The kiosk's own overlays.
enum KioskOverlay: Sendable, Hashable {
  /// "Klar? Allt raderas." (j/n)
  case confirmEnd
  /// The adviser's PIN prompt.
  case pin
  /// The adviser's screen after a correct PIN.
  case adviser
}
