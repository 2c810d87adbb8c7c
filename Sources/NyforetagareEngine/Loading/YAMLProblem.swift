import Yams

/// A YAML syntax error as one short, safe line with its place: Yams' own description of a reader
/// error carries the whole file (control characters included) and no line, so the place is
/// worked out from the byte offset here.
public enum YAMLProblem {
  /// The line, column and message for `error` in `text`.
  public static func describe(_ error: YamlError, in text: String) -> (line: Int, column: Int, message: String) {
    switch error {
    case .reader(let problem, let offset, let value, _):
      let (line, column) = place(ofByte: offset ?? 0, in: text)
      let character = Unicode.Scalar(UInt32(truncatingIfNeeded: value)).map { Echo.quote(String($0), limit: nil) }
      let what = character.map { " (\($0))" } ?? ""
      return (line, column, Echo.quote("\(problem)\(what); remove it or save the file as UTF-8 text", limit: 200))
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return (mark.line, mark.column, Echo.quote(problem + (context.map { " \($0.text)" } ?? ""), limit: 200))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (
        context.mark.line, context.mark.column,
        "duplicate key: " + Echo.quote(duplicates.joined(separator: ", "), limit: 200)
      )
    default:
      return (1, 1, Echo.quote("\(error)", limit: 200))
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
