/// The bottom bar of keys that work on the current screen, as nano and htop show them.
public struct KeyBar: Sendable, Hashable {
  /// Key and what it does, e.g. ("Enter", "Öppna").
  public var items: [(key: String, label: String)]

  /// Creates a key bar.
  public init(_ items: [(String, String)]) {
    self.items = items.map { (key: $0.0, label: $0.1) }
  }

  /// Draws the bar on row `y`.
  public func draw(into buffer: inout CellBuffer, y: Int) {
    buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: .keyBar)
    var x = 0
    for item in items {
      let need = DisplayWidth.of(item.key) + 1 + DisplayWidth.of(item.label)
      if x + need > buffer.width { break }
      x += buffer.write(item.key, x: x, y: y, style: .key)
      x += buffer.write(" " + item.label + " ", x: x, y: y, style: .keyBar)
    }
  }

  public static func == (lhs: KeyBar, rhs: KeyBar) -> Bool {
    lhs.items.map(\.key) == rhs.items.map(\.key) && lhs.items.map(\.label) == rhs.items.map(\.label)
  }

  public func hash(into hasher: inout Hasher) {
    for i in items {
      hasher.combine(i.key)
      hasher.combine(i.label)
    }
  }
}
