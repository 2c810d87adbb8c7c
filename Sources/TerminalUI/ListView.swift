/// Scrolling for a list: which rows show in a viewport so the selection stays visible. A
/// stateful widget (as ratatui's `ListState`): the offset is kept between frames, so moving
/// within the rows shown moves the highlight, not the list.
public struct ListView: Sendable, Hashable {
  /// The selected row.
  public var selection: Int
  /// The first visible row.
  public var offset: Int
  /// The rows shown, at the last fit: what a page key moves by.
  public private(set) var height = 0

  /// Creates a list position.
  public init(selection: Int = 0, offset: Int = 0) {
    self.selection = selection
    self.offset = offset
  }

  /// Moves the selection for a navigation key within `count` rows and a page of `page`;
  /// returns whether the key was one.
  @discardableResult
  public mutating func handle(_ key: Key, count: Int, page: Int) -> Bool {
    guard count > 0 else { return false }
    switch key {
    case .up, .character("k"): selection = max(0, selection - 1)
    case .down, .character("j"): selection = min(count - 1, selection + 1)
    case .pageUp: selection = max(0, selection - max(1, page))
    case .pageDown: selection = min(count - 1, selection + max(1, page))
    case .home, .character("g"): selection = 0
    case .end, .character("G"): selection = count - 1
    default: return false
    }
    return true
  }

  /// Moves the selection for a navigation key, a page being the rows shown at the last fit.
  @discardableResult
  public mutating func handle(_ key: Key, count: Int) -> Bool {
    handle(key, count: count, page: max(1, height))
  }

  /// The selected item of a list, the selection clamped to it; nil when the list is empty.
  public func selected<T>(in items: [T]) -> T? {
    items.isEmpty ? nil : items[max(0, min(selection, items.count - 1))]
  }

  /// Clamps to `count` rows and scrolls so the selection is within a viewport of `height` rows.
  public mutating func fit(count: Int, height: Int) {
    self.height = max(0, height)
    selection = max(0, min(selection, count - 1))
    if selection < offset { offset = selection }
    if height > 0 && selection >= offset + height { offset = selection - height + 1 }
    offset = max(0, min(offset, max(0, count - height)))
  }
}
