import NyforetagareEngine
import TerminalUI

/// Everything that reaches the app: keys, time, the terminal's size, signals, and the result
/// of every command the runtime performed (as Bubble Tea's `Msg`). ``AppModel/update(_:now:)``
/// is the only way in.
public enum Msg: Sendable {
  /// A key was pressed.
  case key(Key)
  /// The terminal now has this size.
  case resize(width: Int, height: Int)
  /// About a second passed without a key (the kiosk's idle timer counts on it).
  case tick
  /// SIGTERM or SIGHUP: the program must end.
  case terminate
  /// The plan gets an id (before it is first saved).
  case identified(planID: String)
  /// The plan document was saved at this path.
  case saved(path: String)
  /// Saving failed; the work stays in memory. The text says why, in the founder's language.
  case saveFailed(String)
  /// A saved plan was opened (the answer to ``Command/open(path:)``).
  case opened(PlanDocument, path: String)
  /// A saved plan could not be opened.
  case openFailed(String)
  /// The plan was exported to these full paths (one a line).
  case exported(path: String)
  /// Exporting failed, for this reason.
  case exportFailed(String)
  /// Printing ended; the text says how.
  case printed(String)
}
