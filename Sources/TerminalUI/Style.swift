/// What a piece of text is, which decides how it looks: the renderer maps each role to colours
/// and attributes (or to attributes only, on a monochrome terminal or with `NO_COLOR`).
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
  /// Ordinary text.
  case normal
  /// A screen's title bar.
  case title
  /// A heading inside a screen.
  case heading
  /// The focused row.
  case selected
  /// Less important text.
  case dim
  /// On the critical path.
  case critical
  /// Needs attention (check, overdue).
  case warning
  /// An error at a field.
  case error
  /// Done, valid.
  case success
  /// The bottom key bar.
  case keyBar
  /// A key name in the key bar.
  case key
  /// An input field.
  case input
}
