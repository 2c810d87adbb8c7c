import NyforetagareEngine
import TerminalUI

/// The interview, a screen at a time: the engine chooses each next screen (``Interview``) and
/// the screen's kind chooses its input (``TurnInputs``). Shows why we ask and the live effect.
struct InterviewScreen: Screen {
  /// The screen shown.
  var turn: Interview.Turn?
  var input: any TurnInput = SingleInput()
  var fieldError: String?
  /// The questions asked so far (a question left as "don't know" counts).
  var asked: Set<String> = []
  /// The screens shown before, for Esc.
  var history: [Interview.Turn] = []
  /// Gate details still to show.
  var details: [Interview.Turn] = []
  /// Opened from the answers summary: confirming returns there.
  var returnsToSummary = false
  /// About how many screens the interview has, for the title.
  var estimate = 0
  /// Where the input sits, from the last layout.
  var inputArea = Rect(x: 0, y: 0, width: 0, height: 0)
  /// On a screen of several rows: the help lines shown under the heading, from the last layout.
  var helpShown: [String] = []

  var route: Route { .interview }

  /// The screen at the first screen not yet answered.
  static func start(_ landscape: Landscape, _ answers: Answers, _ env: Env) -> InterviewScreen {
    var screen = InterviewScreen()
    screen.asked = Set(answers.values.keys)
    let interview = Interview(landscape: landscape)
    let first = interview.next(answers: answers, asked: screen.asked) ?? interview.next(answers: answers, asked: [])
    screen.show(first, answers, env)
    return screen
  }

  /// The screen that asks a question, opened again with its answers (nil: the first screen).
  static func at(_ question: Question?, _ answers: Answers, _ env: Env) -> InterviewScreen {
    let interview = Interview(landscape: env.landscape)
    guard let question, let spec = interview.screens.first(where: { $0.questionIDs.contains(question.id) })
    else { return start(env.landscape, Answers(), env) }
    var screen = InterviewScreen()
    screen.asked = Set(answers.values.keys)
    screen.show(interview.turn(spec, answers: answers, asked: screen.asked, revisit: true), answers, env)
    return screen
  }

  /// A screen opened from the answers summary, to change its answers and return.
  static func editing(_ turn: Interview.Turn, _ answers: Answers, _ env: Env) -> InterviewScreen {
    var screen = InterviewScreen()
    screen.asked = Set(answers.values.keys)
    screen.returnsToSummary = true
    let interview = Interview(landscape: env.landscape)
    let fresh =
      turn.part == .detail ? turn : interview.turn(turn.screen, answers: answers, asked: screen.asked, revisit: true)
    screen.show(fresh, answers, env)
    return screen
  }

  /// The first question on the screen shown.
  func question(_ env: Env) -> Question? { turn?.items.first.flatMap { env.landscape.question($0.question) } }

  mutating func show(_ next: Interview.Turn?, _ answers: Answers, _ env: Env) {
    turn = next
    fieldError = nil
    guard let next else { return }
    input = TurnInputs.make(for: next, answers: answers, asked: asked, env)
    estimate = max(history.count + 1, Interview(landscape: env.landscape).path(for: answers).count)
  }

  func isTyping(_ env: Env) -> Bool { turn != nil && input.isTyping }

  func draft(_ env: Env) -> PlanDocument.Draft? {
    guard let id = question(env)?.id, let text = input.draftText else { return nil }
    return PlanDocument.Draft(kind: .answer, id: id, text: text)
  }

  func title(_ env: Env) -> String {
    if returnsToSummary { return env.text.t("Ändra dina svar", "Change your answers") }
    let position = history.count + 1
    return env.text.t(
      "Skärm \(position) av ungefär \(max(position, estimate))",
      "Screen \(position) of about \(max(position, estimate))")
  }

  func columns(_ env: Env) -> (leftWidth: Int, rightX: Int, rightWidth: Int) {
    let leftWidth = env.width * 3 / 5 - 3
    let rightX = env.width * 3 / 5 + 1
    return (leftWidth, rightX, env.width - rightX - 2)
  }

  /// The heading: a lone question's text, else the screen's title.
  func heading(_ env: Env) -> String {
    guard let turn else { return "" }
    if turn.screen.kind == .question, let q = question(env) { return q.text[env.language] }
    return turn.title[env.language]
  }

  /// Whether the screen uses the whole width (several rows: a checklist, a gate, a detail),
  /// its help under the heading; a lone question has "why we ask" in a column of its own.
  func isWide(_ turn: Interview.Turn) -> Bool { turn.screen.kind != .question }

  mutating func layout(_ env: Env) {
    guard let turn else { return }
    let bottom = env.area.maxY - 3
    if isWide(turn) {
      let width = env.width - 4
      var top = env.area.y + 2 + DisplayWidth.wrap(heading(env), to: width).count
      // Help takes what the rows leave, at least two lines; the help box (?) has all of it.
      let help = helpTexts(turn, env).flatMap { DisplayWidth.wrap($0, to: width) }
      let room = max(2, bottom - top - 1 - input.preferredHeight(width, turn, env))
      helpShown = Array(help.prefix(room))
      if help.count > room, let last = helpShown.popLast() {
        helpShown.append(DisplayWidth.truncate(last + " …", to: width - 12) + env.text.t(" (? = mer)", " (? = more)"))
      }
      top += helpShown.count + 1
      inputArea = Rect(x: 2, y: top, width: width, height: bottom - top)
    } else {
      helpShown = []
      let leftWidth = columns(env).leftWidth
      let top = env.area.y + 2 + DisplayWidth.wrap(heading(env), to: leftWidth).count + 1
      inputArea = Rect(x: 2, y: top, width: leftWidth, height: bottom - top)
    }
    input.layout(inputArea, turn, env)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    guard let turn else { return Outcome(.pop) }
    switch input.update(key, turn, env) {
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
    case .answers(let values, let gates, let understood):
      for (id, value) in values { founder.answers[id] = value }
      let interview = Interview(landscape: env.landscape)
      asked = interview.asked(after: turn, answers: founder.answers, asked: asked)
      history.append(turn)
      for id in gates {
        let gate = ([turn] + turn.hosted).first { $0.screen.id == id } ?? turn
        details.append(Interview.Turn(screen: gate.screen, part: .detail, items: gate.items))
      }
      var outcome = next(env, founder.answers)
      outcome.changed = true
      outcome.message = understood
      return outcome
    }
  }

  mutating func next(_ env: Env, _ answers: Answers) -> Outcome {
    if !details.isEmpty {
      show(details.removeFirst(), answers, env)
      return .none
    }
    if returnsToSummary { return Outcome(.pop) }
    if let following = Interview(landscape: env.landscape).next(answers: answers, asked: asked) {
      show(following, answers, env)
      return .none
    }
    return Outcome(.reset([WelcomeScreen(), PlanScreen()]))
  }

  mutating func previous(_ env: Env, _ answers: Answers) -> Outcome {
    guard !returnsToSummary else { return Outcome(.pop) }
    details = []
    if let last = history.popLast() {
      // Asked again: the screens after it come again, as its new answers decide.
      asked.subtract(last.ids)
      if let current = turn { asked.subtract(current.ids) }
      show(last, answers, env)
      return .none
    }
    // Opened part-way (a resumed plan, a kiosk's preset kommun): the screen before this one on
    // the path for the answers given.
    let interview = Interview(landscape: env.landscape)
    let path = interview.path(for: answers)
    guard let current = turn, let i = path.firstIndex(where: { $0.screen.id == current.screen.id }), i > 0 else {
      return Outcome(.pop)
    }
    let earlier = path[i - 1]
    show(
      earlier.part == .detail ? earlier : interview.turn(earlier.screen, answers: answers, asked: asked, revisit: true),
      answers, env)
    return .none
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    guard let turn else { return }
    let text = env.text
    let area = env.area
    let position = history.count + 1
    let total = max(position, estimate)
    let barWidth = area.width - 4
    let filled = barWidth * (position - 1) / max(1, total)
    if !returnsToSummary {
      buffer.write(
        String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled), x: 2, y: area.y,
        style: .dim)
    }
    var y = area.y + 2
    if isWide(turn) {
      for l in DisplayWidth.wrap(heading(env), to: env.width - 4) {
        buffer.write(l, x: 2, y: y, style: .heading)
        y += 1
      }
      for l in helpShown {
        buffer.write(l, x: 2, y: y, style: .dim)
        y += 1
      }
    } else {
      let (leftWidth, rightX, rightWidth) = columns(env)
      for l in DisplayWidth.wrap(heading(env), to: leftWidth) {
        buffer.write(l, x: 2, y: y, style: .heading)
        y += 1
      }
      var ry = area.y + 2
      buffer.write(text.t("Varför vi frågar", "Why we ask"), x: rightX, y: ry, style: .dim)
      ry += 1
      for help in helpTexts(turn, env) {
        for l in DisplayWidth.wrap(help, to: rightWidth) where ry < area.maxY - 3 {
          buffer.write(l, x: rightX, y: ry, style: .dim)
          ry += 1
        }
        ry += 1
      }
    }
    if let cursor = input.view(into: &buffer, inputArea, turn, env) { buffer.cursor = cursor }
    if let fieldError {
      buffer.write("⚠ " + fieldError, x: 2, y: area.maxY - 2, style: .error, maxWidth: area.width - 4)
    }
    buffer.fill(x: 0, y: area.maxY - 1, width: area.width, height: 1, style: .dim)
    buffer.write(" " + liveLine(env), x: 0, y: area.maxY - 1, style: .dim, maxWidth: area.width)
  }

  /// Why we ask: the screen's help (or the lone question's), then notes whose condition holds.
  func helpTexts(_ turn: Interview.Turn, _ env: Env) -> [String] {
    var result: [String] = []
    if let help = turn.screen.help ?? question(env)?.help { result.append(help[env.language]) }
    let evaluator = RuleEvaluator(landscape: env.landscape, answers: env.answers)
    // A gate's notes belong to its question and detail, not to the checklist hosting it.
    for note in turn.screen.notes where evaluator.truth(of: note.when) == .yes {
      result.append(note.text[env.language])
    }
    return result
  }

  func help(_ env: Env) -> [(String, Style)] {
    guard let turn else { return Help.lines(env.text) }
    let width = min(70, env.width - 8)
    var lines: [(String, Style)] = [(turn.title[env.language], .heading)]
    for help in helpTexts(turn, env) {
      lines += DisplayWidth.wrap(help, to: width).map { ($0, Style.normal) }
      lines.append(("", .normal))
    }
    return lines + Help.lines(env.text).suffix(5)
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
    if checks > 0 { line += text.toCheck(checks) }
    return line
  }

  func keyBar(_ env: Env) -> [(String, String)] { input.keyBar(env.text) }
}
