/// Which data items this plan's forms ask for, and the values the interview already gave.
public struct DataNeeds: Sendable {
  let landscape: Landscape
  let answers: Answers
  let evaluator: RuleEvaluator

  /// Creates the needs for a founder's answers.
  public init(landscape: Landscape, answers: Answers) {
    self.landscape = landscape
    self.answers = answers
    self.evaluator = RuleEvaluator(landscape: landscape, answers: answers)
  }

  /// Whether forms ask for the item: its `applies_when` is not *no* (unknown counts as asked).
  public func asks(_ id: String) -> Bool {
    guard let c = landscape.dataItem(id)?.appliesWhen else { return true }
    return evaluator.truth(of: c) != .no
  }

  /// The item's value from the interview (`from_answer`), when that question was answered:
  /// a choice's Swedish label (the forms are Swedish), a kommun's name, a date, a number.
  public func answerValue(_ id: String) -> String? {
    guard let item = landscape.dataItem(id), let qid = item.fromAnswer, let q = landscape.question(qid),
      let value = answers[qid]
    else { return nil }
    switch value {
    case .choice(let c): return q.value(c)?.label.sv ?? c
    case .kommun(let k): return landscape.kommun(named: k)?.name ?? k
    case .date(let d): return d.iso
    case .integer(let n): return String(n)
    case .number(let d): return String(d)
    case .bool, .list: return nil
    }
  }
}
