import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// The kommun: type to search, ↑↓ to choose, Enter to answer.
struct KommunInput: AnswerInput {
  var search = KommunSearch()
  /// Whether the founder picked the row under the cursor: by an earlier answer or by moving in
  /// the list since the filter last changed. A typed filter highlights its first match too.
  /// Nothing is highlighted on an untouched list, and Enter there picks nothing (no silent
  /// answer): what is highlighted is what Enter chooses.
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

  /// Whether the list's selected row is highlighted (and Enter chooses it), if it has rows.
  var highlighted: Bool { chosen || !search.field.text.isEmpty }

  mutating func layout(_ area: Rect, _ question: Question, _ env: Env) {
    search.layout(area, env.landscape)
  }

  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult {
    // The first ↑ or ↓ on an untouched list highlights its first row.
    if key == .up || key == .down, !highlighted {
      chosen = true
      return .handled
    }
    if let result = search.update(key, env.landscape) {
      if result == .handled { chosen = true }
      return result
    }
    if key == .enter {
      guard let k = search.list.selected(in: search.matches(env.landscape)) else {
        return .error(
          env.text.t("Ingen kommun matchar – skriv färre bokstäver.", "No kommun matches – type fewer letters."))
      }
      guard highlighted else {
        return .error(
          env.text.t(
            "Skriv kommunens namn eller välj med ↑↓, och tryck Enter.",
            "Type the kommun's name or choose with ↑↓, then press Enter."))
      }
      return .answer(.kommun(k.name))
    }
    let result = search.edit(key)
    // A new filter starts the list from its top: only a typed filter highlights a row.
    if result == .edited { chosen = false }
    return result
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)? {
    search.view(into: &buffer, area, env, highlight: highlighted) { $0.name + "  " + $0.lan }
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      (text.type, text.search), ("↑↓", text.choose),
      ("Enter", text.next), ("Esc", text.back), ("F1", text.help),
      ("Ctrl-C", text.quit),
    ]
  }
}
