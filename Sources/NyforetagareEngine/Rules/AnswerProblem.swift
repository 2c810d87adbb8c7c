/// What is wrong with an answer, as a value: the question, the value as it was given and what
/// is allowed. ``text(_:)`` says it in Swedish or English — in the founder's language on a
/// screen, in `--lang`'s on the command line. Values from a file or a keyboard are shown quoted
/// (``Echo``), never as an answer the founder did not give.
public enum AnswerProblem: Sendable, Hashable {
  /// The name is not one of Sweden's kommuner; `suggestions` are the closest names, if any.
  case unknownKommun(question: String, name: String, suggestions: [String] = [])
  /// A name in a list of kommuner is not one of Sweden's kommuner.
  case unknownKommunInList(question: String, name: String, suggestions: [String] = [])
  /// A saved answer to a question the content no longer asks.
  case noLongerAsked(question: String)
  /// A saved answer the content no longer accepts (its values changed), and why.
  indirect case noLongerAccepted(AnswerProblem)
  /// The value is not one of a choice question's values.
  case notAllowed(question: String, value: String, allowed: [String])
  /// The value is not yes or no.
  case notYesOrNo(question: String, value: String)
  /// The value is not a whole number.
  case notWholeNumber(question: String, value: String)
  /// The value is not a number.
  case notNumber(question: String, value: String)
  /// The number is below the question's minimum.
  case tooSmall(question: String, value: Double, minimum: Double)
  /// The value is not a date written YYYY-MM-DD.
  case notDate(question: String, value: String)
  /// A date question was given an empty value where a date was needed.
  case dateMissing(question: String)
  /// A value in a list of steps is not a step id.
  case unknownStep(question: String, value: String)
  /// A list question was given something that is neither a list nor a single value.
  case notList(question: String)
  /// A question that takes one value was given a list or a mapping.
  case notSingleValue(question: String)
  /// A list holds more values than any answer may.
  case tooManyValues(question: String, limit: Int)

  /// The question the problem is about.
  public var question: String {
    switch self {
    case .noLongerAccepted(let inner):
      return inner.question
    case .unknownKommun(let q, _, _), .unknownKommunInList(let q, _, _), .noLongerAsked(let q),
      .notAllowed(let q, _, _), .notYesOrNo(let q, _), .notWholeNumber(let q, _), .notNumber(let q, _),
      .tooSmall(let q, _, _), .notDate(let q, _), .dateMissing(let q), .unknownStep(let q, _), .notList(let q),
      .notSingleValue(let q), .tooManyValues(let q, _):
      return q
    }
  }

  /// The problem in a language, in one line.
  public func text(_ language: Language) -> String { localized[language] }

  /// The problem in both languages.
  public var localized: LocalizedText {
    switch self {
    case .unknownKommun(let question, let raw, let suggestions),
      .unknownKommunInList(let question, let raw, let suggestions):
      let name = Echo.quote(raw)
      let hint =
        suggestions.isEmpty
        ? LocalizedText(
          sv: "t.ex. Malmö, Umeå; se `nyforetagare questions`", en: "e.g. Malmö, Umeå; see `nyforetagare questions`")
        : LocalizedText(
          sv: "menade du " + suggestions.joined(separator: ", ") + "?",
          en: "did you mean " + suggestions.joined(separator: ", ") + "?")
      return LocalizedText(
        sv: "'\(question)': '\(name)' är inte en av Sveriges 290 kommuner (\(hint.sv))",
        en: "'\(question)': '\(name)' is not one of Sweden's 290 kommuner (\(hint.en))")
    case .noLongerAsked(let question):
      return LocalizedText(
        sv: "frågan '\(Echo.quote(question))' ställs inte längre; svaret togs bort",
        en: "question '\(Echo.quote(question))' is no longer asked; its answer was dropped")
    case .noLongerAccepted(let inner):
      let why = inner.localized
      return LocalizedText(
        sv: "ett sparat svar gäller inte längre och togs bort: \(why.sv)",
        en: "a saved answer is no longer accepted and was dropped: \(why.en)")
    case .notAllowed(let question, let value, let allowed):
      let list = allowed.joined(separator: ", ")
      return LocalizedText(
        sv: "'\(question)': '\(Echo.quote(value))' är inte tillåtet (tillåtna värden: \(list))",
        en: "'\(question)': '\(Echo.quote(value))' is not allowed (allowed: \(list))")
    case .notYesOrNo(let question, let value):
      return LocalizedText(
        sv:
          "'\(question)': '\(Echo.quote(value))' är inte tillåtet (tillåtna värden: true, false; ja och nej går också)",
        en: "'\(question)': '\(Echo.quote(value))' is not allowed (allowed: true, false)")
    case .notWholeNumber(let question, let value):
      return LocalizedText(
        sv: "'\(question)': '\(Echo.quote(value))' är inte ett heltal (skriv t.ex. 3)",
        en: "'\(question)': '\(Echo.quote(value))' is not a whole number")
    case .notNumber(let question, let value):
      return LocalizedText(
        sv: "'\(question)': '\(Echo.quote(value))' är inte ett tal (skriv t.ex. 40 eller 12,5)",
        en: "'\(question)': '\(Echo.quote(value))' is not a number")
    case .tooSmall(let question, let value, let minimum):
      return LocalizedText(
        sv: "'\(question)': \(formatNumber(value)) är för litet (minst \(formatNumber(minimum)))",
        en: "'\(question)': \(formatNumber(value)) is too small (at least \(formatNumber(minimum)))")
    case .notDate(let question, let value):
      return LocalizedText(
        sv: "'\(question)': '\(Echo.quote(value))' är inte ett datum på formen ÅÅÅÅ-MM-DD (t.ex. 2027-03-01)",
        en: "'\(question)': '\(Echo.quote(value))' is not a date in the form YYYY-MM-DD")
    case .dateMissing(let question):
      return LocalizedText(
        sv: "'\(question)': här behövs ett datum på formen ÅÅÅÅ-MM-DD",
        en: "'\(question)': a date YYYY-MM-DD is needed")
    case .unknownStep(let question, let value):
      return LocalizedText(
        sv: "'\(question)': '\(Echo.quote(value))' är inte ett känt steg (stegens id står i planens JSON)",
        en: "'\(question)': '\(Echo.quote(value))' is not a known step id (see the plan's JSON for ids)")
    case .notList(let question):
      return LocalizedText(sv: "'\(question)' ska vara en lista", en: "'\(question)' must be a list")
    case .notSingleValue(let question):
      return LocalizedText(
        sv: "'\(question)' tar ett enda värde, inte en lista eller flera rader",
        en: "'\(question)' takes a single value, not a list or mapping")
    case .tooManyValues(let question, let limit):
      return LocalizedText(
        sv: "'\(question)' har fler än \(limit) värden", en: "'\(question)' lists more than \(limit) values")
    }
  }
}
