import Foundation
import TestSupport
import Testing

/// The real kiosk in tmux, for what a broken machine does to it: SIGQUIT, and standard input at
/// end of file.
@Suite(
  "Kiosk end to end: signals and end of input", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed")
)
struct KioskSignalsEndToEndTests {
  /// A configuration in a fresh folder; returns the folder and the command line for the kiosk.
  func kiosk(_ tag: String) throws -> (dir: URL, command: String) {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let usb = dir.appendingPathComponent("usb")
    try FileManager.default.createDirectory(at: usb, withIntermediateDirectories: true)
    let config = dir.appendingPathComponent("kiosk.yaml")
    try "export_folder: \(usb.path)\npin_hash: '\(KioskEndToEndTests.pinHash)'\n".write(
      to: config, atomically: true, encoding: .utf8)
    let env = "HOME=\(dir.path) XDG_DATA_HOME=\(dir.path) NYFORETAGARE_KIOSK_ALLOW_ROOT=1"
    return (dir, "\(env) \(binary.path) --kiosk --kiosk-config \(config.path) --today \(tag)")
  }

  @Test("SIGQUIT ends the kiosk like SIGTERM: the terminal is restored")
  func quit() throws {
    let (dir, program) = try kiosk("2026-11-19")
    let (command, before, after) = TmuxDriver.sttyChecked(program, in: dir)
    let t = try TmuxDriver(command: command, directory: dir.appendingPathComponent("tmux"))
    defer { t.kill() }
    try t.waitFor("Starta en ny plan")
    // Anchored at the program, so the shell running the command line is not signalled too.
    let binary = try #require(CLI.binary)
    try TmuxDriver.signal("QUIT", matching: "^\(binary.path) --kiosk --kiosk-config \(dir.path)/kiosk.yaml")
    try t.waitFor("RESTORED")
    #expect(try String(contentsOfFile: before, encoding: .utf8) == String(contentsOfFile: after, encoding: .utf8))
  }

  @Test("with standard input at end of file the kiosk ends instead of spinning")
  func endOfInput() throws {
    let (dir, program) = try kiosk("2026-11-18")
    let t = try TmuxDriver(
      command: "\(program) < /dev/null; echo EXIT=$?", directory: dir.appendingPathComponent("tmux"))
    defer { t.kill() }
    try t.waitFor("EXIT=", timeout: 20)
  }
}
