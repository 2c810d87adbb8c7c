/// Checks of the interview's screens and of the interview-only question fields.
extension ContentLinter {
  static func checkScreens(_ landscape: Landscape, sink: DiagnosticSink) {
    let stepIDs = Set(landscape.steps.map(\.id))
    var placedOn: [String: String] = [:]
    for screen in landscape.screens {
      for id in screen.questionIDs {
        if let other = placedOn[id] {
          sink.error("question '\(id)' is on screen '\(other)' and again on '\(screen.id)'", at: screen.location)
        }
        placedOn[id] = screen.id
      }
      for item in screen.items {
        guard let question = landscape.question(item.question) else {
          sink.error("unknown question '\(item.question)' on screen '\(screen.id)'", at: item.location)
          continue
        }
        checkItem(item, question: question, screen: screen, sink: sink)
      }
      checkOtherwise(screen, landscape: landscape, sink: sink)
      if screen.kind == .gate {
        for id in screen.questionIDs where screen.whenNo[id] == nil {
          sink.error("gate '\(screen.id)' sets no answer for '\(id)' in when_no", at: screen.location)
        }
        for id in screen.whenNo.keys.sorted() where !screen.questionIDs.contains(id) {
          sink.error("gate '\(screen.id)': when_no sets '\(id)', which the gate does not ask", at: screen.location)
        }
      }
      if let host = screen.host {
        if !landscape.screens.contains(where: { $0.id == host && $0.kind == .checklist }) {
          sink.error("gate '\(screen.id)': host '\(host)' is not a checklist screen", at: screen.location)
        }
      }
      for note in screen.notes {
        checkCondition(note.when, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: true)
      }
    }
    for question in landscape.questions {
      if !question.units.isEmpty && question.kind != .number && question.kind != .integer {
        sink.error("only a number or integer question has 'units'", at: question.location)
      }
    }
    for id in Answers.plannerReads {
      if let q = landscape.question(id), !q.planInput {
        sink.error("question '\(id)' is read by the planner itself; mark it 'plan_input: true'", at: q.location)
      }
    }
  }

  static func checkItem(_ item: Screen.Item, question: Question, screen: Screen, sink: DiagnosticSink) {
    if question.kind == .stepList {
      sink.error("question '\(question.id)' (a step list) is not asked on a screen", at: item.location)
    }
    switch screen.kind {
    case .question:
      if item.value != nil { sink.error("a question screen's row has no 'value'", at: item.location) }
    case .checklist:
      switch question.kind {
      case .bool:
        if item.value != nil {
          sink.error("the box for yes/no question '\(question.id)' has no 'value'", at: item.location)
        }
      case .choice:
        guard let value = item.value else {
          sink.error(
            "a checklist shows choice question '\(question.id)' as one box per value: give 'value'",
            at: item.location)
          return
        }
        if question.value(value) == nil {
          let allowed = question.values.map(\.id).joined(separator: ", ")
          sink.error("'\(value)' is not a value of question '\(question.id)' (allowed: \(allowed))", at: item.location)
        }
      default:
        sink.error(
          "a checklist holds yes/no and choice questions, not '\(question.id)' (\(question.kind.rawValue))",
          at: item.location)
      }
    case .gate:
      if item.value != nil { sink.error("a gate's detail row has no 'value'", at: item.location) }
    }
  }

  static func checkOtherwise(_ screen: Screen, landscape: Landscape, sink: DiagnosticSink) {
    for (id, value) in screen.otherwise.sorted(by: { $0.key < $1.key }) {
      guard let question = landscape.question(id), question.kind == .choice,
        screen.items.contains(where: { $0.question == id && $0.value != nil })
      else {
        sink.error("otherwise: '\(id)' is not a choice question with boxes on '\(screen.id)'", at: screen.location)
        continue
      }
      if question.value(value) == nil {
        sink.error("otherwise: '\(value)' is not a value of question '\(id)'", at: screen.location)
      }
      if screen.items.contains(where: { $0.question == id && $0.value == value }) {
        sink.error("otherwise: '\(value)' of '\(id)' also has a box of its own", at: screen.location)
      }
    }
  }
}
