import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// A gate: a yes/no question before a detail. Nothing is chosen at first (no silent "Ja");
/// "Nej" sets the detail's answers at once, "Ja" opens the detail.
struct GateInput: TurnInput {
  /// The option chosen: 0 yes, 1 no, 2 don't know; nil until the founder chooses.
  var choice: Int?

  init(_ turn: Interview.Turn, answers: Answers, _ env: Env) {
    switch Interview(landscape: env.landscape).gateAnswer(turn, answers: answers) {
    case true?: choice = 0
    case false?: choice = 1
    case nil: choice = turn.ids.allSatisfy { answers[$0] == nil } ? nil : 2
    }
  }

  var isTyping: Bool { false }
  var draftText: String? { nil }

  mutating func layout(_ area: Rect, _ turn: Interview.Turn, _ env: Env) {}

  mutating func update(_ key: Key, _ turn: Interview.Turn, _ env: Env) -> TurnResult {
    switch key {
    case .up: choice = max(0, (choice ?? 1) - 1)
    case .down: choice = min(2, (choice ?? -1) + 1)
    case .character("j"), .character("y"): return answer(0, turn)
    case .character("n"): return answer(1, turn)
    case .enter:
      guard let choice else {
        return .error(
          env.text.t("Välj Ja, Nej eller Vet inte med ↑↓ först.", "Choose Yes, No or Don't know with ↑↓ first."))
      }
      return answer(choice, turn)
    case .escape, .left, .backspace: return .back
    default: break
    }
    return .handled
  }

  func answer(_ option: Int, _ turn: Interview.Turn) -> TurnResult {
    switch option {
    case 0: return .answers([:], details: [turn.screen.id], understood: nil)
    case 1:
      var result: [String: AnswerValue?] = [:]
      for id in turn.ids { result[id] = .some(turn.screen.whenNo[id]) }
      return .answers(result, details: [], understood: nil)
    default:
      var result: [String: AnswerValue?] = [:]
      for id in turn.ids { result[id] = .some(nil) }
      return .answers(result, details: [], understood: nil)
    }
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ turn: Interview.Turn, _ env: Env) -> (x: Int, y: Int)? {
    let text = env.text
    var y = area.y
    for line in DisplayWidth.wrap((turn.screen.gate ?? turn.title)[env.language], to: area.width) {
      buffer.write(line, x: area.x, y: y, style: .heading)
      y += 1
    }
    y += 1
    var cursor: (x: Int, y: Int)?
    for (i, label) in [text.yes, text.no, text.unknownOption].enumerated() where y < area.maxY {
      let selected = i == choice
      buffer.write(
        DisplayWidth.pad((selected ? "▸ " : "  ") + label, to: area.width), x: area.x, y: y,
        style: selected ? .selected : .normal)
      if selected { cursor = (area.x, y) }
      y += 1
    }
    return cursor
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      ("↑↓", text.choose), ("j/n", text.t("Ja/Nej", "Yes/No")), ("Enter", text.next),
      ("Esc", text.back), ("?", text.help),
    ]
  }
}
