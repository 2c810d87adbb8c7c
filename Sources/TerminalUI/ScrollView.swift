/// The scroll position of a long text, kept between frames (a stateful widget, as ratatui's
/// `ScrollbarState`): the view fits it to what it shows, and the keys move by that.
public struct ScrollView: Sendable, Hashable {
  /// The first line shown.
  public private(set) var offset: Int
  /// The lines of the text, at the last fit.
  public private(set) var count = 0
  /// The lines shown, at the last fit.
  public private(set) var visible = 0

  /// Creates a position at a line.
  public init(offset: Int = 0) {
    self.offset = max(0, offset)
  }

  /// The largest useful offset: the one that shows the last line at the bottom.
  public var limit: Int { max(0, count - visible) }

  /// Records the text's length and the rows that show it, and keeps the offset within them.
  public mutating func fit(count: Int, visible: Int) {
    self.count = max(0, count)
    self.visible = max(0, visible)
    offset = max(0, min(offset, limit))
  }

  /// Moves for a scrolling key, a page being what is shown; returns whether the key was one.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    let page = max(1, visible)
    switch key {
    case .up, .character("k"): offset = max(0, offset - 1)
    case .down, .character("j"): offset = min(limit, offset + 1)
    case .pageUp: offset = max(0, offset - page)
    case .pageDown, .character(" "): offset = min(limit, offset + page)
    case .home, .character("g"): offset = 0
    case .end, .character("G"): offset = limit
    default: return false
    }
    return true
  }
}
