import NyforetagareEngine

/// What is impossible in a saved plan, as a value (``PlanCheck`` finds them): the data item,
/// case or field, the value as saved and why. ``text(_:)`` says it in Swedish or English.
public enum PlanProblem: Sendable, Hashable {
  /// A data value is over-long or holds a control character.
  case dataText(id: String, reason: LocalizedText)
  /// A data value fails its item's check (an organisationsnummer's check digit).
  case badData(id: String, value: String, reason: LocalizedText)
  /// A case record holds an impossible text or date.
  case badCase(step: String, reason: LocalizedText)
  /// The text being typed when the program stopped is over-long or holds a control character.
  case draft(reason: LocalizedText)
  /// The plan was last saved before it was created.
  case updatedBeforeCreated(updated: Day, created: Day)

  /// The problem in a language, in one short line.
  public func text(_ language: Language) -> String {
    switch self {
    case .dataText(let id, let reason):
      return LocalizedText(
        sv: "uppgiften '\(Echo.quote(id))': \(reason.sv)", en: "data '\(Echo.quote(id))': \(reason.en)")[language]
    case .badData(let id, let value, let reason):
      let (i, v) = (Echo.quote(id), Echo.quote(value))
      return LocalizedText(
        sv: "uppgiften '\(i)': '\(v)': \(reason.sv)", en: "data '\(i)': '\(v)': \(reason.en)")[language]
    case .badCase(let step, let reason):
      return LocalizedText(
        sv: "ärendet '\(Echo.quote(step))': \(reason.sv)", en: "case '\(Echo.quote(step))': \(reason.en)")[language]
    case .draft(let reason):
      return LocalizedText(sv: "texten som skrevs: \(reason.sv)", en: "draft: \(reason.en)")[language]
    case .updatedBeforeCreated(let updated, let created):
      return LocalizedText(
        sv: "'updated' (\(updated.iso)) ligger före 'created' (\(created.iso))",
        en: "'updated' (\(updated.iso)) is before 'created' (\(created.iso))")[language]
    }
  }
}
