import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// Several kommuner: type to search, Tab (or space with an empty filter) marks, Enter answers.
struct KommunListInput: AnswerInput {
  var search = KommunSearch()
  var chosen: [String]

  init(answer: AnswerValue?) {
    if case .list(let names)? = answer { chosen = names } else { chosen = [] }
  }

  var isTyping: Bool { true }
  var draftText: String? { nil }

  mutating func layout(_ area: Rect, _ question: Question, _ env: Env) {
    search.layout(area, env.landscape)
  }

  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult {
    if let result = search.update(key, env.landscape) { return result }
    switch key {
    case .tab,
      .character(" ") where search.field.text.isEmpty:
      guard let name = search.list.selected(in: search.matches(env.landscape))?.name else { return .handled }
      if let i = chosen.firstIndex(of: name) {
        chosen.remove(at: i)
      } else {
        chosen.append(name)
      }
      return .handled
    case .enter:
      return .answer(.list(chosen))
    default:
      return search.edit(key)
    }
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)? {
    let text = env.text
    let cursor = search.view(into: &buffer, area, env) {
      (chosen.contains($0.name) ? "[x] " : "[ ] ") + $0.name + "  " + $0.lan
    }
    let names = chosen.isEmpty ? text.t("inga valda", "none chosen") : chosen.joined(separator: ", ")
    buffer.write(text.t("Valda: ", "Chosen: ") + names, x: area.x, y: area.maxY, style: .dim, maxWidth: area.width)
    return cursor
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      (text.type, text.search), ("↑↓", text.choose),
      ("Tab", text.t("Markera", "Mark")), ("Enter", text.next), ("Esc", text.back),
      ("F1", text.help),
    ]
  }
}
