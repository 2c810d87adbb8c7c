/// How many terminal columns text takes: 0 for combining marks, 2 for wide (East Asian) and
/// emoji characters, 1 for the rest. A fixed table, so layout never depends on the locale.
public enum DisplayWidth {
  /// The columns a character takes.
  public static func of(_ character: Character) -> Int {
    var width = 0
    for (i, scalar) in character.unicodeScalars.enumerated() {
      let v = scalar.value
      if v == 0xFE0F { return 2 }  // emoji presentation
      if i > 0 { continue }
      width = of(scalar: scalar)
    }
    return width
  }

  /// The columns a string takes.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  static func of(scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    // Printable ASCII and Latin letters (å, ä, ö, é …) without a Unicode property look-up: the
    // only mark or format character below U+0300 is the soft hyphen.
    if v < 0x7F || (v < 0x300 && v != 0xAD) { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B || v == 0x200D { return 0 }
    if isWide(v) { return 2 }
    return 1
  }

  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
    0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD,
  ]

  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    var lo = 0
    var hi = wideRanges.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let r = wideRanges[mid]
      if v < r.lowerBound {
        hi = mid - 1
      } else if v > r.upperBound {
        lo = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Cuts text to at most `columns` columns, adding "…" when it was cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    if columns <= 0 { return "" }
    if of(text) <= columns { return text }
    var out = ""
    var used = 0
    for ch in text {
      let w = of(ch)
      if used + w > columns - 1 { break }
      out.append(ch)
      used += w
    }
    return out + "…"
  }

  /// Pads text with spaces to exactly `columns` columns (cutting it first if needed).
  public static func pad(_ text: String, to columns: Int) -> String {
    let cut = truncate(text, to: columns)
    return cut + String(repeating: " ", count: max(0, columns - of(cut)))
  }

  /// Wraps text into lines of at most `columns` columns, breaking at spaces where it can. A
  /// word longer than a line is broken, except a URL, which gets a line of its own, whole (the
  /// line is then longer than `columns`; drawing it ends it in "…").
  public static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var w = String(word)
        var ww = of(w)
        if lineWidth > 0 && lineWidth + 1 + ww <= columns {
          line += " " + w
          lineWidth += 1 + ww
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        if ww > columns && w.contains("://") {  // a URL is never broken: its own line, whole
          line = w
          lineWidth = columns
          continue
        }
        while ww > columns {  // a word longer than a line: hard-break it
          var head = ""
          var hw = 0
          var rest = Substring(w)
          while let ch = rest.first, hw + of(ch) <= columns {
            head.append(ch)
            hw += of(ch)
            rest = rest.dropFirst()
          }
          lines.append(head)
          w = String(rest)
          ww = of(w)
        }
        line = w
        lineWidth = ww
      }
      lines.append(line)
    }
    return lines
  }
}
