import NyforetagareEngine

/// What the founder has told the program: answers, data, cases, and the language they read.
/// Part of the ``Session``; the plan is computed from it.
public struct Founder: Sendable, Hashable {
  /// The answers to the interview.
  public var answers: Answers
  /// The data typed on the data sheet.
  public var data: FounderData
  /// The case records, by step id.
  public var cases: [String: CaseRecord]
  /// The language shown.
  public var language: Language
  /// The day the plan was created.
  public var created: Day
  /// The plan's id (calendar UIDs stay the same across exports), given when it is first saved.
  public var planID: String?

  /// Creates a founder's record.
  public init(
    answers: Answers = Answers(), data: FounderData = FounderData(), cases: [String: CaseRecord] = [:],
    language: Language, created: Day
  ) {
    self.answers = answers
    self.data = data
    self.cases = cases
    self.language = language
    self.created = created
  }
}
