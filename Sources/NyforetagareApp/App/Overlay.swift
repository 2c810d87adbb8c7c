import TerminalUI

/// A box shown over the screen that takes the next key.
enum Overlay: Sendable, Hashable {
  /// The help box.
  case help
  /// "Vill du avsluta?" with unsaved work.
  case confirmQuit
  /// Kiosk: "Klar? Allt raderas." (j/n)
  case confirmEnd
  /// Kiosk: the adviser's PIN prompt, with what has been typed and the last error.
  case pin(PINPrompt)
  /// Kiosk: the adviser's screen after a correct PIN.
  case adviser
}

/// The adviser's PIN as it is typed, and why the last one was refused.
struct PINPrompt: Sendable, Hashable {
  var field = TextField()
  var error: String?
}
