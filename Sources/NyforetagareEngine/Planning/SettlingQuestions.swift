/// The unanswered questions that decide whether some *check* steps apply.
enum SettlingQuestions {
  /// The unanswered questions in the conditions of `steps` (following `step:` references), in
  /// interview order.
  static func of(_ steps: [Step], landscape: Landscape, answers: Answers) -> [String] {
    var found: Set<String> = []
    var visited: Set<String> = []
    func walk(_ condition: Condition?) {
      guard let condition else { return }
      switch condition {
      case .always: return
      case .all(let parts), .any(let parts): parts.forEach(walk)
      case .not(let inner): walk(inner)
      case .question(let test): if answers[test.question] == nil { found.insert(test.question) }
      case .step(let id, _):
        guard visited.insert(id).inserted else { return }
        walk(landscape.step(id)?.appliesWhen)
      }
    }
    for step in steps where visited.insert(step.id).inserted { walk(step.appliesWhen) }
    return landscape.questions.map(\.id).filter { found.contains($0) }
  }
}
