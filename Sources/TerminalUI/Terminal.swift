/// What a terminal reports while the program waits for input.
public enum TerminalEvent: Sendable, Hashable {
  /// A key.
  case key(Key)
  /// The terminal now has this many columns and rows.
  case resize(width: Int, height: Int)
  /// The wait ended with nothing to report.
  case timeout
  /// The program was asked to end (SIGTERM or SIGHUP).
  case terminated
}

/// A terminal the app runs on: curses in the program, a scripted fake in tests (as ratatui's
/// `TestBackend`).
public protocol Terminal: AnyObject {
  /// The size now.
  var size: (width: Int, height: Int) { get }
  /// Waits up to `timeoutMilliseconds` for something to happen.
  func next(timeoutMilliseconds: Int) -> TerminalEvent
  /// Shows a frame.
  func draw(_ buffer: CellBuffer)
  /// Clears the whole terminal, so nothing of the last frame stays (after a kiosk wipe).
  func clearAll()
}
