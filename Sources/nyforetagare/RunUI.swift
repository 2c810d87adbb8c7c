import ArgumentParser
import CursesTerminal
import Foundation
import NyforetagareApp
import NyforetagareEngine
import PlanStorage
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

  @Option(name: .long, help: "Open (or create) this saved plan; it is saved after every change.")
  var plan: String?

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
    // Open the saved plan before the screen changes, so a problem is a plain message.
    let store = PlanSession(folder: PlanFile.defaultFolder())
    var opened: PlanDocument?
    if let plan {
      do {
        opened = try store.open(plan)
      } catch {
        Console.error("error: \(error.description)")
        throw ExitCode(1)
      }
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
    model.persistent = true
    model.recentPlans = PlanFile.recent(in: store.folder)
    if let opened, let path = store.file?.path { model.load(opened, path: path) }
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
        case .save(let document):
          do {
            let path = try store.save(document)
            model.saved(path: path)
          } catch {
            model.saveFailed(error.description)
          }
        case .open(let path):
          do {
            if let document = try store.open(path) {
              model.load(document, path: path)
            } else {
              model.openFailed(path + ": no saved plan")
            }
          } catch {
            model.openFailed(error.description)
          }
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

/// The plan file the UI saves to: opened on demand, created in the default folder on the
/// first save of a new plan, locked while the program runs.
final class PlanSession {
  let folder: String
  private(set) var file: PlanFile?

  init(folder: String) {
    self.folder = folder
  }

  /// Opens a plan file (creating nothing yet); returns its document if it exists.
  func open(_ path: String) throws(PlanFile.Failure) -> PlanDocument? {
    let (newFile, document) = try PlanFile.open(path)
    file?.unlock()
    file = newFile
    return document
  }

  /// Saves, creating a new file in the default folder for a new plan; returns the path.
  func save(_ document: PlanDocument) throws(PlanFile.Failure) -> String {
    if file == nil {
      var n = 1
      var path = folder + "/plan-\(document.created.iso).json"
      while FileManager.default.fileExists(atPath: path) {
        n += 1
        path = folder + "/plan-\(document.created.iso)-\(n).json"
      }
      _ = try open(path)
    }
    guard let file else { throw .cannotWrite(path: folder, detail: "no file") }
    try file.save(document)
    return file.path
  }
}
