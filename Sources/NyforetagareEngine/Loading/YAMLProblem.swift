import Yams

/// A YAML syntax error as one short, safe line with its place: Yams' own description of a reader
/// error carries the whole file (control characters included) and no line, so the place is
/// worked out from the byte offset here.
public enum YAMLProblem {
  /// What is wrong, as a value: rendered in English for content lint and in the founder's
  /// language for an answers file. libyaml's own wording of a syntax error stays as it is.
  public enum Detail: Sendable, Hashable {
    /// A character the reader refuses (libyaml's `problem`), and the character when known.
    case badCharacter(problem: String, character: String?)
    /// A syntax error in libyaml's words (with its context, if any).
    case syntax(String)
    /// Keys given twice in one mapping.
    case duplicateKeys([String])
    /// Anything else Yams reports.
    case other(String)

    /// The detail in a language, in one line.
    public func text(_ language: Language) -> String {
      switch self {
      case .badCharacter(let problem, let character):
        let what = character.map { " (\($0))" } ?? ""
        return Echo.quote(
          LocalizedText(
            sv: "\(problem)\(what); ta bort tecknet eller spara filen som UTF-8-text",
            en: "\(problem)\(what); remove it or save the file as UTF-8 text")[language], limit: 200)
      case .syntax(let text), .other(let text):
        return Echo.quote(text, limit: 200)
      case .duplicateKeys(let keys):
        let list = Echo.quote(keys.joined(separator: ", "), limit: 200)
        return LocalizedText(sv: "samma nyckel två gånger: ", en: "duplicate key: ")[language] + list
      }
    }
  }

  /// The line, column and message (English) for `error` in `text`.
  public static func describe(_ error: YamlError, in text: String) -> (line: Int, column: Int, message: String) {
    let (line, column, detail) = locate(error, in: text)
    return (line, column, detail.text(.en))
  }

  /// The line, column and what is wrong for `error` in `text`.
  public static func locate(_ error: YamlError, in text: String) -> (line: Int, column: Int, detail: Detail) {
    switch error {
    case .reader(let problem, let offset, let value, _):
      let (line, column) = place(ofByte: offset ?? 0, in: text)
      let character = Unicode.Scalar(UInt32(truncatingIfNeeded: value)).map { Echo.quote(String($0), limit: nil) }
      return (line, column, .badCharacter(problem: problem, character: character))
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return (mark.line, mark.column, .syntax(problem + (context.map { " \($0.text)" } ?? "")))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (context.mark.line, context.mark.column, .duplicateKeys(duplicates))
    default:
      return (1, 1, .other("\(error)"))
    }
  }

  /// The 1-based line and column (in characters) of a byte offset.
  static func place(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var seen = 0
    for scalar in text.unicodeScalars {
      if seen >= offset { break }
      seen += String(scalar).utf8.count
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
