/// The interview walked for a whole set of answers, as `nyforetagare questions --answers`
/// prints it and as the tests count it.
extension Interview {
  /// The screens the interview shows a founder whose answers are these, in order. A question
  /// the answers leave out is answered "don't know" when its screen comes.
  public func path(for answers: Answers) -> [Turn] {
    var known = Answers()
    for q in landscape.questions where q.kind == .stepList { known[q.id] = answers[q.id] }
    var asked: Set<String> = []
    var turns: [Turn] = []
    while turns.count < 2 * screens.count + 2, let turn = next(answers: known, asked: asked) {
      // The screen's rows with the founder's answers ticked in (a follow-up row shows when the
      // box it follows is ticked), counting only what the shown rows answer.
      var revealed = known
      for id in turn.screen.questionIDs + gates(hostedBy: turn.screen).flatMap(\.questionIDs) {
        revealed[id] = answers[id]
      }
      var shown = self.turn(turn.screen, answers: revealed, asked: asked)
      revealed = known
      for id in shown.ids { revealed[id] = answers[id] }
      shown = self.turn(turn.screen, answers: revealed, asked: asked)
      for id in shown.ids { known[id] = answers[id] }
      asked.formUnion(turn.ids)
      asked.formUnion(shown.ids)
      turns.append(shown)
      for gate in [shown] + shown.hosted where gate.screen.kind == .gate {
        if gateAnswer(gate, answers: answers) == true {
          turns.append(Turn(screen: gate.screen, part: .detail, items: gate.items))
        }
      }
    }
    return turns
  }

  /// How a founder with these answers answers a gate: false when its rows hold exactly what
  /// "no" sets, nil when they are all unanswered, true otherwise.
  public func gateAnswer(_ turn: Turn, answers: Answers) -> Bool? {
    let ids = turn.ids
    if ids.allSatisfy({ answers[$0] == nil }) { return nil }
    if ids.allSatisfy({ id in answers[id].map { same($0, turn.screen.whenNo[id]) } ?? false }) { return false }
    return true
  }

  /// The questions counted as asked once a turn is confirmed with these answers.
  public func asked(after turn: Turn, answers: Answers, asked: Set<String>) -> Set<String> {
    let shown = self.turn(turn.screen, answers: answers, asked: asked)
    return asked.union(turn.ids).union(shown.ids)
  }

  /// The answers a checklist gives when exactly the boxes at these positions are ticked:
  /// a yes/no question is yes when its box is ticked and no otherwise; a choice question takes
  /// its ticked box's value, else the screen's `otherwise` value, else stays unanswered.
  public func checklistAnswers(_ screen: Screen, rows: [Screen.Item], ticked: Set<Int>) -> [String: AnswerValue?] {
    var result: [String: AnswerValue?] = [:]
    for (i, row) in rows.enumerated() {
      guard let question = landscape.question(row.question) else { continue }
      let on = ticked.contains(i)
      if let value = row.value {
        if on {
          result[row.question] = .some(.choice(value))
        } else if result[row.question] == nil {
          result[row.question] = .some(screen.otherwise[row.question].map { .choice($0) })
        }
      } else if question.kind == .bool {
        result[row.question] = .some(.bool(on))
      }
    }
    return result
  }

  private func same(_ a: AnswerValue, _ b: AnswerValue?) -> Bool {
    guard let b else { return false }
    if let x = a.numberValue, let y = b.numberValue { return x == y }
    return a == b
  }
}
