/// Writes JSON text directly (UTF-8 bytes), member by member, in exactly the layout of Foundation's
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
import NyforetagareEngine

struct JSONWriter {
  /// The UTF-8 text written so far.
  private var bytes: [UInt8] = []
  /// How many containers are open.
  private var depth = 0
  /// Whether the innermost open container has no member or element yet.
  private var isEmpty = true
  /// The innermost open object's last key (debug builds check that keys ascend).
  private var lastKey: String?

  /// A writer with room reserved for about `capacity` bytes of text.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: Containers

  /// Writes an object; `body` writes its members.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    container(open: 0x7B, close: 0x7D, body)  // { }
  }

  /// Writes an array; `body` writes its elements.
  mutating func array(_ body: (inout JSONWriter) -> Void) {
    container(open: 0x5B, close: 0x5D, body)  // [ ]
  }

  private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
    bytes.append(open)
    let outer = (isEmpty, lastKey)
    depth += 1
    isEmpty = true
    lastKey = nil
    body(&self)
    depth -= 1
    if isEmpty { bytes.append(0x0A) }
    newline()
    indent()
    bytes.append(close)
    (isEmpty, lastKey) = outer
  }

  private mutating func indent() {
    for _ in 0..<depth {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  /// Starts the next member of an object: the separator, the indent and `"key" : `.
  mutating func key(_ key: String) {
    assert(lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "JSON keys out of order: \(key)")
    lastKey = key
    element()
    string(key)
    bytes.append(0x20)  // " : "
    bytes.append(0x3A)
    bytes.append(0x20)
  }

  /// Starts the next element of an array: the separator and the indent.
  mutating func element() {
    if !isEmpty { bytes.append(0x2C) }  // ,
    isEmpty = false
    newline()
    indent()
  }

  /// Writes a newline (the end of a line, or of the text after the top-level value).
  mutating func newline() {
    bytes.append(0x0A)
  }

  // MARK: Scalars

  /// Writes a string literal.
  mutating func string(_ value: String) {
    bytes.append(0x22)
    var value = value
    value.withUTF8 { utf8 in
      var plain = 0
      for i in utf8.indices {
        let byte = utf8[i]
        if byte >= 0x20 && byte != 0x22 && byte != 0x5C { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
        bytes.append(0x5C)  // backslash
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(0x62)  // b
        case 0x0C: bytes.append(0x66)  // f
        case 0x0A: bytes.append(0x6E)  // n
        case 0x0D: bytes.append(0x72)  // r
        case 0x09: bytes.append(0x74)  // t
        default:  // u00xx, lower-case hex
          bytes.append(0x75)
          bytes.append(0x30)
          bytes.append(0x30)
          bytes.append(byte < 0x10 ? 0x30 : 0x31)
          bytes.append(Self.hexDigit(byte & 0x0F))
        }
        plain = i + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
    }
    bytes.append(0x22)
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
  }

  /// Writes a day as a string, `YYYY-MM-DD` (``Day/iso``).
  mutating func day(_ day: Day) {
    let (year, month, dayOfMonth) = day.components
    guard (1000...9999).contains(year) else { return string(day.iso) }
    bytes.append(0x22)
    digits(year, 4)
    bytes.append(0x2D)  // -
    digits(month, 2)
    bytes.append(0x2D)
    digits(dayOfMonth, 2)
    bytes.append(0x22)
  }

  /// Appends the last `count` decimal digits of a non-negative number, with leading zeros.
  private mutating func digits(_ value: Int, _ count: Int) {
    var divisor = 1
    for _ in 1..<count { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(0x30 + UInt8(truncatingIfNeeded: rest / divisor % 10))
      rest %= divisor
      divisor /= 10
    }
  }

  /// Writes an integer.
  mutating func int(_ value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(0x30 + UInt8(truncatingIfNeeded: value))
      return
    }
    var text = String(value)
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Writes `true` or `false`.
  mutating func bool(_ value: Bool) {
    var text = value ? "true" : "false"
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  // MARK: Members

  /// A string member; none when `value` is `nil`.
  mutating func member(_ key: String, _ value: String?) {
    guard let value else { return }
    self.key(key)
    string(value)
  }

  /// A day member, `YYYY-MM-DD`; none when `value` is `nil`.
  mutating func member(_ key: String, _ value: Day?) {
    guard let value else { return }
    self.key(key)
    day(value)
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
      for i in values.indices {
        w.element()
        w.string(values[i])
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
      for i in items.indices {
        w.element()
        w.object { o in body(&o, items[i]) }
      }
    }
  }
}
