import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// The kommun: type to search, ↑↓ to choose, Enter to answer.
struct KommunInput: AnswerInput {
  var search = KommunSearch()
  /// Whether the highlighted kommun was chosen: by an earlier answer, by typing or by moving
  /// in the list. Enter on an untouched list does not pick its first name (no silent answer).
  var chosen = false

  init(_ question: Question, answer: AnswerValue?, _ env: Env) {
    chosen = answer != nil
    if case .kommun(let name)? = answer,
      let i = search.matches(env.landscape).firstIndex(where: { $0.name == name })
    {
      search.list = ListView(selection: i)
    }
  }

  var isTyping: Bool { true }
  var draftText: String? { nil }

  mutating func layout(_ area: Rect, _ question: Question, _ env: Env) {
    search.layout(area, env.landscape)
  }

  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult {
    if let result = search.update(key, env.landscape) {
      if result == .handled { chosen = true }
      return result
    }
    if key == .enter {
      guard chosen || !search.field.text.isEmpty else {
        return .error(
          env.text.t(
            "Skriv kommunens namn (eller början av det) och tryck Enter.",
            "Type the kommun's name (or its first letters) and press Enter."))
      }
      guard let k = search.list.selected(in: search.matches(env.landscape)) else {
        return .error(
          env.text.t("Ingen kommun matchar – skriv färre bokstäver.", "No kommun matches – type fewer letters."))
      }
      return .answer(.kommun(k.name))
    }
    return search.edit(key)
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)? {
    search.view(into: &buffer, area, env) { $0.name + "  " + $0.lan }
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      (text.type, text.search), ("↑↓", text.choose),
      ("Enter", text.next), ("Esc", text.back), ("F1", text.help),
      ("Ctrl-C", text.quit),
    ]
  }
}
