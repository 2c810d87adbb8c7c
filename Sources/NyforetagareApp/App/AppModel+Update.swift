import NyforetagareEngine
import NyforetagareText
import TerminalUI

extension AppModel {
  /// Takes one message at a time in seconds (the runtime's monotonic clock; the kiosk's idle
  /// timer counts from it); returns what the runtime must do.
  public mutating func update(_ msg: Msg, now: Double) -> [Command] {
    let commands = receive(msg, now: now)
    relayout()
    return commands
  }

  /// Takes one message at the time of the last key.
  public mutating func update(_ msg: Msg) -> [Command] {
    update(msg, now: lastInputAt)
  }

  mutating func receive(_ msg: Msg, now: Double) -> [Command] {
    switch msg {
    case .key(let key):
      if kiosk != nil, let commands = kioskKey(key, now: now) { return commands }
      return handle(key)
    case .resize(let w, let h):
      width = w
      height = h
    case .tick:
      return kioskTick(now: now)
    case .terminate:
      if kiosk != nil {
        wipeSession()
        return [.clearScreen, .quit]
      }
      return [.quit]
    case .identified(let id):
      if session.founder.planID == nil { session.founder.planID = id }
    case .saved(let path):
      planPath = path
      saveError = nil
      session.dirty = false
    case .saveFailed(let error):
      saveError = error
      session.message = Phrases.couldNotSave[language] + error
    case .opened(let document, let path):
      load(document, path: path)
    case .openFailed(let error):
      session.message = error
    case .exported(let path):
      session.lastExport = path
      let paths = path.split(separator: "\n")
      let more =
        paths.count > 1 ? text.t(" (och \(paths.count - 1) filer till)", " (and \(paths.count - 1) more files)") : ""
      session.message =
        Phrases.savedTo[language] + (paths.first.map(String.init) ?? "") + more
    case .exportFailed(let error):
      session.message = Phrases.couldNotSave[language] + error
    case .printed(let result):
      session.message = result
    }
    return []
  }

  /// Whether the terminal is too small to draw in.
  var tooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// The keys every screen shares (quit, help, the overlays), then the screen's own.
  mutating func handle(_ key: Key) -> [Command] {
    if tooSmall {
      if key == .character("q") || key == .control("c") { return requestQuit() }
      return []
    }
    switch session.overlay {
    case .confirmQuit?:
      switch key {
      case .character("j"), .character("y"), .character("J"), .character("Y"), .enter:
        return [.quit]
      default:
        session.overlay = nil
        return []
      }
    case .help?:
      session.overlay = nil
      return []
    case .confirmEnd?, .pin?, .adviser?, nil:
      break
    }
    if !session.contentChanges.isEmpty && top.route == .plan {
      session.contentChanges = []
      return []
    }
    session.message = nil
    let typing = top.isTyping(env)
    if key == .function(1) || (key == .character("?") && !typing) {
      session.overlay = .help
      return []
    }
    if key == .control("c") { return requestQuit() }
    if key == .character("q") && !typing { return requestQuit() }
    return perform(key)
  }

  /// Lets the screen shown handle a key, then does what it asked.
  mutating func perform(_ key: Key) -> [Command] {
    guard var screen = session.stack.popLast() else { return [] }
    let env = env
    var founder = session.founder
    let outcome = screen.update(key, env, &founder)
    session.stack.append(screen)
    session.founder = founder
    if outcome.changed {
      session.dirty = true
      revision += 1
      replan()
    }
    switch outcome.navigation {
    case .stay: break
    case .push(let next): session.stack.append(next)
    case .pop: if session.stack.count > 1 { session.stack.removeLast() }
    case .reset(let stack): session.stack = stack.isEmpty ? [WelcomeScreen()] : stack
    }
    if let message = outcome.message { session.message = message }
    if outcome.help { session.overlay = .help }
    if outcome.quit { return outcome.commands + requestQuit() }
    return outcome.commands
  }

  mutating func requestQuit() -> [Command] {
    if kiosk != nil {
      session.overlay = .confirmEnd
      return []
    }
    if session.dirty && (!persistent || saveError != nil) {
      session.overlay = .confirmQuit
      return []
    }
    return [.quit]
  }
}
