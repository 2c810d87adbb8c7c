/// One terminal cell: a character (a grapheme cluster) and its style. A wide character takes
/// its cell and the next, which is marked as a continuation.
public struct Cell: Sendable, Hashable {
  /// The character shown; a space for an empty cell.
  public var character: Character
  /// How it looks.
  public var style: Style
  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool

  /// An empty cell.
  public static let blank = Cell(character: " ", style: .normal, isContinuation: false)

  /// Creates a cell.
  public init(character: Character, style: Style, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }
}
