/// What is wrong with an answers file, as a value: the file as a whole (it is missing, too
/// large, not YAML), a key in it (an unknown question or data item) or one answer
/// (``AnswerProblem``). ``text(_:)`` says it in Swedish or English; the CLI prints it after the
/// file's `FILE:LINE:COL` in `--lang`'s language.
public enum AnswersFileProblem: Sendable, Hashable {
  /// There is no file at the path.
  case missing
  /// The file is larger than the limit (in bytes).
  case tooLarge(limit: Int)
  /// The path is a folder.
  case folder
  /// The file cannot be read, for the system's reason.
  case unreadable(reason: String)
  /// The file is not UTF-8 text.
  case notUTF8
  /// The YAML is over a limit (aliases, nesting).
  case overLimit(YAMLGuard.Limit)
  /// The text is not valid YAML.
  case notYAML(YAMLProblem.Detail)
  /// The file's top level is not a mapping from question id to value.
  case notMapping
  /// A key is not a question id (nor `data`); `known` are the question ids.
  case unknownQuestion(id: String, known: [String])
  /// An answer is not valid for its question.
  case answer(AnswerProblem)
  /// The `data:` section is not a mapping.
  case dataNotMapping
  /// A key in `data:` is not a data item.
  case unknownDataItem(id: String)
  /// A data item's value is a list or a mapping.
  case dataNotSingleValue(id: String)
  /// A data item's value is refused, with the reason (in both languages).
  case badData(id: String, value: String, reason: LocalizedText)
  /// So many problems that the rest of the file was not checked.
  case tooManyProblems(limit: Int)

  /// The problem in a language, in one line.
  public func text(_ language: Language) -> String {
    switch self {
    case .missing:
      return LocalizedText(
        sv: "det finns ingen svarsfil här; kontrollera namnet",
        en: "no answers file at this path; check the name")[language]
    case .tooLarge(let limit):
      let size = BoundedRead.describe(limit)
      return LocalizedText(
        sv: "svarsfilen är större än \(size), gränsen; en svarsfil är några kB – är det rätt fil?",
        en: "the answers file is larger than \(size), the limit; an answers file is a few KB — is this the right file?"
      )[language]
    case .folder:
      return LocalizedText(
        sv: "det här är en mapp, inte en svarsfil; ange filens sökväg",
        en: "this is a folder, not an answers file; give the file's path")[language]
    case .unreadable(let reason):
      return LocalizedText(
        sv: "det går inte att läsa svarsfilen (\(reason))", en: "cannot read the answers file (\(reason))")[language]
    case .notUTF8:
      return LocalizedText(
        sv: "svarsfilen är inte UTF-8-text; spara den som UTF-8",
        en: "the answers file is not UTF-8 text; save it as UTF-8")[language]
    case .overLimit(let limit):
      return limit.text(language)
    case .notYAML(let detail):
      return LocalizedText(sv: "ingen giltig YAML: ", en: "not valid YAML: ")[language] + detail.text(language)
    case .notMapping:
      return LocalizedText(
        sv: "svarsfilen ska para ihop fråge-id med svar, ett per rad, t.ex. `kommun: Malmö`",
        en: "the answers file must be a mapping from question id to value")[language]
    case .unknownQuestion(let id, let known):
      let list = known.joined(separator: ", ")
      return LocalizedText(
        sv: "okänt fråge-id '\(Echo.quote(id))' (kända: \(list), data)",
        en: "unknown question id '\(Echo.quote(id))' (known: \(list), data)")[language]
    case .answer(let problem):
      return problem.text(language)
    case .dataNotMapping:
      return LocalizedText(
        sv: "'data' ska para ihop uppgifternas id med värden, t.ex. `telefon: 040-123 45 67`",
        en: "'data' must map data item ids to values")[language]
    case .unknownDataItem(let id):
      return LocalizedText(
        sv: "okänd uppgift '\(Echo.quote(id))' under data", en: "unknown data item '\(Echo.quote(id))' in data")[
          language]
    case .dataNotSingleValue(let id):
      return LocalizedText(
        sv: "uppgiften '\(Echo.quote(id))' ska vara ett enda värde",
        en: "data '\(Echo.quote(id))' must be a single value")[language]
    case .badData(let id, let value, let reason):
      return LocalizedText(
        sv: "uppgiften '\(id)': '\(Echo.quote(value))': \(reason.sv)",
        en: "data '\(id)': '\(Echo.quote(value))': \(reason.en)")[language]
    case .tooManyProblems(let limit):
      return TextCheck.tooManyProblemsText(limit: limit)[language]
    }
  }
}

/// The problems found in an answers file, each with its place.
public struct AnswerErrors: Error, Sendable {
  /// One problem and where it is.
  public struct Located: Sendable, Hashable {
    /// What is wrong.
    public var problem: AnswersFileProblem
    /// Where it is.
    public var location: SourceLocation
  }

  /// Every problem, in the order found.
  public var problems: [Located]

  /// The problems as diagnostics in a language (sort them with ``Diagnostics/sorted``).
  public func diagnostics(_ language: Language) -> Diagnostics {
    var out = Diagnostics()
    for p in problems { out.error(p.problem.text(language), at: p.location) }
    return out
  }

  /// The problems as diagnostics in English.
  public var diagnostics: Diagnostics { diagnostics(.en) }
}
