import NyforetagareEngine
import TerminalUI

/// Runs the app on a terminal: reads events, turns them into ``Msg``s, performs the
/// ``Command``s the model returns and answers each with a message, saves by its policy, and
/// draws a frame after each event (after the idle tick only when the frame changed).
///
/// Saving policy (when ``AppModel/persistent``): a settled change (the model's
/// ``AppModel/revision`` moved) rewrites the plan file and its backup; text being typed goes
/// only to the journal, at every keystroke, so SIGKILL loses at most the last keystroke while
/// the plan file is not rewritten per keystroke.
public final class Runtime {
  /// The model, as it is now.
  public private(set) var model: AppModel
  let terminal: any Terminal
  let services: Services
  var savedRevision: Int
  var journaled: PlanDocument.Draft?
  var quitting = false
  /// The frame on the terminal (nil after the terminal was cleared).
  var shown: CellBuffer?

  /// Creates a runtime for a model (already set up: kiosk, recent plans, an opened plan).
  public init(model: AppModel, terminal: any Terminal, services: Services) {
    self.model = model
    self.terminal = terminal
    self.services = services
    savedRevision = model.revision
    journaled = model.draft
  }

  /// Runs until the model quits or the program is told to end; returns the last model.
  @discardableResult
  public func run() -> AppModel {
    let size = terminal.size
    send(.resize(width: size.width, height: size.height))
    draw()
    while !quitting {
      var ticked = false
      switch terminal.next(timeoutMilliseconds: 1000) {
      case .key(let key): send(.key(key))
      case .resize(let w, let h): send(.resize(width: w, height: h))
      case .timeout:
        send(.tick)
        ticked = true
      case .terminated: send(.terminate)
      }
      if quitting { break }
      draw(onlyIfChanged: ticked)
    }
    return model
  }

  /// Draws the model's frame. The idle tick comes every second: a tick that changes nothing
  /// on the screen (anything but a kiosk's countdown) draws nothing.
  func draw(onlyIfChanged: Bool = false) {
    let frame = model.render()
    if onlyIfChanged && frame == shown { return }
    terminal.draw(frame)
    shown = frame
  }

  /// Sends a message and everything it leads to.
  public func send(_ msg: Msg) {
    var queue = [msg]
    while !queue.isEmpty && !quitting {
      let next = queue.removeFirst()
      for command in model.update(next, now: services.now()) {
        if let answer = perform(command) { queue.append(answer) }
        if quitting { return }
      }
      if let answer = persist() { queue.append(answer) }
    }
  }

  /// Performs a command; returns the message that answers it.
  func perform(_ command: Command) -> Msg? {
    switch command {
    case .quit:
      quitting = true
      return nil
    case .clearScreen:
      terminal.clearAll()
      shown = nil
      return nil
    case .open(let path):
      switch services.open(path) {
      case .success(let document):
        // What was opened is what is on disk: nothing to save.
        savedRevision = model.revision
        journaled = document.draft
        return .opened(document, path: path)
      case .failure(let failure):
        return .openFailed(failure.message(model.language))
      }
    case .export(let path, let files):
      switch services.export(path, files, model.document.forTakingHome(), model.language) {
      case .success(let paths): return .exported(path: paths.joined(separator: "\n"))
      case .failure(let failure): return .exportFailed(failure.message(model.language))
      }
    case .kioskExport(let files):
      switch services.kioskExport(files, model.document.forTakingHome(), model.language) {
      case .success(let paths): return .exported(path: paths.joined(separator: "\n"))
      case .failure(let failure): return .exportFailed(failure.message(model.language))
      }
    case .print(let paper):
      // Show "Skriver ut …" while the printer works.
      draw()
      return .printed(services.print(paper, model.language))
    }
  }

  /// Saves by the policy; returns the message that reports it, if any.
  func persist() -> Msg? {
    guard model.persistent, model.kiosk == nil else { return nil }
    // A plan keeps one id from its first save on.
    if model.session.founder.planID == nil && (model.revision != savedRevision || model.draft != journaled) {
      _ = model.update(.identified(planID: services.newPlanID()), now: services.now())
    }
    let draft = model.draft
    if model.revision != savedRevision {
      savedRevision = model.revision
      journaled = draft
      switch services.save(model.document) {
      case .success(let path): return .saved(path: path)
      case .failure(let failure): return .saveFailed(failure.message(model.language))
      }
    }
    guard draft != journaled else { return nil }
    journaled = draft
    if model.planPath == nil {
      // No plan file yet: the first save creates it, draft included.
      switch services.save(model.document) {
      case .success(let path): return .saved(path: path)
      case .failure(let failure): return .saveFailed(failure.message(model.language))
      }
    }
    if case .failure(let failure) = services.journal(draft) { return .saveFailed(failure.message(model.language)) }
    return nil
  }
}
