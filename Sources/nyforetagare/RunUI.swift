import ArgumentParser
import CursesTerminal
import Foundation
import NyforetagareApp
import NyforetagareEngine
import TerminalUI

/// The terminal UI (the default command).
struct RunUI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ui", abstract: "The terminal UI (the default).", shouldDisplay: false)

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Lock the UI down for a shared kiosk.")
  var kiosk = false

  @Flag(name: .long, help: "Plain line-by-line prompts, no full-screen UI (for screen readers).")
  var plain = false

  @Option(name: .long, help: "The day plans count from, YYYY-MM-DD (default: today).")
  var today: String?

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    let day = try PlanCommand.day(today)
    let env = ProcessInfo.processInfo.environment
    let term = env["TERM"] ?? ""
    if plain || term == "dumb" || term.isEmpty || isatty(STDOUT_FILENO) == 0 || isatty(STDIN_FILENO) == 0 {
      PlainSession(
        landscape: landscape, language: common.lang, today: day,
        readLine: { Swift.readLine(strippingNewline: true) },
        write: { Console.out($0) }
      ).run()
      return
    }
    let color = env["NO_COLOR"].map { $0.isEmpty } ?? true
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(color: color, raw: true)
    } catch {
      Console.error("error: \(error.description)")
      throw ExitCode(1)
    }
    defer { terminal.stop() }
    let size = terminal.size
    var model = AppModel(
      landscape: landscape, today: day, language: common.lang, width: size.width, height: size.height)
    terminal.draw(model.render())
    loop: while true {
      if terminal.terminated { break }
      guard let key = terminal.readKey(timeoutMilliseconds: 1000) else {
        if terminal.terminated { break }
        continue
      }
      for effect in model.handle(key) {
        switch effect {
        case .quit:
          break loop
        case .export(let path, let markdown):
          do {
            let url = URL(fileURLWithPath: path)
            try Data(markdown.utf8).write(to: url, options: .atomic)
            model.exportFinished(path: url.standardizedFileURL.path, error: nil)
          } catch {
            model.exportFinished(path: path, error: error.localizedDescription)
          }
        }
      }
      terminal.draw(model.render())
    }
  }
}
