/// Decides, from the conditions in content alone, whether a question's answer can still change
/// the plan: some step's status (applies, may apply, not needed, already done) must differ
/// between two of the answers the question allows (or leaving it unanswered), given the answers
/// so far. A question the planner reads itself (`plan_input`) matters whenever it is asked.
///
/// Nothing here names a question or a step: the questions a step depends on are read off its
/// `applies_when` and `done_when`, through the steps they refer to and the `asked_when` of the
/// questions they test.
public struct Relevance: Sendable {
  /// The landscape.
  public let landscape: Landscape
  /// For each question id, the indices (in `landscape.steps`) of the steps that depend on it.
  let dependents: [String: [Int]]
  /// For each question id, the answers tried (nil: unanswered).
  let candidates: [String: [AnswerValue?]]
  /// For each step (by index), the questions its status depends on.
  let stepQuestions: [[String]]
  /// The most combinations of other unanswered questions tried for one step.
  static let completionLimit = 256

  /// Prepares the relevance of every question of a landscape.
  public init(landscape: Landscape) {
    self.landscape = landscape
    var dependents: [String: [Int]] = [:]
    var stepQuestions: [[String]] = []
    for (i, step) in landscape.steps.enumerated() {
      var seen: Set<String> = []
      var visitedSteps: Set<String> = [step.id]
      for c in Relevance.conditions(of: step) {
        Relevance.collect(c, landscape: landscape, into: &seen, visitedSteps: &visitedSteps)
      }
      for q in seen { dependents[q, default: []].append(i) }
      stepQuestions.append(seen.sorted())
    }
    self.dependents = dependents
    self.stepQuestions = stepQuestions
    var candidates: [String: [AnswerValue?]] = [:]
    let thresholds = Relevance.thresholds(landscape)
    for q in landscape.questions {
      candidates[q.id] = Relevance.values(of: q, thresholds: thresholds[q.id] ?? [], landscape: landscape) + [nil]
    }
    self.candidates = candidates
  }

  /// Every condition of a step that decides its status.
  static func conditions(of step: Step) -> [Condition] {
    [step.appliesWhen, step.doneWhen].compactMap { $0 }
  }

  /// Whether the answer to a question can still change the plan, given the answers so far.
  /// `settled` are questions already asked: one left unanswered stays unanswered.
  public func matters(_ questionID: String, given answers: Answers, settled: Set<String> = []) -> Bool {
    guard let question = landscape.question(questionID), question.kind != .stepList else { return false }
    if RuleEvaluator(landscape: landscape, answers: answers).isAsked(question) == .no { return false }
    if question.planInput { return true }
    return !decides(questionID, given: answers, settled: settled).isEmpty
  }

  /// The steps (indices in `landscape.steps`) whose status the answer can still change: for
  /// the answers so far and some answers to the step's other unanswered questions (every
  /// combination is tried, up to ``completionLimit``; beyond that, with them unanswered).
  /// `settled` are questions already asked: one left unanswered stays unanswered.
  public func decides(_ questionID: String, given answers: Answers, settled: Set<String> = []) -> Set<Int> {
    guard let steps = dependents[questionID], let tries = candidates[questionID] else { return [] }
    let done = Set(answers.alreadyDone)
    var result: Set<Int> = []
    for i in steps {
      let step = landscape.steps[i]
      if varies(step, questionID, tries, answers, done) {
        result.insert(i)
        continue
      }
      let open = stepQuestions[i].filter { $0 != questionID && answers[$0] == nil && !settled.contains($0) }
      let domains = open.map { id in (candidates[id] ?? []).compactMap { $0 } }
      let count = domains.reduce(1) { $0 * max(1, $1.count) }
      guard !open.isEmpty, count <= Relevance.completionLimit else { continue }
      var index = Array(repeating: 0, count: open.count)
      completions: for _ in 0..<count {
        var a = answers
        for (k, id) in open.enumerated() where !domains[k].isEmpty { a[id] = domains[k][index[k]] }
        if varies(step, questionID, tries, a, done) {
          result.insert(i)
          break completions
        }
        for k in open.indices {
          index[k] += 1
          if index[k] < max(1, domains[k].count) { break }
          index[k] = 0
        }
      }
    }
    return result
  }

  /// Whether the step's status differs between two of the tried answers.
  func varies(_ step: Step, _ id: String, _ tries: [AnswerValue?], _ answers: Answers, _ done: Set<String>) -> Bool {
    var first: StepAssessment.Status?
    for value in tries {
      var a = answers
      a[id] = value
      let status = Relevance.status(step, RuleEvaluator(landscape: landscape, answers: a), done: done)
      if let f = first, f != status { return true }
      first = status
    }
    return false
  }

  /// A step's status as ``Applicability/assess(_:answers:)`` decides it.
  static func status(_ step: Step, _ evaluator: RuleEvaluator, done: Set<String>) -> StepAssessment.Status {
    let truth = evaluator.applies(step)
    if truth == .no { return .notNeeded }
    if done.contains(step.id) { return .alreadyDone }
    if let doneWhen = step.doneWhen, evaluator.truth(of: doneWhen) == .yes { return .alreadyDone }
    return truth == .yes ? .applies : .check
  }

  static func collect(
    _ condition: Condition, landscape: Landscape, into seen: inout Set<String>, visitedSteps: inout Set<String>
  ) {
    switch condition {
    case .always: return
    case .all(let parts), .any(let parts):
      for p in parts { collect(p, landscape: landscape, into: &seen, visitedSteps: &visitedSteps) }
    case .not(let inner): collect(inner, landscape: landscape, into: &seen, visitedSteps: &visitedSteps)
    case .step(let id, _):
      guard visitedSteps.insert(id).inserted, let step = landscape.step(id) else { return }
      for c in conditions(of: step) { collect(c, landscape: landscape, into: &seen, visitedSteps: &visitedSteps) }
    case .question(let test):
      guard seen.insert(test.question).inserted else { return }
      if let q = landscape.questionPosition(test.question), let asked = landscape.questions[q].askedWhen {
        collect(asked, landscape: landscape, into: &seen, visitedSteps: &visitedSteps)
      }
    }
  }

  /// The numbers and names each question is compared with anywhere in content.
  static func thresholds(_ landscape: Landscape) -> [String: [ConditionValue]] {
    var result: [String: [ConditionValue]] = [:]
    func visit(_ c: Condition) {
      switch c {
      case .always, .step: return
      case .all(let parts), .any(let parts): parts.forEach(visit)
      case .not(let inner): visit(inner)
      case .question(let t):
        switch t.test {
        case .equals(let v): result[t.question, default: []].append(v)
        case .oneOf(let vs): result[t.question, default: []].append(contentsOf: vs.map { .string($0) })
        case .above(let n), .atLeast(let n), .below(let n): result[t.question, default: []].append(.number(n))
        case .notEmpty: return
        }
      }
    }
    for step in landscape.steps { conditions(of: step).forEach(visit) }
    for q in landscape.questions { if let c = q.askedWhen { visit(c) } }
    return result
  }

  /// Answers that between them take every branch of every test on the question.
  static func values(of q: Question, thresholds: [ConditionValue], landscape: Landscape) -> [AnswerValue] {
    switch q.kind {
    case .bool: return [.bool(true), .bool(false)]
    case .choice: return q.values.map { .choice($0.id) }
    case .integer, .number:
      let low = q.minimum ?? 0
      var points: Set<Double> = [low]
      let ts = thresholds.compactMap { v -> Double? in if case .number(let n) = v { return n } else { return nil } }
        .sorted()
      for t in ts { points.formUnion([t - 1, t, t + 1]) }
      for (a, b) in zip(ts, ts.dropFirst()) { points.insert((a + b) / 2) }
      let valid = points.filter { $0 >= low }.sorted()
      if q.kind == .integer {
        return Array(Set(valid.map { Int($0.rounded(.down)) })).sorted().map { .integer($0) }
      }
      return valid.map { .number($0) }
    case .kommun:
      let named = thresholds.compactMap { v -> String? in if case .string(let s) = v { return s } else { return nil } }
      let other = landscape.kommuner.first { k in
        !named.contains { Landscape.foldKommun($0) == Landscape.foldKommun(k.name) }
      }
      return (named + (other.map { [$0.name] } ?? [])).map { .kommun($0) }
    case .kommunList:
      return [.list([]), .list(landscape.kommuner.first.map { [$0.name] } ?? [])]
    case .date:
      return [.date(landscape.meta.date)]
    case .stepList:
      return []
    }
  }
}

extension Relevance {
  /// The questions left unanswered whose answer could still change the plan, in content order:
  /// what a plan says was read cautiously. A question the interview skipped is not among them.
  public func openQuestions(_ answers: Answers) -> [Question] {
    let answered = Set(answers.values.keys)
    return landscape.questions.filter {
      answers[$0.id] == nil && $0.kind != .stepList && matters($0.id, given: answers, settled: answered)
    }
  }
}
