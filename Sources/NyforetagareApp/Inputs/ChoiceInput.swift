import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// A choice or a yes/no question: a list of options, with "Vet inte" last when allowed.
struct ChoiceInput: AnswerInput {
  var list: ListView
  /// Whether an option is chosen: none is until the founder moves, unless they had answered
  /// before (no silent "Ja").
  var chosen = true

  init(_ question: Question, answer: AnswerValue?, _ env: Env) {
    chosen = answer != nil
    let options = Self.optionIDs(for: question)
    var selected = 0
    switch answer {
    case .choice(let id)?: selected = options.firstIndex(of: id) ?? 0
    case .bool(let b)?: selected = b ? 0 : 1
    default: selected = 0
    }
    list = ListView(selection: selected)
  }

  var isTyping: Bool { false }
  var draftText: String? { nil }

  /// The option ids; "" is "Vet inte".
  static func optionIDs(for q: Question) -> [String] {
    var ids = q.kind == .bool ? ["true", "false"] : q.values.map(\.id)
    if q.allowsUnknown { ids.append("") }
    return ids
  }

  static func labels(for q: Question, _ env: Env) -> [String] {
    let text = env.text
    return optionIDs(for: q).map { id in
      if id.isEmpty { return text.unknownOption }
      if q.kind == .bool { return id == "true" ? text.yes : text.no }
      return q.value(id)?.label[env.language] ?? id
    }
  }

  mutating func layout(_ area: Rect, _ question: Question, _ env: Env) {
    list.fit(count: Self.optionIDs(for: question).count, height: area.height)
  }

  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult {
    let ids = Self.optionIDs(for: question)
    if !chosen, key == .down || key == .up {
      chosen = true
      return .handled
    }
    if list.handle(key, count: ids.count) {
      chosen = true
      return .handled
    }
    switch key {
    case .enter, .right:
      guard chosen else {
        return .error(
          env.text.t(
            "Välj ett svar med ↑↓ först (eller Vet inte).", "Choose an answer with ↑↓ first (or Don't know)."))
      }
      let id = list.selected(in: ids) ?? ""
      if id.isEmpty { return .answer(nil) }
      return .answer(question.kind == .bool ? .bool(id == "true") : .choice(id))
    case .left, .escape, .backspace:
      return .back
    case .character("y") where question.kind == .bool:
      return .answer(.bool(true))
    case .character("n") where question.kind == .bool:
      return .answer(.bool(false))
    default:
      return .handled
    }
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)? {
    var cursor: (x: Int, y: Int)?
    var y = area.y
    for (i, label) in Self.labels(for: question, env).enumerated().dropFirst(list.offset) where y < area.maxY {
      let selected = chosen && i == list.selection
      if !chosen && i == list.offset { cursor = (area.x, y) }
      let mark = selected ? "▸ " : "  "
      buffer.write(
        DisplayWidth.pad(mark + label, to: area.width), x: area.x, y: y, style: selected ? .selected : .normal)
      if selected { cursor = (area.x, y) }
      y += 1
    }
    return cursor
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      ("↑↓", text.choose), ("Enter", text.next), ("←/Esc", text.back),
      ("?", text.help), ("q", text.quit),
    ]
  }
}
