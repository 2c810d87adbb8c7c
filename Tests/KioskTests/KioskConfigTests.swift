import Foundation
import Kiosk
import NyforetagareEngine
import Testing

@Suite("Kiosk configuration")
struct KioskConfigTests {
  static let kommuner = ["Malmö", "Göteborg", "Stockholm", "Lund", "Mölndal"]
  static let hash = "$6$abcdefghijklmnop$" + String(repeating: "x", count: 86)

  /// Writes `text` (with `EXPORT` replaced by a real folder) and loads it.
  func load(_ text: String, allowShortTimeouts: Bool = false) throws -> Result<KioskConfig, KioskConfigError> {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let exports = folder.file("usb")
    try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: false)
    let path = try folder.write("kiosk.yaml", text.replacingOccurrences(of: "EXPORT", with: exports))
    do {
      let config = try KioskConfig.load(
        path: path, kommunNames: Self.kommuner, allowShortTimeouts: allowShortTimeouts)
      return .success(config)
    } catch {
      // Report with the bare file name so expectations do not depend on the temporary path.
      return .failure(
        KioskConfigError(
          problems: error.problems.map {
            var p = $0
            p.file = ($0.file as NSString).lastPathComponent
            return p
          }))
    }
  }

  func problems(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
    switch try load(text) {
    case .success(let config):
      Issue.record("expected an error, got \(config)", sourceLocation: sourceLocation)
      return []
    case .failure(let error):
      return error.problems.map(\.description)
    }
  }

  @Test("a full file is read with every value")
  func full() throws {
    let text = """
      # The lobby terminal
      kommun: Malmö
      languages: [en, sv]
      export_folder: EXPORT
      print_command: [lp, -d, lobby]
      print_format: html
      idle_timeout_seconds: 120
      countdown_seconds: 20
      pin_hash: '\(Self.hash)'
      """
    let config = try load(text).get()
    #expect(config.kommun == "Malmö")
    #expect(config.languages == [.en, .sv])
    #expect(config.exportFolder.hasSuffix("/usb"))
    #expect(config.printCommand == ["lp", "-d", "lobby"])
    #expect(config.printFormat == .html)
    #expect(config.idleTimeoutSeconds == 120)
    #expect(config.countdownSeconds == 20)
    #expect(config.pinHash == Self.hash)
  }

  @Test("optional keys take their defaults; the kommun is matched without regard to case")
  func defaults() throws {
    let config = try load("export_folder: EXPORT\npin_hash: \(Self.hash)\n").get()
    #expect(config.kommun == nil)
    #expect(config.languages == [.sv, .en])
    #expect(config.printCommand == nil)
    #expect(config.printFormat == .text)
    #expect(config.idleTimeoutSeconds == 300)
    #expect(config.countdownSeconds == 30)
    let malmo = try load("kommun: malmö\nexport_folder: EXPORT\npin_hash: \(Self.hash)\n").get()
    #expect(malmo.kommun == "Malmö")
  }

  @Test("an unknown key is named with the allowed keys")
  func unknownKey() throws {
    let found = try problems("export_folder: EXPORT\npin_hash: \(Self.hash)\nidle_timeout: 60\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("kiosk.yaml:3:1: unknown key 'idle_timeout'; allowed keys: kommun,") == true)
    #expect(found.first?.contains("idle_timeout_seconds") == true)
  }

  @Test(
    "a value of the wrong type is refused at its place",
    arguments: [
      ("idle_timeout_seconds: five minutes", "kiosk.yaml:3:23: idle_timeout_seconds must be a whole number"),
      ("idle_timeout_seconds: '300'", "kiosk.yaml:3:23: idle_timeout_seconds must be a whole number"),
      ("countdown_seconds: [30]", "kiosk.yaml:3:20: countdown_seconds must be a whole number"),
      ("languages: sv", "kiosk.yaml:3:12: languages must be a list"),
      ("languages: [sv, de]", "kiosk.yaml:3:17: languages: 'de' is not a language code; allowed: sv, en"),
      ("print_command: lp -d lobby", "kiosk.yaml:3:16: print_command must be a list of arguments"),
      ("print_command: []", "kiosk.yaml:3:16: print_command must name a program"),
      ("kommun: [Malmö]", "kiosk.yaml:3:9: kommun must be text"),
      ("print_format: markdown", "kiosk.yaml:3:15: print_format 'markdown' is not a paper layout; allowed: text, html"),
      ("print_format: [text]", "kiosk.yaml:3:15: print_format must be text"),
    ])
  func badType(line: String, expected: String) throws {
    let found = try problems("export_folder: EXPORT\npin_hash: \(Self.hash)\n\(line)\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix(expected) == true, "\(found)")
  }

  @Test("timeouts below the minimum are refused unless short timeouts are allowed")
  func shortTimeouts() throws {
    let text = "export_folder: EXPORT\npin_hash: \(Self.hash)\nidle_timeout_seconds: 3\ncountdown_seconds: 2\n"
    let found = try problems(text)
    #expect(
      found == [
        "kiosk.yaml:3:23: idle_timeout_seconds is 3; it must be from 30 to 86400 seconds",
        "kiosk.yaml:4:20: countdown_seconds is 2; it must be from 5 to 600 seconds",
      ])
    let config = try load(text, allowShortTimeouts: true).get()
    #expect(config.idleTimeoutSeconds == 3)
    #expect(config.countdownSeconds == 2)
  }

  @Test("a kommun not in the list is refused with suggestions")
  func badKommun() throws {
    let found = try problems("kommun: Malmo stad\nexport_folder: EXPORT\npin_hash: \(Self.hash)\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("kiosk.yaml:1:9: kommun 'Malmo stad' is not one of Sweden's kommuner") == true)
    #expect(found.first?.contains("did you mean Malmö") == true, "\(found)")
  }

  @Test("a missing export folder, a relative one and a file are each refused")
  func exportFolder() throws {
    let missing = try problems("export_folder: /nonexistent/kiosk-usb\npin_hash: \(Self.hash)\n")
    #expect(
      missing == [
        "kiosk.yaml:1:16: export_folder '/nonexistent/kiosk-usb' does not exist; create it or mount the USB stick there first"
      ])
    let relative = try problems("export_folder: usb\npin_hash: \(Self.hash)\n")
    #expect(relative.first?.hasPrefix("kiosk.yaml:1:16: export_folder must be an absolute path") == true)
    let file = try problems("export_folder: /etc/hostname\npin_hash: \(Self.hash)\n")
    #expect(file.first?.hasPrefix("kiosk.yaml:1:16: export_folder '/etc/hostname' is not a directory") == true)
    let absent = try problems("pin_hash: \(Self.hash)\n")
    #expect(absent.first?.hasPrefix("kiosk.yaml:1:1: missing key export_folder") == true)
  }

  @Test("a missing PIN hash, or a PIN in clear, is refused")
  func pinHash() throws {
    let missing = try problems("export_folder: EXPORT\n")
    #expect(
      missing == [
        "kiosk.yaml:1:1: missing key pin_hash: the adviser's PIN as a $6$ hash; make one with `nyforetagare kiosk-pin`"
      ])
    let clear = try problems("export_folder: EXPORT\npin_hash: 1234\n")
    #expect(clear.first?.hasPrefix("kiosk.yaml:2:11: pin_hash must be a SHA-512 crypt hash") == true)
  }

  @Test("every problem is reported, in file order")
  func several() throws {
    let found = try problems("languages: [fr]\nkommun: Atlantis\ncolour: blue\n")
    #expect(
      found.map { $0.split(separator: ":").prefix(3).joined(separator: ":") } == [
        "kiosk.yaml:1:1", "kiosk.yaml:1:1", "kiosk.yaml:1:13", "kiosk.yaml:2:9", "kiosk.yaml:3:1",
      ])
  }

  @Test("broken YAML and duplicate keys name the line")
  func brokenYAML() throws {
    let broken = try problems("export_folder: EXPORT\npin_hash: [unclosed\n")
    #expect(broken.first?.hasPrefix("kiosk.yaml:3:") == true || broken.first?.hasPrefix("kiosk.yaml:2:") == true)
    #expect(broken.first?.contains("not valid YAML") == true)
    let twice = try problems("export_folder: EXPORT\nexport_folder: EXPORT\npin_hash: \(Self.hash)\n")
    #expect(twice.first?.contains("key given twice: export_folder") == true, "\(twice)")
  }

  @Test("a missing file names its path")
  func missingFile() {
    #expect {
      _ = try KioskConfig.load(path: "/nonexistent/kiosk.yaml", kommunNames: Self.kommuner)
    } throws: { error in
      "\(error)"
        == "/nonexistent/kiosk.yaml: no kiosk configuration file at /nonexistent/kiosk.yaml; create it (see docs/KIOSK.md) or pass another path"
    }
  }

  @Test("the PIN is checked against the loaded hash")
  func verify() throws {
    let hash = try PIN.hash("2468")
    let config = try load("export_folder: EXPORT\npin_hash: '\(hash)'\n").get()
    #expect(config.verifyPIN("2468"))
    #expect(!config.verifyPIN("1357"))
  }
}
