/// A grid of cells that every screen draws into. Only the renderer copies it to a terminal, so
/// every screen can be tested without one.
public struct CellBuffer: Sendable, Hashable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should sit (the focused item), if anywhere.
  public var cursor: (x: Int, y: Int)? {
    get { cursorX.map { ($0, cursorY) } }
    set {
      cursorX = newValue?.x
      cursorY = newValue?.y ?? 0
    }
  }
  private var cursorX: Int?
  private var cursorY = 0

  /// Creates a blank buffer.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position.
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// What to do with text that does not fit.
  public enum Overflow: Sendable {
    /// End it in "…" (text a founder reads).
    case ellipsis
    /// Cut it at the edge (a field that scrolls, a bar).
    case clip
  }

  /// Writes text from a column within `maxWidth` columns and the buffer's edge; returns the
  /// columns used. Text that does not fit ends in "…" (or is cut, with `.clip`); a wide
  /// character that would not fit is replaced by a space.
  @discardableResult
  public mutating func write(
    _ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil, overflow: Overflow = .ellipsis
  ) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var text = text
    if overflow == .ellipsis, x >= 0, DisplayWidth.of(text) > limit - x {
      text = DisplayWidth.truncate(text, to: limit - x)
    }
    var col = x
    for ch in text {
      let w = DisplayWidth.of(ch)
      if w == 0 {
        continue
      }
      if col + w > limit {
        if w == 2 && col < limit && col >= 0 { self[col, y] = Cell(character: " ", style: style); col += 1 }
        break
      }
      if col >= 0 {
        self[col, y] = Cell(character: ch, style: style)
        if w == 2 { self[col + 1, y] = Cell(character: " ", style: style, isContinuation: true) }
      }
      col += w
    }
    return col - x
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
    for row in max(0, y)..<min(height, y + h) {
      for col in max(0, x)..<min(width, x + w) {
        self[col, row] = Cell(character: " ", style: style)
      }
    }
  }

  /// Paints the style of a rectangle without changing its text.
  public mutating func paint(x: Int, y: Int, width w: Int, style: Style) {
    guard y >= 0, y < height else { return }
    for col in max(0, x)..<min(width, x + w) { self[col, y].style = style }
  }

  /// One row as text (wide characters once, trailing spaces kept).
  public func line(_ y: Int) -> String {
    var out = ""
    for x in 0..<width {
      let c = self[x, y]
      if !c.isContinuation { out.append(c.character) }
    }
    return out
  }

  /// The whole buffer as text, one line per row, trailing spaces removed: what golden tests
  /// compare.
  public var text: String {
    (0..<height).map { y in
      var l = line(y)
      while l.last == " " { l.removeLast() }
      return l
    }.joined(separator: "\n")
  }

  public static func == (lhs: CellBuffer, rhs: CellBuffer) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
      && lhs.cursorX == rhs.cursorX && lhs.cursorY == rhs.cursorY
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
    hasher.combine(cells)
  }
}
