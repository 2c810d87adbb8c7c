/// An editable line of text with a cursor, as a value.
public struct TextField: Sendable, Hashable {
  /// The text.
  public var text: String
  /// The cursor, as a character offset.
  public var cursor: Int

  /// The most characters the field takes; typing or pasting more is ignored (the engine's
  /// `InputLimits.textLength` for an answer or a datum is the same).
  public var limit: Int

  /// The most characters a field takes unless told otherwise.
  public static let defaultLimit = 10_000

  /// Creates a field with text and the cursor at its end.
  public init(_ text: String = "", limit: Int = TextField.defaultLimit) {
    self.text = text
    self.cursor = text.count
    self.limit = limit
  }

  /// Whether the field is full: a further character would not be taken.
  public var isFull: Bool { text.count >= limit }

  /// Applies an editing key; returns whether it was one.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let ch):
      guard !isFull else { return true }
      let i = text.index(text.startIndex, offsetBy: cursor)
      text.insert(ch, at: i)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return false }
      let i = text.index(text.startIndex, offsetBy: cursor - 1)
      text.remove(at: i)
      cursor -= 1
    case .delete:
      guard cursor < text.count else { return false }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    case .left:
      guard cursor > 0 else { return false }
      cursor -= 1
    case .right:
      guard cursor < text.count else { return false }
      cursor += 1
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .control("u"):
      text = ""
      cursor = 0
    default:
      return false
    }
    return true
  }

  /// Draws the field into a buffer at a position and width, scrolled so the cursor shows;
  /// returns the cursor's column. Takes time linear in the text's length (the scroll start is
  /// found walking left from the cursor once), so a long text stays quick to edit.
  @discardableResult
  public func draw(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, style: Style = .input) -> Int {
    buffer.fill(x: x, y: y, width: width, height: 1, style: style)
    let chars = Array(text)
    let end = min(max(cursor, 0), chars.count)
    var start = end
    var used = 0
    while start > 0 {
      let w = DisplayWidth.of(chars[start - 1])
      if used + w > width - 1 { break }
      used += w
      start -= 1
    }
    var visible = ""
    var shown = 0
    for c in chars[start...] {
      let w = DisplayWidth.of(c)
      if shown + w > width { break }
      visible.append(c)
      shown += w
    }
    buffer.write(visible, x: x, y: y, style: style, maxWidth: width, overflow: .clip)
    return x + used
  }
}
