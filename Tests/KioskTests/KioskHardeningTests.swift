import Foundation
import Kiosk
import NyforetagareEngine
import Testing

@Suite("Kiosk hardening: PIN back-off, hash cost, export folder, root, hostile configs")
struct KioskHardeningTests {
  static let utc = TimeZone(identifier: "UTC") ?? .current
  static let hash = "$6$abcdefghijklmnop$" + String(repeating: "x", count: 86)

  @Test("each wrong PIN doubles the wait: 1, 2, 4 … seconds, capped")
  func delays() {
    #expect((0...5).map(PINBackoff.delay(afterFailures:)) == [0, 1, 2, 4, 8, 16])
    #expect(PINBackoff.delay(afterFailures: 9) == 256)
    #expect(PINBackoff.delay(afterFailures: 10) == PINBackoff.maximumDelaySeconds)
    #expect(PINBackoff.delay(afterFailures: 10_000) == PINBackoff.maximumDelaySeconds)
  }

  @Test("a PIN typed during the wait is not tried; the count reaches the adviser's page")
  func backoff() {
    var b = PINBackoff()
    #expect(b.mayTry(at: 100))
    #expect(b.recordWrong(at: 100) == 1)
    #expect(!b.mayTry(at: 100.5))
    #expect(b.waitMessage(at: 100.5, swedish: false) == "Wrong PIN. Wait 1 s before trying again.")
    #expect(b.mayTry(at: 101))
    #expect(b.recordWrong(at: 101) == 2)
    #expect(b.recordWrong(at: 103) == 4)
    #expect(b.secondsToWait(at: 104) == 3)
    #expect(b.waitMessage(at: 104, swedish: true) == "Fel PIN-kod. Vänta 3 s innan du försöker igen.")
    #expect(b.recordCorrect() == 3)
    #expect(b.mayTry(at: 104))
    #expect(b.wrongInTotal == 3)
    #expect(b.wrongSinceLastEntry == 0)
    #expect(
      PINBackoff.adviserLine(wrongBeforeEntry: 3, wrongInTotal: 3, swedish: false)
        == "Wrong PINs before this entry: 3 (since start: 3).")
  }

  @Test("a PIN hash asking for too many rounds is refused when the configuration is read")
  func rounds() throws {
    let slow = "$6$rounds=999999999$abcdefghijklmnop$" + String(repeating: "x", count: 86)
    #expect(PIN.rounds(of: slow) == 999_999_999)
    #expect(PIN.rounds(of: Self.hash) == nil)
    #expect(!PIN.verify("4711", against: slow), "refused without running crypt")
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    do {
      _ = try KioskConfig.parse(
        "export_folder: \(folder.path)\npin_hash: '\(slow)'\n", file: "kiosk.yaml", kommunNames: [])
      Issue.record("accepted")
    } catch {
      #expect(
        error.problems.map(\.description).contains {
          $0.hasPrefix("kiosk.yaml:2:11: pin_hash asks for 999999999 rounds")
        })
    }
  }

  @Test("an export folder that is a link, or writable by everyone, is refused at start with the line")
  func unsafeFolders() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let real = folder.file("real")
    try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
    chmod(real, 0o755)
    let link = folder.file("link")
    #expect(symlink(real, link) == 0)
    let open = folder.file("open")
    try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: false)
    chmod(open, 0o777)
    for (path, expected) in [(link, "is a symbolic link"), (open, "is writable by every user (mode 777)")] {
      do {
        _ = try KioskConfig.parse("export_folder: \(path)\npin_hash: '\(Self.hash)'\n", file: "k.yaml", kommunNames: [])
        Issue.record("accepted \(path)")
      } catch {
        #expect(error.description.hasPrefix("k.yaml:1:16: export_folder '\(path)' \(expected)"), "\(error)")
      }
      #expect(throws: SafeExportError.self) { _ = try SafeExport.open(folder: path) }
    }
    #expect(throws: Never.self) { _ = try SafeExport.open(folder: real) }
  }

  @Test("the folder is opened once: swapped for a link after start, exports still go to the original")
  func swappedFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let usb = folder.file("usb")
    let elsewhere = folder.file("elsewhere")
    for d in [usb, elsewhere] {
      try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: false)
      chmod(d, 0o755)
    }
    let export = try SafeExport.open(folder: usb, timeZone: Self.utc)
    #expect(rename(usb, folder.file("usb-moved")) == 0)
    #expect(symlink(elsewhere, usb) == 0)
    _ = try export.write("# plan\n", date: Date(timeIntervalSince1970: 1_795_348_800))
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.file("usb-moved")) == [
        "nyforetagare-plan-2026-11-22-1.md"
      ])
    // Opened by path instead, a link is not followed either.
    #expect(throws: SafeExportError.self) { try SafeExport(folder: usb).write("x") }
  }

  @Test("the kiosk refuses to run as root unless a test allows it")
  func root() {
    #expect(KioskStart.userProblem(effectiveUser: 0, environment: [:])?.contains("must not run as root") == true)
    #expect(KioskStart.userProblem(effectiveUser: 0, environment: [KioskStart.allowRootVariable: "1"]) == nil)
    #expect(KioskStart.userProblem(effectiveUser: 1000, environment: [:]) == nil)
  }

  @Test("an alias bomb or a huge kiosk configuration is refused at once, naming the place")
  func hostileConfig() throws {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for i in 1...8 {
      text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    text += "? *a8\n: 1\n"
    do {
      _ = try KioskConfig.parse(text, file: "k.yaml", kommunNames: [])
      Issue.record("accepted")
    } catch {
      #expect(error.description.hasPrefix("k.yaml:"))
      #expect(error.description.contains("aliases"))
    }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let big = try folder.write("kiosk.yaml", "# " + String(repeating: "x", count: InputLimits.kioskConfigBytes))
    do {
      _ = try KioskConfig.load(path: big, kommunNames: [])
      Issue.record("accepted")
    } catch {
      #expect(error.description.contains("is larger than 64 KB"))
    }
  }
}
