import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// A gate's detail: a field per number (e.g. litres of gasol indoors and outdoors), read
/// forgivingly ("2 st P11", "44 liter") and saying what was understood; empty is "don't know".
struct FieldsInput: TurnInput {
  var fields: [TextField]
  var focus = 0

  init(_ turn: Interview.Turn, answers: Answers, _ env: Env) {
    fields = turn.items.map { item in
      guard let q = env.landscape.question(item.question), let a = answers[item.question] else { return TextField() }
      return TextField(env.explanation.display(a, for: q))
    }
  }

  var isTyping: Bool { true }
  var draftText: String? { nil }

  mutating func layout(_ area: Rect, _ turn: Interview.Turn, _ env: Env) {
    focus = min(focus, max(0, fields.count - 1))
  }

  mutating func update(_ key: Key, _ turn: Interview.Turn, _ env: Env) -> TurnResult {
    guard !fields.isEmpty else { return .skip }
    switch key {
    case .up:
      focus = max(0, focus - 1)
      return .handled
    case .down, .tab:
      focus = min(fields.count - 1, focus + 1)
      return .handled
    case .enter:
      if focus < fields.count - 1 {
        focus += 1
        return .handled
      }
      return read(turn, env)
    case .escape:
      return .back
    default:
      return fields[focus].handle(key) ? .edited : .handled
    }
  }

  /// Reads every field; the first that is not understood takes the focus and says why.
  mutating func read(_ turn: Interview.Turn, _ env: Env) -> TurnResult {
    var result: [String: AnswerValue?] = [:]
    var understood: [String] = []
    for (i, item) in turn.items.enumerated() {
      guard let q = env.landscape.question(item.question) else { continue }
      let raw = fields[i].text.trimmingCharacters(in: .whitespaces)
      if raw.isEmpty {
        result[q.id] = .some(nil)
        continue
      }
      switch InputReader.read(raw, for: q, landscape: env.landscape, today: env.today) {
      case .success(let reading):
        result[q.id] = .some(reading.value)
        if let u = reading.understood { understood.append(q.label[env.language] + ": " + u[env.language]) }
      case .failure(let problem):
        focus = i
        return .error(problem.message[env.language])
      }
    }
    return .answers(result, details: [], understood: understood.isEmpty ? nil : understood.joined(separator: " "))
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ turn: Interview.Turn, _ env: Env) -> (x: Int, y: Int)? {
    var cursor: (x: Int, y: Int)?
    var y = area.y
    for (i, item) in turn.items.enumerated() where y < area.maxY - 1 {
      guard let q = env.landscape.question(item.question) else { continue }
      for line in DisplayWidth.wrap(q.text[env.language], to: area.width) where y < area.maxY - 1 {
        buffer.write(line, x: area.x, y: y, style: i == focus ? .heading : .normal)
        y += 1
      }
      let cx = fields[i].draw(into: &buffer, x: area.x, y: y, width: min(30, area.width))
      if i == focus { cursor = (cx, y) }
      y += 2
    }
    let units = turn.items.compactMap { env.landscape.question($0.question) }.first?.units ?? []
    if !units.isEmpty, y < area.maxY {
      let hint = units.filter { $0.factor != 1 }.map { $0.label[env.language] }.joined(separator: " · ")
      for line in DisplayWidth.wrap(hint, to: area.width) where y < area.maxY {
        buffer.write(line, x: area.x, y: y, style: .dim, maxWidth: area.width)
        y += 1
      }
    }
    return cursor
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      ("↑↓/Tab", text.field), ("Enter", text.next), ("Esc", text.back),
      ("F1", text.help),
    ]
  }
}
