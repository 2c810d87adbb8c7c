import ArgumentParser
import CursesTerminal
import Foundation
import Kiosk
import NyforetagareApp
import NyforetagareEngine
import PlanStorage
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

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

  @Option(name: .long, help: "The kiosk's configuration file (default /etc/nyforetagare/kiosk.yaml).")
  var kioskConfig: String?

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    let day = try PlanCommand.day(today, common.lang)
    let env = ProcessInfo.processInfo.environment
    let term = env["TERM"] ?? ""
    var kioskSetup: KioskSetup?
    if kiosk {
      if plan != nil || plain {
        ProblemLine.error(CLIProblem.kioskWithPlanOrPlain.text(common.lang), common.lang)
        throw ExitCode(1)
      }
      kioskSetup = try KioskSetup.prepare(configPath: kioskConfig, landscape: landscape, environment: env)
    }
    if kioskSetup == nil
      && (plain || term == "dumb" || term.isEmpty || isatty(STDOUT_FILENO) == 0 || isatty(STDIN_FILENO) == 0)
    {
      // Saved like the terminal UI saves a new plan: a file of its own in the default folder
      // (or the --plan file), 0600, with its .bak.
      let store = PlanSession(folder: PlanFile.defaultFolder())
      store.landscape = landscape
      if let plan {
        let existing: PlanDocument?
        do {
          existing = try store.open(plan)
        } catch {
          ProblemLine.error(error.message(in: common.lang), common.lang)
          throw ExitCode(1)
        }
        // The plain interview starts a new plan: it never writes over one that holds answers.
        if existing != nil {
          ProblemLine.error(CLIProblem.plainOverExisting(plan).text(common.lang), common.lang)
          throw ExitCode(1)
        }
      }
      PlainSession(
        landscape: landscape, language: common.lang, today: day,
        readLine: { Swift.readLine(strippingNewline: true) },
        write: { Console.out($0) },
        save: { document in
          do throws(PlanFile.Failure) {
            return .success(try store.save(document))
          } catch {
            return .failure(ServiceFailure(error.localized))
          }
        }
      ).run()
      return
    }
    // Open the saved plan before the screen changes, so a problem is a plain message.
    let store = PlanSession(folder: PlanFile.defaultFolder())
    store.landscape = landscape
    var opened: PlanDocument?
    if let plan {
      do {
        opened = try store.open(plan)
      } catch {
        ProblemLine.error(error.message(in: common.lang), common.lang)
        throw ExitCode(1)
      }
    }
    let color = env["NO_COLOR"].map { $0.isEmpty } ?? true
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(color: color, raw: true)
    } catch {
      let problem: CLIProblem
      switch error {
      case .noUTF8Locale: problem = .noUTF8Locale
      case .cannotOpenTerminal: problem = .noTerminal
      }
      ProblemLine.error(problem.text(common.lang), common.lang)
      throw ExitCode(1)
    }
    defer { terminal.stop() }
    let size = terminal.size
    var model = AppModel(
      landscape: landscape, today: day, language: common.lang, width: size.width, height: size.height)
    if let kioskSetup {
      model.kiosk = kioskSetup.settings
    } else {
      model.persistent = true
      model.recentPlans = PlanFile.recent(in: store.folder)
    }
    model.workingDirectory = FileManager.default.currentDirectoryPath
    let runtime = Runtime(model: model, terminal: terminal, services: services(store: store, kiosk: kioskSetup))
    if let opened, let path = store.file?.path { runtime.send(.opened(opened, path: path)) }
    runtime.run()
  }

  /// What the runtime does outside memory: the plan file and its journal, exports, the
  /// kiosk's folder and printer.
  func services(store: PlanSession, kiosk: KioskSetup?) -> Services {
    Services(
      save: { document in
        do throws(PlanFile.Failure) {
          return .success(try store.save(document))
        } catch {
          return .failure(ServiceFailure(error.localized))
        }
      },
      journal: { draft in
        do throws(PlanFile.Failure) {
          try store.journal(draft)
          return .success(())
        } catch {
          return .failure(ServiceFailure(error.localized))
        }
      },
      open: { path in
        do throws(PlanFile.Failure) {
          guard let document = try store.open(path) else {
            return .failure(ServiceFailure(PlanFile.Failure.missing(path: path).localized))
          }
          return .success(document)
        } catch {
          return .failure(ServiceFailure(error.localized))
        }
      },
      export: { path, files, planFile, language in
        guard kiosk == nil else {
          return .failure(ServiceFailure(LocalizedText(sv: "inte på en kiosk", en: "not on a kiosk")))
        }
        return ExportWriter.write(
          files, planFile: planFile, name: path, folder: FileManager.default.currentDirectoryPath, language: language)
      },
      kioskExport: { files, planFile, language in
        guard let kiosk else {
          return .failure(ServiceFailure(LocalizedText(sv: "ingen exportmapp", en: "no export folder")))
        }
        // The program makes the name: nyforetagare-plan-YYYY-MM-DD, then -2, -3 … never a typed path.
        return ExportWriter.write(
          files, planFile: planFile, name: ExportWriter.kioskName(), folder: kiosk.config.exportFolder,
          language: language)
      },
      print: { paper, language in
        guard let command = kiosk?.config.printCommand else { return "" }
        return SafeExport.printPlan(paper, command: command).message(in: language)
      },
      now: Monotonic.seconds
    )
  }
}

/// The plan file the UI saves to: opened on demand, created in the default folder on the
/// first save of a new plan, locked while the program runs.
final class PlanSession {
  let folder: String
  /// The content a plan is checked against when it is opened (nil: not checked).
  var landscape: Landscape?
  private(set) var file: PlanFile?

  init(folder: String) {
    self.folder = folder
  }

  /// Opens a plan file (creating nothing yet); returns its document if it exists, with the
  /// text that was being typed from the journal, if one was left.
  func open(_ path: String) throws(PlanFile.Failure) -> PlanDocument? {
    let (newFile, document) = try PlanFile.open(path, checkingWith: landscape)
    file?.unlock()
    file = newFile
    guard var document else { return nil }
    if let entry = Self.readJournal(Self.journalPath(path)) { document.draft = entry.draft }
    return document
  }

  /// The journal of a plan file: the text being typed, written at every keystroke.
  static func journalPath(_ path: String) -> String { path + ".journal" }

  struct JournalEntry: Codable {
    var draft: PlanDocument.Draft?
  }

  static func readJournal(_ path: String) -> JournalEntry? {
    guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20 else { return nil }
    return try? JSONDecoder().decode(JournalEntry.self, from: data)
  }

  /// Writes the journal: one small file, rewritten in place (no fsync: it only has to survive
  /// the program being killed, which the kernel's cache does), mode 0600.
  func journal(_ draft: PlanDocument.Draft?) throws(PlanFile.Failure) {
    guard let file else { return }
    let path = Self.journalPath(file.path)
    let data = (try? JSONEncoder().encode(JournalEntry(draft: draft))) ?? Data()
    let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw .cannotWrite(path: path, detail: String(cString: strerror(errno))) }
    defer { close(fd) }
    let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == data.count else { throw .cannotWrite(path: path, detail: String(cString: strerror(errno))) }
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
    // The plan file now holds the draft too: the journal is spent.
    unlink(Self.journalPath(file.path))
    return file.path
  }
}

/// A monotonic clock for the kiosk's idle timer.
enum Monotonic {
  static func seconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000
  }
}

/// The kiosk's start-up: a configuration read in full before anything else (a broken one
/// stops the program with its line named), core dumps off, no interactive crash handler, and
/// the keyboard's stop and suspend signals ignored.
struct KioskSetup {
  let config: KioskConfig
  let settings: KioskSettings
  let export: SafeExport

  static func prepare(configPath: String?, landscape: Landscape, environment: [String: String]) throws -> KioskSetup {
    // The Swift runtime's crash handler must never stop at an interactive prompt in public:
    // start again with it off, once.
    if !(environment["SWIFT_BACKTRACE"] ?? "").contains("interactive=no") {
      setenv("SWIFT_BACKTRACE", "interactive=no,output-to=stderr", 1)
      var args = CommandLine.arguments.map { strdup($0) } + [nil]
      execv("/proc/self/exe", &args)
      // If exec fails, carry on: the setting only affects crashes.
    }
    let path = configPath ?? "/etc/nyforetagare/kiosk.yaml"
    let config: KioskConfig
    do {
      config = try KioskConfig.load(
        path: path, kommunNames: landscape.kommuner.map(\.name),
        allowShortTimeouts: environment["NYFORETAGARE_ALLOW_SHORT_TIMEOUTS"] == "1")
    } catch {
      Console.error(error.description)
      Console.error("error: the kiosk configuration has errors; the program does not start half-configured")
      throw ExitCode(1)
    }
    if let problem = KioskStart.userProblem(environment: environment) {
      Console.error(problem)
      throw ExitCode(1)
    }
    KioskProcess.disableCoreDumps()
    CursesTerminal.ignoreJobControlSignals()
    let hash = config.pinHash
    let settings = KioskSettings(
      idleSeconds: Double(config.idleTimeoutSeconds), countdownSeconds: Double(config.countdownSeconds),
      languages: config.languages, kommunPreset: config.kommun.flatMap { landscape.kommun(named: $0)?.name },
      canPrint: config.printCommand != nil, printsHTML: config.printFormat == .html,
      exportFolder: config.exportFolder, checkPIN: { PIN.verify($0, against: hash) })
    return KioskSetup(config: config, settings: settings, export: SafeExport(folder: config.exportFolder))
  }
}
