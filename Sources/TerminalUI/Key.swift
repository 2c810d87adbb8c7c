/// A key press as the app sees it.
public enum Key: Sendable, Hashable {
  /// A printable character.
  case character(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  case enter, escape, backspace, delete, tab, backTab
  /// Control plus a letter (e.g. `.control("c")` for Ctrl-C).
  case control(Character)
  /// A function key.
  case function(Int)
}
