/// Trimming and removing characters with the standard library alone, the way Foundation's
/// `trimmingCharacters(in:)` and `replacingOccurrences(of:with:)` do it for these sets: those go
/// through `NSString` and CoreFoundation, whose set-up at first use is a noticeable part of a
/// command's start-up. Tests compare them with Foundation over the scalars that matter.
extension String {
  /// Without what Foundation's `CharacterSet.whitespaces` holds at either end: tab, the space
  /// separators (Unicode category Zs) and U+200B, which Foundation still counts as one.
  public func trimmingSpaces() -> String {
    trimmingScalars { PlainText.isSpace($0) }
  }

  /// Without what Foundation's `CharacterSet.whitespacesAndNewlines` holds at either end: the
  /// spaces of ``trimmingSpaces()``, U+000A–U+000D, U+0085 and the line and paragraph
  /// separators (Zl, Zp).
  public func trimmingSpacesAndNewlines() -> String {
    trimmingScalars { PlainText.isSpace($0) || PlainText.isNewline($0) }
  }

  /// Without any of these characters, as `replacingOccurrences(of: String(c), with: "")` for each.
  public func removingAll(of characters: Set<Character>) -> String {
    String(filter { !characters.contains($0) })
  }

  private func trimmingScalars(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !trimmed($0) }), let last = scalars.lastIndex(where: { !trimmed($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}

/// The character classes behind the trimming in ``Swift/String/trimmingSpaces()``.
enum PlainText {
  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == "\t" || c == "\u{200B}" || c.properties.generalCategory == .spaceSeparator
  }

  static func isNewline(_ c: Unicode.Scalar) -> Bool {
    ("\u{0A}"..."\u{0D}").contains(c) || c == "\u{85}" || c.properties.generalCategory == .lineSeparator
      || c.properties.generalCategory == .paragraphSeparator
  }
}
