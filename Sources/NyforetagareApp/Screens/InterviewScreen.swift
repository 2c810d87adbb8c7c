import NyforetagareEngine
import TerminalUI

/// One question at a time, with why it is asked and the live effect on the plan. The input is
/// the question kind's own type (see ``AnswerInputs``).
struct InterviewScreen: Screen {
  /// The question shown.
  var questionID: String?
  var input: any AnswerInput = SkippedInput()
  var fieldError: String?
  /// Where the input sits, from the last layout.
  var inputArea = Rect(x: 0, y: 0, width: 0, height: 0)

  var route: Route { .interview }

  /// The screen at the first unanswered question (or the first question).
  static func start(_ landscape: Landscape, _ answers: Answers, _ env: Env) -> InterviewScreen {
    let asked = askedQuestions(landscape, answers)
    var screen = InterviewScreen()
    screen.show(asked.first { answers[$0.id] == nil } ?? asked.first, answers, env)
    return screen
  }

  /// The screen at a question.
  static func at(_ question: Question?, _ answers: Answers, _ env: Env) -> InterviewScreen {
    var screen = InterviewScreen()
    screen.show(question, answers, env)
    return screen
  }

  /// The questions asked, given the answers so far (the list changes as answers do).
  static func askedQuestions(_ landscape: Landscape, _ answers: Answers) -> [Question] {
    let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
    return landscape.questions.filter { $0.kind != .stepList && evaluator.isAsked($0) != .no }
  }

  func question(_ env: Env) -> Question? { questionID.flatMap { env.landscape.question($0) } }

  mutating func show(_ question: Question?, _ answers: Answers, _ env: Env) {
    questionID = question?.id
    fieldError = nil
    guard let q = question else { return }
    input = AnswerInputs.make(for: q, answer: answers[q.id], env)
  }

  func isTyping(_ env: Env) -> Bool { question(env) != nil && input.isTyping }

  func draft(_ env: Env) -> PlanDocument.Draft? {
    guard let id = questionID, let text = input.draftText else { return nil }
    return PlanDocument.Draft(kind: .answer, id: id, text: text)
  }

  func title(_ env: Env) -> String {
    let asked = Self.askedQuestions(env.landscape, env.answers)
    let position = (asked.firstIndex { $0.id == questionID } ?? 0) + 1
    return env.text.t("Fråga \(position) av ungefär \(asked.count)", "Question \(position) of about \(asked.count)")
  }

  /// The left column's width and where the answer starts below the wrapped question.
  func columns(_ env: Env) -> (leftWidth: Int, rightX: Int, rightWidth: Int) {
    let leftWidth = env.width * 3 / 5 - 3
    let rightX = env.width * 3 / 5 + 1
    return (leftWidth, rightX, env.width - rightX - 2)
  }

  mutating func layout(_ env: Env) {
    guard let q = question(env) else { return }
    let leftWidth = columns(env).leftWidth
    let top = env.area.y + 2 + DisplayWidth.wrap(q.text[env.language], to: leftWidth).count + 1
    let bottom = env.area.maxY - 3
    inputArea = Rect(x: 2, y: top, width: leftWidth, height: bottom - top)
    input.layout(inputArea, q, env)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    guard let q = question(env) else { return Outcome(.pop) }
    switch input.update(key, q, env) {
    case .handled:
      return .none
    case .edited:
      fieldError = nil
      return .none
    case .error(let message):
      fieldError = message
      return .none
    case .back:
      return previous(env, founder.answers)
    case .skip:
      return next(env, founder.answers)
    case .answer(let value):
      founder.answers[q.id] = value
      var outcome = next(env, founder.answers)
      outcome.changed = true
      return outcome
    }
  }

  mutating func next(_ env: Env, _ answers: Answers) -> Outcome {
    let questions = env.landscape.questions
    guard let id = questionID, let index = questions.firstIndex(where: { $0.id == id }) else { return .none }
    let later = Self.askedQuestions(env.landscape, answers).first { q in
      (questions.firstIndex { $0.id == q.id } ?? 0) > index
    }
    if let later {
      show(later, answers, env)
      return .none
    }
    return Outcome(.reset([WelcomeScreen(), PlanScreen()]))
  }

  mutating func previous(_ env: Env, _ answers: Answers) -> Outcome {
    let questions = env.landscape.questions
    guard let id = questionID, let index = questions.firstIndex(where: { $0.id == id }) else { return .none }
    let earlier = Self.askedQuestions(env.landscape, answers).last { q in
      (questions.firstIndex { $0.id == q.id } ?? 0) < index
    }
    guard let earlier else { return Outcome(.pop) }
    show(earlier, answers, env)
    return .none
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    guard let q = question(env) else { return }
    let text = env.text
    let area = env.area
    let asked = Self.askedQuestions(env.landscape, env.answers)
    let position = (asked.firstIndex { $0.id == q.id } ?? 0) + 1
    // Progress bar.
    let barWidth = area.width - 4
    let filled = asked.isEmpty ? 0 : barWidth * (position - 1) / asked.count
    buffer.write(
      String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled), x: 2, y: area.y,
      style: .dim)
    let (leftWidth, rightX, rightWidth) = columns(env)
    var y = area.y + 2
    for l in DisplayWidth.wrap(q.text[env.language], to: leftWidth) {
      buffer.write(l, x: 2, y: y, style: .heading)
      y += 1
    }
    // Why we ask.
    var ry = area.y + 2
    buffer.write(text.t("Varför vi frågar", "Why we ask"), x: rightX, y: ry, style: .dim)
    ry += 1
    if let help = q.help {
      for l in DisplayWidth.wrap(help[env.language], to: rightWidth) where ry < area.maxY - 3 {
        buffer.write(l, x: rightX, y: ry, style: .dim)
        ry += 1
      }
    }
    if let cursor = input.view(into: &buffer, inputArea, q, env) { buffer.cursor = cursor }
    if let fieldError {
      let lines = DisplayWidth.wrap("⚠ " + fieldError, to: area.width - 4).prefix(2)
      for (i, line) in lines.enumerated() {
        let y = area.maxY - 1 - lines.count + i
        buffer.fill(x: 0, y: y, width: area.width, height: 1, style: .normal)
        buffer.write(line, x: 2, y: y, style: .error, maxWidth: area.width - 4)
      }
    }
    buffer.fill(x: 0, y: area.maxY - 1, width: area.width, height: 1, style: .dim)
    buffer.write(" " + liveLine(env), x: 0, y: area.maxY - 1, style: .dim, maxWidth: area.width)
  }

  /// The live line: what the answers mean so far.
  func liveLine(_ env: Env) -> String {
    guard let plan = env.plan else { return "" }
    let text = env.text
    let steps = plan.entries.filter { $0.step.kind != .milestone }.count
    let checks = plan.entries.filter { $0.status == .check }.count
    var line = text.t(
      "Just nu: \(steps) steg · tidigaste öppning \(plan.earliestOpening.iso)",
      "So far: \(steps) steps · earliest opening \(plan.earliestOpening.iso)")
    if checks > 0 { line += text.t(" · \(checks) att kontrollera", " · \(checks) to check") }
    return line
  }

  func keyBar(_ env: Env) -> [(String, String)] { input.keyBar(env.text) }
}
