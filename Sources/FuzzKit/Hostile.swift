/// The building blocks of hostile text: values that broke (or could break) parsers, planners and
/// terminals, and mutations of good text.
enum Hostile {
  static let numbers = [
    "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999999", "-1", "0",
    "1", "3650", "3651", "100000000", "1e308", "-1e308", "1e-320", "nan", ".nan", ".inf", "-.inf", "0x7fffffff",
    "0o777", "1_000", "+12", "007", "1.5", "-0", "2147483648", "4294967296",
  ]

  static let dates = [
    "2026-02-30", "0000-01-01", "9999-12-31", "2026-13-01", "1970-01-01", "2026-11-22", "2027-03-01", "26-11-22",
    "2026-1-1", "2026-11-22T10:00:00Z", "１９９０-01-01",
  ]

  static let texts = [
    "", "~", "null", "true", "yes", "no", "Malmö", "malmö", "MALMÖ", "Umeå", "Göteborg", "\u{1B}[31mred\u{1B}[0m",
    "\u{1B}]0;title\u{07}", "\u{202E}evil", "\u{7}", "a\nb", "\t", "😀", "ﬁ", "e\u{301}", "\u{FEFF}bom", "\u{85}",
    "\u{9B}31m", "x\u{0}y", "'", "\"", "\\", "%", "@", "`", "#", "&a", "*a", "!!binary AAAA", "<<", "? x", "- x",
    "[a, b]", "{a: 1}", "|", ">", "---", "...", "811218-9876", "556677-8899", "556677-8898", "121212-1212",
    "a@b.se", "not an email", "123 45", "99999", "MALMÖ OXIE 1:1", "<script>alert(1)</script>", "](javascript:x)",
    "| a | b |", "**bold**",
  ]

  /// A long run of one character, or of a random text.
  static func long(_ rng: inout FuzzRandom) -> String {
    let unit = rng.pick(["x", "å", "漢", "\u{1B}", "a ", "\n", "- "])
    return String(repeating: unit, count: rng.int(100...20_000))
  }

  /// A YAML scalar, plain or quoted.
  static func scalar(_ rng: inout FuzzRandom) -> String {
    var raw: String
    switch rng.int(0...9) {
    case 0...2: raw = rng.pick(numbers)
    case 3: raw = rng.pick(dates)
    case 4: raw = long(&rng)
    default: raw = rng.pick(texts)
    }
    switch rng.int(0...3) {
    case 0: return raw.contains(where: { "\n:#{}[],&*!|>'\"%@`".contains($0) }) ? quoted(raw) : raw
    case 1: return "'" + raw.replacingOccurrences(of: "'", with: "''") + "'"
    default: return quoted(raw)
    }
  }

  /// A double-quoted YAML scalar with escapes for control characters.
  static func quoted(_ raw: String) -> String {
    var out = "\""
    for s in raw.unicodeScalars {
      switch s {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if s.value < 0x20 || s.value == 0x7F {
          out += "\\x" + String(s.value, radix: 16).leftPadded(2)
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out + "\""
  }

  /// A YAML value: a scalar, a list, a mapping, or something nested.
  static func value(_ rng: inout FuzzRandom, depth: Int = 0) -> String {
    let roll = depth > 3 ? 0 : rng.int(0...9)
    switch roll {
    case 7: return "[" + (0..<rng.int(0...5)).map { _ in value(&rng, depth: depth + 1) }.joined(separator: ", ") + "]"
    case 8:
      return "{"
        + (0..<rng.int(0...4)).map { _ in scalar(&rng) + ": " + value(&rng, depth: depth + 1) }
        .joined(separator: ", ") + "}"
    case 9 where depth == 0: return rng.chance(0.5) ? deep(&rng) : "[" + aliasBomb(&rng) + "]"
    default: return scalar(&rng)
    }
  }

  /// Deep nesting in flow style.
  static func deep(_ rng: inout FuzzRandom) -> String {
    let n = rng.int(10...2_000)
    let open = rng.chance(0.5) ? "[" : "{a: "
    let close = open == "[" ? "]" : "}"
    return String(repeating: open, count: n) + "1" + String(repeating: close, count: n)
  }

  /// Anchors and aliases that would expand exponentially (as a flow list's items).
  static func aliasBomb(_ rng: inout FuzzRandom) -> String {
    let levels = rng.int(2...12)
    let width = rng.int(2...9)
    var parts = ["&b0 [" + Array(repeating: "x", count: width).joined(separator: ", ") + "]"]
    for i in 1...levels {
      parts.append("&b\(i) [" + Array(repeating: "*b\(i - 1)", count: width).joined(separator: ", ") + "]")
    }
    return parts.joined(separator: ", ")
  }

  /// Alias bomb as whole YAML lines (anchors at the top, the last alias as a key or value).
  static func aliasBombLines(_ rng: inout FuzzRandom) -> String {
    let levels = rng.int(2...12)
    var text = "z0: &z0 [x, x, x, x, x, x, x, x, x]\n"
    for i in 1...levels {
      text += "z\(i): &z\(i) [" + Array(repeating: "*z\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    return text + (rng.chance(0.5) ? "? *z\(levels)\n: 1\n" : "last: *z\(levels)\n")
  }

  /// Changes good text line by line and byte by byte.
  static func mutate(_ text: String, _ rng: inout FuzzRandom) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<rng.int(1...4) {
      guard !lines.isEmpty else { break }
      let i = rng.int(0...(lines.count - 1))
      switch rng.int(0...9) {
      case 0: lines.remove(at: i)
      case 1: lines.insert(lines[i], at: i)
      case 2: lines[i] = replacingNumbers(lines[i], &rng)
      case 3: lines[i] += " " + scalar(&rng)
      case 4: lines.insert(scalar(&rng) + ": " + value(&rng), at: i)
      case 5: lines[i] = String(lines[i].prefix(rng.int(0...max(0, lines[i].count))))
      case 6: lines[i] = "  " + lines[i]
      case 7: lines.insert(aliasBombLines(&rng), at: i)
      case 8:
        if let colon = lines[i].firstIndex(of: ":") {
          lines[i] = String(lines[i][...colon]) + " " + value(&rng)
        }
      default: lines[i] = byteMutated(lines[i], &rng)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Every number in a line replaced by a hostile one.
  static func replacingNumbers(_ line: String, _ rng: inout FuzzRandom) -> String {
    var out = ""
    var inNumber = false
    for c in line {
      if c.isASCII && c.isNumber {
        if !inNumber { out += rng.pick(numbers) }
        inNumber = true
      } else {
        inNumber = false
        out.append(c)
      }
    }
    return out
  }

  /// Random bytes flipped, inserted or removed (kept valid UTF-8).
  static func byteMutated(_ text: String, _ rng: inout FuzzRandom) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<rng.int(1...3) {
      let i = scalars.isEmpty ? 0 : rng.int(0...scalars.count - 1)
      let pool: [Unicode.Scalar] = [
        "\u{0}", "\u{1B}", "\t", "\n", "\r", ":", "-", "[", "{", "&", "*", "'", "\"", "#", "é",
      ]
      switch rng.int(0...2) {
      case 0 where !scalars.isEmpty: scalars.remove(at: i)
      case 1: scalars.insert(rng.pick(pool), at: i)
      default: if !scalars.isEmpty { scalars[i] = rng.pick(pool) }
      }
    }
    var out = ""
    out.unicodeScalars.append(contentsOf: scalars)
    return out
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
