import Foundation
import TestSupport
import Testing

/// The real binary in tmux at 80×24: a whole interview, a step, the data sheet with a bad and
/// then a good organisationsnummer, an export, a resize to 60×20 and back, and quitting with
/// the terminal restored.
@Suite("Terminal UI end to end", .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct TerminalEndToEndTests {
  @Test("a founder goes from the first question to an exported plan")
  func founderJourney() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let (command, before, after) = TmuxDriver.sttyChecked(
      "HOME=\(dir.path) \(binary.path) --today 2026-11-22", in: dir)
    let t = try TmuxDriver(command: command, directory: dir)
    defer { t.kill() }

    // Start a plan in Umeå, then answer every remaining question with its first choice.
    var screen = try t.startPlan(kommun: "Umeå")
    #expect(screen.contains("Tidigaste öppningsdag"))
    #expect(screen.contains("Umeå"))

    // Open a step.
    try t.keys("Enter")
    screen = try t.waitFor("Varför")
    #expect(screen.contains("Hos:"))
    try t.keys("Escape")
    try t.waitFor("Tidigaste öppningsdag")

    // The data sheet: a bad, then a good organisationsnummer.
    try t.keys("d")
    try t.waitFor("Mina uppgifter")
    for _ in 0..<80 {
      screen = try t.screen()
      if let line = screen.split(separator: "\n").first(where: { $0.contains("Organisationsnummer") }),
        line.contains("används")
      {
        // Move the selection to the organisationsnummer row.
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let target = rows.firstIndex(where: { $0.contains("Organisationsnummer") }) else { break }
        let cursorRow = try t.tmux(["display", "-p", "-t", "e2e", "#{cursor_y}"]).trimmingCharacters(
          in: .whitespacesAndNewlines)
        if Int(cursorRow) == target { break }
      }
      try t.keys("Down")
      usleep(20_000)
    }
    try t.keys("Enter")
    try t.waitFor("fylls i")
    try t.type("556677-8898")
    try t.keys("Enter")
    try t.waitFor("Kontrollsiffran stämmer inte")
    try t.keys("C-u")
    try t.type("556677-8899")
    try t.keys("Enter")
    try t.waitFor("Sparat: Organisationsnummer")
    try t.keys("Escape")
    try t.waitFor("Tidigaste öppningsdag")

    // Export.
    try t.keys("e")
    try t.waitFor("Exportera planen")
    try t.keys("Enter")
    try t.waitFor("Planen sparades i")
    let exported = dir.appendingPathComponent("nyforetagare-plan.md")
    let markdown = try String(contentsOf: exported, encoding: .utf8)
    #expect(markdown.hasPrefix("# Din plan"))
    #expect(markdown.contains("Umeå"))
    #expect(markdown.contains("556677-8899"))
    try t.keys("Escape")
    try t.waitFor("Tidigaste öppningsdag")

    // Resize below the minimum and back: nothing is lost.
    try t.resize(width: 60, height: 20)
    try t.waitFor("minst 80×24")
    try t.resize(width: 80, height: 24)
    try t.waitFor("Tidigaste öppningsdag")

    // Quit: everything is saved, so it exits at once and restores the terminal.
    try t.keys("q")
    screen = try t.waitFor("RESTORED")
    #expect(screen.contains("EXIT=0"))
    let sttyBefore = try String(contentsOfFile: before, encoding: .utf8)
    let sttyAfter = try String(contentsOfFile: after, encoding: .utf8)
    #expect(sttyBefore == sttyAfter, "the terminal settings were not restored")
  }

  @Test("a founder's data survives SIGKILL, down to a half-typed field")
  func survivesKill() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let planPath = dir.appendingPathComponent("min-plan.json").path
    let run = "HOME=\(dir.path) \(binary.path) --today 2026-11-22 --plan \(planPath)"
    let t = try TmuxDriver(command: run + "; echo EXIT=$?", directory: dir)
    defer { t.kill() }
    var screen = try t.startPlan(kommun: "Umeå")
    try t.keys("d")
    try t.waitFor("Mina uppgifter")
    try t.keys("Enter")
    try t.waitFor("fylls i")
    try t.type("811218-9876")
    try t.keys("Enter")
    try t.waitFor("811218-9876")
    // Start typing the next item and stop mid-word: not even Enter.
    try t.keys("Down")
    try t.keys("Enter")
    try t.waitFor("fylls i")
    try t.type("Anna Anderss")
    try t.waitFor("Anna Anderss")
    // Kill it hard: no chance to save anything more.
    try TmuxDriver.signal("KILL", matching: "^\(binary.path) --today 2026-11-22 --plan \(planPath)")
    try t.waitFor("EXIT=137")

    let again = try TmuxDriver(command: run + "; echo EXIT=$?", directory: dir.appendingPathComponent("again"))
    defer { again.kill() }
    // It opens where it was: the data sheet, the half-typed name still in the field.
    screen = try again.waitFor("Anna Anderss")
    #expect(screen.contains("Mina uppgifter"))
    #expect(screen.contains("811218-9876"))
    try again.type("on")
    try again.keys("Enter")
    try again.waitFor("Sparat:")
    try again.keys("Escape")
    screen = try again.waitFor("Tidigaste öppningsdag")
    #expect(screen.contains("Umeå"))
    try again.keys("q")
    try again.waitFor("EXIT=0")
  }

  @Test("SIGTERM and SIGHUP end the program cleanly and restore the terminal")
  func terminationSignals() throws {
    let binary = try #require(CLI.binary)
    for signal in ["TERM", "HUP"] {
      let dir = try CLI.temporaryDirectory()
      let (command, before, after) = TmuxDriver.sttyChecked(
        "HOME=\(dir.path) \(binary.path) --today 2026-11-21", in: dir)
      let t = try TmuxDriver(command: command, directory: dir)
      defer { t.kill() }
      try t.waitFor("Starta en ny plan")
      try TmuxDriver.signal(signal, matching: "^\(binary.path) --today 2026-11-21")
      try t.waitFor("RESTORED")
      #expect(try String(contentsOfFile: before, encoding: .utf8) == String(contentsOfFile: after, encoding: .utf8))
    }
  }

  @Test("the Linux console and monochrome terminals work (TERM=linux, NO_COLOR)")
  func linuxConsole() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let t = try TmuxDriver(
      command: "HOME=\(dir.path) TERM=linux NO_COLOR=1 \(binary.path) --lang en; echo EXIT=$?", directory: dir)
    defer { t.kill() }
    try t.waitFor("Start a new plan")
    try t.keys("Enter")
    try t.type("Göteborg")
    try t.waitFor("▸ Göteborg")
    try t.keys("Enter")
    try t.waitFor("Screen 2 of about")
    try t.keys("q")
    try t.waitFor("EXIT=0")
  }
}
