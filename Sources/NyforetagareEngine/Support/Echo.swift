/// Text from a file or a user, made safe to print in a message: control characters (C0, DEL,
/// C1 and the bidirectional overrides, which could move or recolour a terminal's text) are shown
/// escaped, and a long value is cut with "…" so a message stays one readable line.
public enum Echo {
  /// How many characters of a value a message shows by default.
  public static let defaultLimit = 60

  /// `text` with control characters escaped and cut to `limit` characters (nil: no cut).
  public static func quote(_ text: some StringProtocol, limit: Int? = defaultLimit) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if let limit, count >= limit {
        out += "…"
        break
      }
      out += escaped(scalar)
      count += 1
    }
    return out
  }

  /// Whether `text` has nothing that ``quote(_:limit:)`` would escape.
  public static func isPlain(_ text: some StringProtocol) -> Bool {
    !text.unicodeScalars.contains(where: isControl)
  }

  /// Whether a scalar is shown escaped.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
  }

  static func escaped(_ scalar: Unicode.Scalar) -> String {
    guard isControl(scalar) else { return String(scalar) }
    switch scalar {
    case "\n": return "\\n"
    case "\t": return "\\t"
    case "\r": return "\\r"
    default:
      let hex = String(scalar.value, radix: 16, uppercase: true)
      return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }
  }
}
