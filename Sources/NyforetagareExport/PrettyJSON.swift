/// Writes an `Encodable` value as JSON text that is byte for byte what Foundation's
/// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space
/// indent, `"key" : value`, keys in code-point order, empty arrays and objects as `[`/`{`, an
/// empty line and the closing bracket, `"`, `\` and control characters escaped, `/` and all
/// other characters as they are), without `JSONEncoder`'s run-time type checks, which cost
/// a noticeable part of a command's start-up.
///
/// Values are written as their own `Encodable` conformance says: unlike `JSONEncoder`, there are
/// no special cases for `URL`, `Data`, `Date` or `Decimal` (the JSON documents of this program
/// contain none). A number that is not finite throws, as in `JSONEncoder`.
public enum PrettyJSON {
  /// The JSON text of a value, without a final newline.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let root = JSONSlot()
    try value.encode(to: JSONTreeEncoder(slot: root, codingPath: []))
    var out = ""
    write(root, indent: "", into: &out)
    return out
  }

  static func write(_ slot: JSONSlot, indent: String, into out: inout String) {
    switch slot.kind {
    case .scalar(let text):
      out += text
    case .empty:
      out += "{\n\n" + indent + "}"  // a value that encoded nothing: JSONEncoder writes {}
    case .object:
      let members = slot.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      let inner = indent + "  "
      if members.isEmpty {
        out += "{\n\n" + indent + "}"
        return
      }
      out += "{\n"
      for (i, member) in members.enumerated() {
        out += inner
        appendQuoted(member.key, to: &out)
        out += " : "
        write(member.value, indent: inner, into: &out)
        out += i == members.count - 1 ? "\n" : ",\n"
      }
      out += indent + "}"
    case .array:
      let inner = indent + "  "
      if slot.elements.isEmpty {
        out += "[\n\n" + indent + "]"
        return
      }
      out += "[\n"
      for (i, element) in slot.elements.enumerated() {
        out += inner
        write(element, indent: inner, into: &out)
        out += i == slot.elements.count - 1 ? "\n" : ",\n"
      }
      out += indent + "]"
    }
  }

  /// Appends a JSON string literal: `"` and `\` escaped, `\b \f \n \r \t` for those controls,
  /// `\u00xx` (lower-case hex) for the other control characters below U+0020.
  static func appendQuoted(_ text: String, to out: inout String) {
    out += "\""
    var plainStart = text.utf8.startIndex
    let utf8 = text.utf8
    var i = utf8.startIndex
    while i != utf8.endIndex {
      let byte = utf8[i]
      if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
        i = utf8.index(after: i)
        continue
      }
      out += String(text[plainStart..<i])  // (a Substring appended generically looks up witnesses)
      switch byte {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      default:
        let hex = String(byte, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
      i = utf8.index(after: i)
      plainStart = i
    }
    out += text[plainStart..<utf8.endIndex]
    out += "\""
  }

  static func quoted(_ text: String) -> String {
    var out = ""
    appendQuoted(text, to: &out)
    return out
  }

  /// A floating-point number as `JSONEncoder` writes it: the shortest text that reads back,
  /// without a trailing `.0`.
  static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(
    _ value: F, codingPath: [any CodingKey]
  ) throws -> String {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value, .init(codingPath: codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}

/// A node of the tree being encoded: a scalar's JSON text, an object or an array.
final class JSONSlot {
  enum Kind {
    case empty
    case scalar(String)
    case object
    case array
  }

  var kind = Kind.empty
  var members: [String: JSONSlot] = [:]
  var elements: [JSONSlot] = []

  /// Makes this slot an object (keeping members already there) and returns the member's slot.
  func member(_ key: String) -> JSONSlot {
    if case .object = kind {} else { kind = .object }
    let slot = JSONSlot()
    members[key] = slot
    return slot
  }

  /// Makes this slot an array (keeping elements already there) and appends an element.
  func appendElement() -> JSONSlot {
    if case .array = kind {} else { kind = .array }
    let slot = JSONSlot()
    elements.append(slot)
    return slot
  }
}
