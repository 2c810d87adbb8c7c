/// Evaluates conditions against a founder's answers with three-valued logic.
///
/// A test on a question that is not asked (its `asked_when` is false) is false; a test on a
/// question that is asked but not answered is unknown.
public struct RuleEvaluator: Sendable {
  /// The landscape.
  public let landscape: Landscape
  /// The answers.
  public let answers: Answers

  /// Creates an evaluator.
  public init(landscape: Landscape, answers: Answers) {
    self.landscape = landscape
    self.answers = answers
  }

  /// Whether a question is asked, given the answers so far.
  public func isAsked(_ question: Question) -> Truth {
    guard let c = question.askedWhen else { return .yes }
    return truth(of: c, depth: 0)
  }

  /// The truth of a condition.
  public func truth(of condition: Condition) -> Truth { truth(of: condition, depth: 0) }

  /// Whether a step applies (its `applies_when`).
  public func applies(_ step: Step) -> Truth {
    guard let c = step.appliesWhen else { return .yes }
    return truth(of: c, depth: 0)
  }

  func truth(of condition: Condition, depth: Int) -> Truth {
    // Depth guards against cycles in step references in unchecked content.
    if depth > 64 { return .unknown }
    switch condition {
    case .always:
      return .yes
    case .all(let parts):
      var result = Truth.yes
      for p in parts {
        switch truth(of: p, depth: depth + 1) {
        case .no: return .no
        case .unknown: result = .unknown
        case .yes: continue
        }
      }
      return result
    case .any(let parts):
      var result = Truth.no
      for p in parts {
        switch truth(of: p, depth: depth + 1) {
        case .yes: return .yes
        case .unknown: result = .unknown
        case .no: continue
        }
      }
      return result
    case .not(let inner):
      return truth(of: inner, depth: depth + 1).negated
    case .step(let id, _):
      guard let step = landscape.step(id) else { return .no }
      guard let c = step.appliesWhen else { return .yes }
      return truth(of: c, depth: depth + 1)
    case .question(let test):
      return evaluate(test, depth: depth)
    }
  }

  func evaluate(_ test: QuestionTest, depth: Int) -> Truth {
    // The question's condition read in place: copying a question out retains all its texts.
    guard let q = landscape.questionPosition(test.question) else { return .no }
    if let c = landscape.questions[q].askedWhen {
      let asked = truth(of: c, depth: depth + 1)
      if asked == .no { return .no }
    }
    guard let answer = answers[test.question] else { return .unknown }
    let result: Bool
    switch test.test {
    case .equals(let value):
      switch (value, answer) {
      case (.string(let s), .choice(let a)): result = s == a
      case (.string(let s), .kommun(let a)): result = Landscape.foldKommun(s) == Landscape.foldKommun(a)
      case (.bool(let b), .bool(let a)): result = b == a
      case (.number(let n), _): result = answer.numberValue == n
      default: result = false
      }
    case .oneOf(let values):
      switch answer {
      case .choice(let a): result = values.contains(a)
      case .kommun(let a): result = values.contains { Landscape.foldKommun($0) == Landscape.foldKommun(a) }
      default: result = false
      }
    case .above(let n): result = (answer.numberValue ?? -.infinity) > n
    case .atLeast(let n): result = (answer.numberValue ?? -.infinity) >= n
    case .below(let n): result = (answer.numberValue ?? .infinity) < n
    case .notEmpty(let want):
      if case .list(let items) = answer { result = items.isEmpty != want } else { result = !want }
    }
    return result ? .yes : .no
  }

  /// The answers (and steps) that decide a condition's truth, for "why" and "why not".
  public func reasons(for condition: Condition?, truth expected: Truth) -> [Reason] {
    var seen: Set<Reason> = []
    var result: [Reason] = []
    for r in collect(condition ?? .always, expected: expected, depth: 0) where seen.insert(r).inserted {
      result.append(r)
    }
    return result
  }

  private func collect(_ condition: Condition, expected: Truth, depth: Int) -> [Reason] {
    if depth > 64 { return [] }
    switch condition {
    case .always:
      return [.always]
    case .all(let parts), .any(let parts):
      let isAll: Bool
      if case .all = condition { isAll = true } else { isAll = false }
      let actual = parts.map { ($0, truth(of: $0, depth: depth + 1)) }
      let chosen: [Condition]
      switch (isAll, expected) {
      case (true, .yes), (false, .no): chosen = actual.map(\.0)
      case (true, .no), (false, .yes): chosen = actual.filter { $0.1 == expected }.map(\.0)
      case (_, .unknown): chosen = actual.filter { $0.1 == .unknown }.map(\.0)
      }
      return chosen.flatMap { collect($0, expected: truth(of: $0, depth: depth + 1), depth: depth + 1) }
    case .not(let inner):
      return collect(inner, expected: expected.negated, depth: depth + 1)
    case .step(let id, _):
      let applies = truth(of: condition, depth: depth + 1)
      // A step that only may apply is not "a step that does not apply": name the questions
      // still open in its own condition instead ("Kan gälla dig – svara på: Lokal").
      if applies == .unknown, let c = landscape.step(id)?.appliesWhen {
        return collect(c, expected: .unknown, depth: depth + 1)
      }
      return [.step(id, applies: applies == .yes)]
    case .question(let test):
      guard let q = landscape.questionPosition(test.question) else { return [] }
      if let c = landscape.questions[q].askedWhen, truth(of: c, depth: depth + 1) == .no {
        return collect(c, expected: .no, depth: depth + 1)
      }
      if answers[test.question] == nil { return [.unanswered(test.question)] }
      return [.answer(test.question)]
    }
  }
}

/// One thing that decides whether a step applies.
public enum Reason: Sendable, Hashable {
  /// It always applies.
  case always
  /// The founder's answer to a question.
  case answer(String)
  /// A question not yet answered.
  case unanswered(String)
  /// Another step applies (or does not).
  case step(String, applies: Bool)
}
