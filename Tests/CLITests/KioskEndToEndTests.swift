import Foundation
import TestSupport
import Testing

/// The real binary as a kiosk in tmux: a visitor answers and exports, the idle timeout wipes
/// the session, Ctrl-C and Ctrl-Z do nothing, leaving needs the PIN, and nothing is written
/// anywhere but the export folder.
@Suite("Kiosk end to end", .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct KioskEndToEndTests {
  /// The hash of the PIN 4711 (made with `nyforetagare kiosk-pin`).
  static let pinHash =
    "$6$tUN.0PJZABlc4CUw$Bk0B8pyR91L96YuRWIvC5fT8OEkkR9scmQtsjDanhEjbWJifDSNhpcsL4MznUrabN1cK4JFyrycmubQKspnBo."

  func files(under url: URL) -> [String] {
    let e = FileManager.default.enumerator(atPath: url.path)
    var out: [String] = []
    while let f = e?.nextObject() as? String { out.append(f) }
    return out.sorted()
  }

  @Test("a visitor's session: export, idle wipe, locked keys, PIN, nothing else on disk")
  func visitor() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let home = dir.appendingPathComponent("home")
    let tmp = dir.appendingPathComponent("tmp")
    let xdg = dir.appendingPathComponent("xdg")
    let usb = dir.appendingPathComponent("usb")
    for d in [home, tmp, xdg, usb] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
    let config = dir.appendingPathComponent("kiosk.yaml")
    try """
    kommun: Umeå
    languages: [sv, en]
    export_folder: \(usb.path)
    idle_timeout_seconds: 5
    countdown_seconds: 5
    pin_hash: '\(Self.pinHash)'
    """.write(to: config, atomically: true, encoding: .utf8)
    let env =
      "HOME=\(home.path) TMPDIR=\(tmp.path) XDG_DATA_HOME=\(xdg.path) XDG_CONFIG_HOME=\(xdg.path) "
      + "XDG_CACHE_HOME=\(xdg.path) XDG_STATE_HOME=\(xdg.path) NYFORETAGARE_ALLOW_SHORT_TIMEOUTS=1 "
      + "NYFORETAGARE_KIOSK_ALLOW_ROOT=1"
    let t = try TmuxDriver(
      command: "\(env) \(binary.path) --kiosk --kiosk-config \(config.path) --today 2026-11-22; echo EXIT=$?",
      directory: dir.appendingPathComponent("tmux"))
    defer { t.kill() }

    try t.waitFor("Starta en ny plan")
    try t.keys("Enter")
    try t.waitFor("Skärm 1 av ungefär")
    // Ctrl-C and Ctrl-Z neither stop nor suspend it.
    try t.keys("C-c")
    try t.keys("C-z")
    try t.keys("C-\\\\")
    var screen = try t.waitFor("Skärm 1 av ungefär")
    #expect(!screen.contains("EXIT="))
    // Answer quickly (keys come faster than the idle timeout) and export.
    screen = try t.answerRemainingQuestions()
    try t.keys("e")
    try t.waitFor("USB-minnet")
    try t.keys("Enter")
    try t.waitFor("Planen sparades i")
    // Three files under one name the program made: the Markdown, the page, the plan file.
    let exports = files(under: usb)
    let exported = try #require(exports.first { $0.hasSuffix(".md") })
    #expect(exported.hasPrefix("nyforetagare-plan-"))
    let base = String(exported.dropLast(3))
    #expect(exports == [base + ".html", base + ".json", base + ".md"])
    let markdown = try String(contentsOf: usb.appendingPathComponent(exported), encoding: .utf8)
    #expect(markdown.contains("Umeå"))
    let page = try String(contentsOf: usb.appendingPathComponent(base + ".html"), encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg"))
    // The screen shows where they went, in full.
    #expect(try t.screen().contains(usb.path))
    let planFile = usb.appendingPathComponent(base + ".json")

    // Idle: a countdown, then the session is wiped back to a clean welcome screen.
    try t.waitFor("Är du kvar?", timeout: 20)
    screen = try t.waitFor("the wiped welcome screen", timeout: 20) {
      $0.contains("Starta en ny plan") && !$0.contains("Är du kvar?")
    }
    #expect(!screen.contains("Tidigaste öppningsdag"))
    #expect(!screen.contains("Planen sparades"))

    // Leaving needs the adviser's PIN; a wrong one does not quit.
    try t.keys("F12")
    try t.waitFor("Rådgivarens PIN-kod")
    try t.type("1234")
    try t.keys("Enter")
    try t.waitFor("Fel PIN-kod")
    #expect(!(try t.screen()).contains("EXIT="))
    // The next try waits a second after a wrong PIN; the adviser's page counts the wrong one.
    Thread.sleep(forTimeInterval: 1.3)
    try t.keys("C-u")
    try t.type("4711")
    try t.keys("Enter")
    screen = try t.waitFor("Kioskläge")
    #expect(screen.contains("Fel PIN-kod före denna inloggning: 1"))
    try t.keys("q")
    try t.waitFor("EXIT=0")

    // Nothing was written anywhere but the export folder.
    #expect(files(under: home).isEmpty, "HOME: \(files(under: home))")
    #expect(files(under: tmp).isEmpty, "TMPDIR: \(files(under: tmp))")
    #expect(files(under: xdg).isEmpty, "XDG: \(files(under: xdg))")
    #expect(files(under: usb).count == 3)

    // At home: the plan file opens where the visitor left off.
    let homeRun = dir.appendingPathComponent("at-home")
    try FileManager.default.createDirectory(at: homeRun, withIntermediateDirectories: true)
    let home2 = try TmuxDriver(
      command:
        "HOME=\(homeRun.path) XDG_DATA_HOME=\(homeRun.path) \(binary.path) --today 2026-11-22 --plan \(planFile.path); echo EXIT=$?",
      directory: dir.appendingPathComponent("tmux-home"))
    defer { home2.kill() }
    let reopened = try home2.waitFor("Tidigaste öppningsdag", timeout: 20)
    #expect(reopened.contains("Umeå"))
    try home2.keys("q")
    try home2.waitFor("EXIT=0")
  }

  @Test("a broken configuration is refused at start with the line named")
  func brokenConfig() throws {
    let dir = try CLI.temporaryDirectory()
    let config = dir.appendingPathComponent("kiosk.yaml")
    try "export_folder: \(dir.path)\nidle_timeout: 300\npin_hash: '\(Self.pinHash)'\n".write(
      to: config, atomically: true, encoding: .utf8)
    let run = try CLI.run(["--kiosk", "--kiosk-config", config.path])
    #expect(run.status != 0)
    #expect(run.stderr.contains("kiosk.yaml:2:1"), "stderr: \(run.stderr)")
    #expect(run.stderr.contains("idle_timeout"))
  }
}
