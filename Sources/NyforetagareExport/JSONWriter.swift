/// Writes JSON text directly, member by member, in exactly the layout of Foundation's
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indent,
/// `"key" : value`, an empty array or object as its bracket, an empty line and its closing
/// bracket, `"` and `\` escaped, `\b \f \n \r \t` for those controls and `\u00xx` (lower-case
/// hex) for the other controls below U+0020; `/`, DEL, U+2028/U+2029 and every other character
/// as it is.
///
/// The caller writes an object's members in code-point order of their keys (what `.sortedKeys`
/// would do); debug builds check it. A member whose value is `nil` is left out, as a synthesized
/// `Encodable` conformance leaves it out. There are no `Encodable` containers and no dynamic
/// casts: the first JSON export of a run costs no metadata instantiation or conformance scans.
struct JSONWriter {
  /// The text written so far.
  private(set) var text = ""
  /// How many containers are open.
  private var depth = 0
  /// Whether the innermost open container has no member or element yet.
  private var isEmpty = true
  /// The innermost open object's last key (debug builds check that keys ascend).
  private var lastKey: String?

  /// A writer with room reserved for about `capacity` bytes of text.
  init(capacity: Int = 0) {
    text.reserveCapacity(capacity)
  }

  // MARK: Containers

  /// Writes an object; `body` writes its members.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    container("{", "}", body)
  }

  /// Writes an array; `body` writes its elements.
  mutating func array(_ body: (inout JSONWriter) -> Void) {
    container("[", "]", body)
  }

  private mutating func container(_ open: String, _ close: String, _ body: (inout JSONWriter) -> Void) {
    text += open
    let outer = (isEmpty, lastKey)
    depth += 1
    isEmpty = true
    lastKey = nil
    body(&self)
    depth -= 1
    text += isEmpty ? "\n\n" : "\n"
    indent()
    text += close
    (isEmpty, lastKey) = outer
  }

  private mutating func indent() {
    for _ in 0..<depth { text += "  " }
  }

  /// Starts the next member of an object: the separator, the indent and `"key" : `.
  mutating func key(_ key: String) {
    assert(lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "JSON keys out of order: \(key)")
    lastKey = key
    element()
    string(key)
    text += " : "
  }

  /// Starts the next element of an array: the separator and the indent.
  mutating func element() {
    text += isEmpty ? "\n" : ",\n"
    isEmpty = false
    indent()
  }

  // MARK: Scalars

  /// Writes a string literal.
  mutating func string(_ value: String) {
    text += "\""
    let utf8 = value.utf8
    var plain = utf8.startIndex
    var i = plain
    while i != utf8.endIndex {
      let byte = utf8[i]
      if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
        i = utf8.index(after: i)
        continue
      }
      // Every index before an ASCII byte is on a scalar boundary.
      text.append(contentsOf: value[plain..<i])
      switch byte {
      case 0x22: text += "\\\""
      case 0x5C: text += "\\\\"
      case 0x08: text += "\\b"
      case 0x0C: text += "\\f"
      case 0x0A: text += "\\n"
      case 0x0D: text += "\\r"
      case 0x09: text += "\\t"
      default:
        text += byte < 0x10 ? "\\u000" : "\\u001"
        text += Self.hexDigits[Int(byte & 0x0F)]
      }
      i = utf8.index(after: i)
      plain = i
    }
    if plain == utf8.startIndex {
      text += value
    } else {
      text.append(contentsOf: value[plain..<utf8.endIndex])
    }
    text += "\""
  }

  private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]

  /// Writes an integer.
  mutating func int(_ value: Int) {
    text += String(value)
  }

  /// Writes `true` or `false`.
  mutating func bool(_ value: Bool) {
    text += value ? "true" : "false"
  }

  // MARK: Members

  /// A string member; none when `value` is `nil`.
  mutating func member(_ key: String, _ value: String?) {
    guard let value else { return }
    self.key(key)
    string(value)
  }

  /// An integer member; none when `value` is `nil`.
  mutating func member(_ key: String, _ value: Int?) {
    guard let value else { return }
    self.key(key)
    int(value)
  }

  /// A Boolean member; none when `value` is `nil`.
  mutating func member(_ key: String, _ value: Bool?) {
    guard let value else { return }
    self.key(key)
    bool(value)
  }

  /// An array of strings; none when `values` is `nil`.
  mutating func member(_ key: String, strings values: [String]?) {
    guard let values else { return }
    self.key(key)
    array { w in
      for value in values {
        w.element()
        w.string(value)
      }
    }
  }

  /// An object member that `body` fills; none when `value` is `nil`.
  mutating func member<T>(_ key: String, _ value: T?, object body: (inout JSONWriter, T) -> Void) {
    guard let value else { return }
    self.key(key)
    object { w in body(&w, value) }
  }

  /// An array of objects, one for each item, each filled by `body`; none when `items` is `nil`.
  mutating func member<T>(_ key: String, objects items: [T]?, _ body: (inout JSONWriter, T) -> Void) {
    guard let items else { return }
    self.key(key)
    array { w in
      for item in items {
        w.element()
        w.object { o in body(&o, item) }
      }
    }
  }
}
