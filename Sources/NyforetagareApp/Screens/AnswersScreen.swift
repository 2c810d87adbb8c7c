import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// All answers on one screen (`i` from the plan): a line per interview screen with what was
/// answered; Enter opens that screen to change it, and confirming it comes back here. The plan
/// and every recorded case are kept.
struct AnswersScreen: Screen {
  var list = ListView()
  var route: Route { .answers }

  func title(_ env: Env) -> String { env.text.t("Dina svar", "Your answers") }

  /// The interview's screens for the answers given, each with its answers in words.
  static func rows(_ env: Env) -> [(turn: Interview.Turn, title: String, summary: String)] {
    Interview(landscape: env.landscape).path(for: env.answers).map { turn in
      (turn, turn.title[env.language], summary(turn, env))
    }
  }

  /// A screen's answers in words: a lone question's answer; on a checklist what is ticked
  /// (and what is not known), or "none of these".
  static func summary(_ turn: Interview.Turn, _ env: Env) -> String {
    let text = env.text
    let interview = Interview(landscape: env.landscape)
    switch (turn.screen.kind, turn.part) {
    case (.checklist, _):
      var ticked: [String] = []
      var unknown: [String] = []
      for item in turn.items {
        switch env.answers[item.question] {
        case .bool(true)?: ticked.append(ChecklistInput.label(item, env))
        case .choice(let v)? where v == item.value: ticked.append(ChecklistInput.label(item, env))
        case nil:
          let label =
            item.value == nil
            ? ChecklistInput.label(item, env) : env.landscape.question(item.question)?.label[env.language]
          if let label, !unknown.contains(label) { unknown.append(label) }
        default: break
        }
      }
      for gate in turn.hosted {
        switch interview.gateAnswer(gate, answers: env.answers) {
        case true?: ticked.append((gate.screen.box ?? gate.screen.title)[env.language])
        case nil: unknown.append((gate.screen.box ?? gate.screen.title)[env.language])
        case false?: break
        }
      }
      var words = ticked.isEmpty ? [text.t("Inget av detta", "None of these")] : ticked
      if !unknown.isEmpty { words.append(text.t("vet inte: ", "don't know: ") + unknown.joined(separator: ", ")) }
      return words.joined(separator: " · ")
    case (.gate, .main):
      switch interview.gateAnswer(turn, answers: env.answers) {
      case true?: return text.yes
      case false?: return text.no
      case nil: return text.unknownOption
      }
    case (.question, _), (.gate, .detail):
      return turn.items.compactMap { item -> String? in
        guard let q = env.landscape.question(item.question) else { return nil }
        let value = env.answers[item.question].map { env.explanation.display($0, for: q) } ?? text.unknownOption
        return turn.screen.kind == .question ? value : q.label[env.language] + ": " + value
      }.joined(separator: " · ")
    }
  }

  mutating func layout(_ env: Env) {
    list.fit(count: Self.rows(env).count, height: max(1, (env.area.height - 2) / 2))
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    let rows = Self.rows(env)
    if list.handle(key, count: rows.count) { return .none }
    switch key {
    case .enter, .right:
      guard let row = list.selected(in: rows) else { return .none }
      return Outcome(.push(InterviewScreen.editing(row.turn, founder.answers, env)))
    case .escape, .left, .backspace, .character("i"):
      return Outcome(.pop)
    default:
      return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    let area = env.area
    buffer.write(
      env.text.t("Välj ett svar och tryck Enter för att ändra det.", "Choose an answer and press Enter to change it."),
      x: 2, y: area.y, style: .dim, maxWidth: area.width - 4)
    var y = area.y + 2
    for (i, row) in Self.rows(env).enumerated().dropFirst(list.offset) where y < area.maxY - 1 {
      let selected = i == list.selection
      buffer.write(
        DisplayWidth.pad((selected ? "▸ " : "  ") + row.title, to: area.width - 2), x: 1, y: y,
        style: selected ? .selected : .heading)
      buffer.write("    " + row.summary, x: 1, y: y + 1, style: .dim, maxWidth: area.width - 2)
      if selected { buffer.cursor = (1, y) }
      y += 2
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    return [
      ("↑↓", text.choose), ("Enter", text.t("Ändra", "Change")), ("Esc", text.t("Planen", "The plan")),
      ("?", text.help), ("q", text.quit),
    ]
  }
}
