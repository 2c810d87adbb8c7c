import Foundation
import Testing

/// Drives a program in a private tmux server at a fixed size, reading the screen back with
/// capture-pane and polling until what a test waits for appears (never sleep-and-assert).
struct TmuxDriver {
  let socket: String
  let session = "e2e"

  /// Whether tmux is installed.
  static var available: Bool {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var tmuxPath: String {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
      ?? "tmux"
  }

  /// Starts `command` (a shell command line) in a new session of `width`×`height`.
  init(command: String, width: Int = 80, height: Int = 24, directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    socket = directory.appendingPathComponent("tmux.sock").path
    try tmux(
      capture: false,
      [
        "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
        "-c", directory.path,
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 ESCDELAY=25 sh -c '\(command)'; sleep 60",
      ])
  }

  /// Runs tmux with posix_spawn and waitpid, its output going to a temporary file.
  /// (Foundation's Process waits for descriptors that the daemonized tmux server inherits, so
  /// it never sees the client that starts the server end.)
  @discardableResult
  func tmux(capture: Bool = true, _ arguments: [String]) throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The tmux server outlives this call: it must not inherit the test process's other
    // descriptors (e.g. another test's output pipe, whose end of file it would hold back).
    Self.closeFrom(&actions, 3)
    let argv = [Self.tmuxPath, "-S", socket] + arguments
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cArgs { free(p) } }
    // The test runner's threads block signals; tmux must start with none blocked and default
    // handlers, or its server ignores kill-server and outlives the test.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, Self.tmuxPath, &actions, &attributes, &cArgs, environ)
    guard rc == 0 else { throw SpawnFailed(code: rc) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard capture else { return "" }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }

  /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34+), looked up at run time because
  /// Swift's Glibc module does not import it.
  static func closeFrom(_ actions: inout posix_spawn_file_actions_t, _ from: Int32) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
    else { return }
    _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, from)
  }

  struct SpawnFailed: Error {
    var code: Int32
  }

  /// The screen as text.
  func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

  /// Sends keys by tmux name (Enter, Escape, Down, C-u …).
  func keys(_ names: String...) throws { try tmux(["send-keys", "-t", session] + names) }

  /// Types text literally.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
  }

  /// Polls the screen until `predicate` holds; fails the test with the last screen after `timeout`.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
    _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      // A match counts once the screen has settled (curses may be mid-way through a redraw).
      if predicate(last) {
        usleep(40_000)
        let again = try screen()
        if again == last { return last }
        last = again
        continue
      }
      usleep(50_000)
    }
    Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
    throw TimedOut()
  }

  /// Waits until the screen contains a text.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String
  {
    try waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// From the welcome screen: starts a new plan in a kommun and answers the rest of the
  /// interview; returns the plan screen.
  func startPlan(kommun: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try waitFor("Starta en ny plan", sourceLocation: sourceLocation)
    try keys("Enter")
    try waitFor("I vilken kommun", sourceLocation: sourceLocation)
    try type(kommun)
    try waitFor("▸ \(kommun)", sourceLocation: sourceLocation)
    try keys("Enter")
    try waitFor("Skärm 2 av ungefär", sourceLocation: sourceLocation)
    return try answerRemainingQuestions(sourceLocation: sourceLocation)
  }

  /// Answers the rest of the interview as a hurried founder: the first option where one must
  /// be chosen, nothing ticked on a checklist (confirmed when asked), 0 for a number, nothing
  /// for a date, until the plan shows; returns the plan screen.
  func answerRemainingQuestions(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    var screen = try screen()
    var guardCount = 0
    // The plan's title is drawn first: once it shows, the plan is there even if a loaded machine
    // has not drawn the rest yet (a key then would open a step).
    while !screen.contains("Tidigaste öppningsdag") && !screen.contains("Nyföretagare · Din plan") && guardCount < 80 {
      guardCount += 1
      let previous = screen
      if screen.contains("Välj ett svar med") {
        try keys("Down", "Enter")
      } else if screen.contains("Kryssa i ett av alternativen") {
        try keys("Space", "Enter")
      } else {
        if screen.contains("Skriv ett tal ·") { try type("0") }
        try keys("Enter")
      }
      screen = try waitFor("the next screen", sourceLocation: sourceLocation) { $0 != previous }
    }
    if !screen.contains("Tidigaste öppningsdag") {
      screen = try waitFor("Tidigaste öppningsdag", sourceLocation: sourceLocation)
    }
    return screen
  }

  /// A shell command line that records the terminal settings before and after `program`, so a
  /// test can check the terminal was restored; returns it with the two files' paths.
  static func sttyChecked(_ program: String, in dir: URL) -> (command: String, before: String, after: String) {
    let before = dir.appendingPathComponent("stty-before").path
    let after = dir.appendingPathComponent("stty-after").path
    let command = "stty -g > \(before); \(program); echo EXIT=$?; stty -g > \(after); echo RESTORED"
    return (command, before, after)
  }

  /// Sends a signal (e.g. "KILL", "TERM") to the processes whose command line matches.
  static func signal(_ name: String, matching pattern: String) throws {
    let kill = Process()
    kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
    kill.arguments = ["-\(name)", "-f", pattern]
    try kill.run()
    kill.waitUntilExit()
  }

  /// Ends the server.
  func kill() { _ = try? tmux(["kill-server"]) }

  struct TimedOut: Error {}
}
