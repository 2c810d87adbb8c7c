/// One answer to one question.
public enum AnswerValue: Sendable, Hashable {
  case choice(String)
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case date(Day)
  case kommun(String)
  case list([String])

  /// The answer as a number, when it is one.
  public var numberValue: Double? {
    switch self {
    case .integer(let i): return Double(i)
    case .number(let d): return d
    default: return nil
    }
  }
}

/// A founder's answers: question id → value. A question left out is unknown.
public struct Answers: Sendable, Hashable {
  /// The answers by question id.
  public var values: [String: AnswerValue]

  /// Creates answers.
  public init(_ values: [String: AnswerValue] = [:]) {
    self.values = values
  }

  /// The answer to a question, or nil when unknown.
  public subscript(_ id: String) -> AnswerValue? {
    get { values[id] }
    set { values[id] = newValue }
  }

  /// The question ids the planner reads itself (``kommun``, ``openingDate``, ``alreadyDone``);
  /// lint asks content to mark them `plan_input`.
  public static let plannerReads = ["kommun", "opening_date", "already_done"]

  /// The steps named as already done.
  public var alreadyDone: [String] {
    if case .list(let ids) = values["already_done"] { return ids }
    return []
  }

  /// The chosen kommun's name.
  public var kommun: String? {
    if case .kommun(let name) = values["kommun"] { return name }
    return nil
  }

  /// The desired opening day.
  public var openingDate: Day? {
    if case .date(let day) = values["opening_date"] { return day }
    return nil
  }
}
