/// The checks every free-text value from a user or a file passes before it is kept: a length
/// limit, and no control characters (which could move the cursor, recolour or hide text when a
/// plan is shown in a terminal or opened as Markdown). Line breaks and tabs are allowed.
public enum TextCheck {
  /// The message after which a file's remaining problems are not listed.
  public static let tooManyProblems = tooManyProblemsText(limit: InputLimits.diagnosticsPerFile).en

  /// The message after which a file's remaining problems are not listed, in both languages.
  public static func tooManyProblemsText(limit: Int) -> LocalizedText {
    LocalizedText(
      sv: "fler än \(limit) problem; resten av filen kontrollerades inte (rätta de här först)",
      en: "more than \(limit) problems; the rest of the file was not checked (fix these first)")
  }

  /// What is wrong with `text`, or nil.
  public static func problem(_ text: String, maximum: Int = InputLimits.textLength) -> LocalizedText? {
    if text.utf8.count > maximum * 4 || text.count > maximum {
      return LocalizedText(
        sv: "Texten är längre än \(maximum) tecken; korta den.",
        en: "The text is longer than \(maximum) characters; shorten it.")
    }
    if let bad = text.unicodeScalars.first(where: { Echo.isControl($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
      let shown = Echo.quote(String(bad), limit: nil)
      return LocalizedText(
        sv: "Texten innehåller ett styrtecken (\(shown)); ta bort det.",
        en: "The text contains a control character (\(shown)); remove it.")
    }
    return nil
  }
}
