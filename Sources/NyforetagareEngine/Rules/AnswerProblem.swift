/// What is wrong with an answer, as a value: rendered in the founder's language where a
/// founder reads it, and in English (the CLI's language) in diagnostics.
public enum AnswerProblem: Sendable, Hashable {
  /// The name is not one of Sweden's kommuner; `suggestions` are the closest names, if any.
  case unknownKommun(question: String, name: String, suggestions: [String] = [])
  /// A name in a list of kommuner is not one of Sweden's kommuner.
  case unknownKommunInList(question: String, name: String, suggestions: [String] = [])
  /// A saved answer to a question the content no longer asks.
  case noLongerAsked(question: String)

  /// The problem in a language.
  public func text(_ language: Language) -> String {
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
        en: "'\(question)': '\(name)' is not one of Sweden's 290 kommuner (\(hint.en))"
      )[language]
    case .noLongerAsked(let question):
      return LocalizedText(
        sv: "frågan '\(Echo.quote(question))' ställs inte längre; svaret togs bort",
        en: "question '\(Echo.quote(question))' is no longer asked; its answer was dropped"
      )[language]
    }
  }
}
