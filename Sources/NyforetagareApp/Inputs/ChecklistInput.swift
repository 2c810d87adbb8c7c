import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// A checklist: a box per yes/no question, a round box per value of a choice question (they
/// exclude each other), a box per gate asked here. Nothing is ticked at first; confirming an
/// untouched checklist asks once whether none of it applies, unless every row was answered
/// before (then Enter keeps the answers: no change).
struct ChecklistInput: TurnInput {
  /// A box's state.
  enum Mark: Sendable, Hashable { case yes, unknown }

  /// One box as shown.
  struct Row: Sendable, Hashable {
    var key: String
    var label: String
    var question: String?
    var value: String?
    var gate: String?
  }

  var marks: [String: Mark] = [:]
  var touched = false
  var confirming = false
  var list = ListView()
  /// Whether the screen was answered before (then Enter on it untouched keeps its answers).
  let answeredBefore: Bool
  /// The questions asked before this screen (rows are worked out against them).
  let askedBefore: Set<String>
  let base: Answers

  init(_ turn: Interview.Turn, answers: Answers, _ env: Env, asked: Set<String> = []) {
    base = answers
    askedBefore = asked.subtracting(turn.ids)
    let interview = Interview(landscape: env.landscape)
    var marks: [String: Mark] = [:]
    for item in turn.items {
      switch answers[item.question] {
      case .bool(true)?: marks[item.question] = .yes
      case .choice(let v)? where v == item.value: marks[Self.key(item)] = .yes
      default: break
      }
    }
    // Opened again (Esc, or from the answers): a row left as "don't know" shows so.
    let seen = turn.ids.contains { answers[$0] != nil }
    for item in turn.items where seen && answers[item.question] == nil { marks[Self.key(item)] = .unknown }
    for gate in turn.hosted {
      switch interview.gateAnswer(gate, answers: answers) {
      case true?: marks["gate:" + gate.screen.id] = .yes
      case nil where seen: marks["gate:" + gate.screen.id] = .unknown
      case nil, false?: break
      }
    }
    self.marks = marks
    answeredBefore = seen
  }

  /// A box's label: its own, else its value's, else its question's.
  static func label(_ item: NyforetagareEngine.Screen.Item, _ env: Env) -> String {
    let q = env.landscape.question(item.question)
    return item.label?[env.language] ?? item.value.flatMap { q?.value($0)?.label[env.language] }
      ?? q?.label[env.language] ?? item.question
  }

  static func key(_ item: NyforetagareEngine.Screen.Item) -> String {
    item.value.map { item.question + "=" + $0 } ?? item.question
  }

  var isTyping: Bool { false }
  var draftText: String? { nil }

  /// The answers the boxes give now, over the founder's others.
  func pending(_ turn: Interview.Turn, _ env: Env) -> Answers {
    var a = base
    for (id, value) in answers(turn, env).answers { a[id] = value }
    return a
  }

  /// The boxes shown: the screen's rows for the boxes ticked so far (a follow-up row appears
  /// when the box it follows is ticked), then its gates.
  func rows(_ turn: Interview.Turn, _ env: Env) -> [Row] {
    let interview = Interview(landscape: env.landscape)
    var a = base
    for (id, value) in boxAnswers(turn.screen, turn.screen.items, env) { a[id] = value }
    let now = interview.turn(turn.screen, answers: a, asked: askedBefore, revisit: true)
    var rows: [Row] = now.items.map { item in
      Row(key: Self.key(item), label: Self.label(item, env), question: item.question, value: item.value, gate: nil)
    }
    for gate in now.hosted {
      let label = (gate.screen.box ?? gate.screen.title)[env.language]
      rows.append(Row(key: "gate:" + gate.screen.id, label: label, question: nil, value: nil, gate: gate.screen.id))
    }
    return rows
  }

  /// The answers of the boxes on these rows, as ``Interview/checklistAnswers(_:rows:ticked:)``
  /// reads them, with "don't know" for a box marked so.
  func boxAnswers(_ screen: NyforetagareEngine.Screen, _ items: [NyforetagareEngine.Screen.Item], _ env: Env)
    -> [String: AnswerValue?]
  {
    let ticked = Set(items.indices.filter { marks[Self.key(items[$0])] == .yes })
    var result = Interview(landscape: env.landscape).checklistAnswers(screen, rows: items, ticked: ticked)
    for item in items where marks[Self.key(item)] == .unknown { result[item.question] = .some(nil) }
    return result
  }

  /// Every answer the screen gives, and the gates answered yes.
  func answers(_ turn: Interview.Turn, _ env: Env) -> (answers: [String: AnswerValue?], details: [String]) {
    let shown = rows(turn, env)
    let shownKeys = Set(shown.map(\.key))
    let items = turn.screen.items.filter { shownKeys.contains(Self.key($0)) }
    var result = boxAnswers(turn.screen, items, env)
    var details: [String] = []
    for gate in turn.hosted where shownKeys.contains("gate:" + gate.screen.id) {
      switch marks["gate:" + gate.screen.id] {
      case .yes?: details.append(gate.screen.id)
      case .unknown?: for id in gate.ids { result[id] = .some(nil) }
      case nil: for id in gate.ids { result[id] = .some(gate.screen.whenNo[id]) }
      }
    }
    return (result, details)
  }

  /// The lines of each row: its box and label, wrapped under the label; a blank line first
  /// where a group of round boxes (one question's values) starts or ends.
  static func lines(_ rows: [Row], width: Int) -> [[String]] {
    rows.enumerated().map { i, row in
      let label = DisplayWidth.wrap(row.label, to: max(10, width - 6))
      guard i > 0 else { return label }
      let before = rows[i - 1]
      let newGroup = before.question != row.question && (before.value != nil || row.value != nil)
      return newGroup ? [""] + label : label
    }
  }

  func preferredHeight(_ width: Int, _ turn: Interview.Turn, _ env: Env) -> Int {
    Self.lines(rows(turn, env), width: width).map(\.count).reduce(0, +) + 2
  }

  /// The rows the list shows (the area less the hint line and a blank row above it).
  static func listHeight(_ area: Rect) -> Int { max(1, area.height - 2) }

  mutating func layout(_ area: Rect, _ turn: Interview.Turn, _ env: Env) {
    let rows = rows(turn, env)
    let heights = Self.lines(rows, width: area.width).map(\.count)
    let height = Self.listHeight(area)
    list.fit(count: rows.count, height: max(1, height / 2))
    // Rows are one or more lines: scroll by lines so the selected row shows whole.
    var top = min(list.offset, list.selection)
    while top < list.selection && heights[top...list.selection].reduce(0, +) > height { top += 1 }
    list.offset = max(0, top)
  }

  /// The hint under the list: what the two kinds of box mean, or the question asked before
  /// an untouched checklist is confirmed.
  func hint(_ turn: Interview.Turn, _ rows: [Row], _ text: Words) -> String {
    if confirming {
      return text.t(
        "Inget är kryssat. Enter: inget av detta gäller · Esc: kryssa",
        "Nothing is ticked. Enter: none of this applies · Esc: tick")
    }
    var parts: [String] = []
    let groups = Set(rows.filter { $0.value != nil }.compactMap(\.question))
    if groups.contains(where: { turn.screen.otherwise[$0] == nil }) {
      parts.append(text.t("( ) välj ett", "( ) choose one"))
    } else if !groups.isEmpty {
      parts.append(text.t("( ) högst ett", "( ) at most one"))
    }
    if rows.contains(where: { $0.value == nil }) {
      parts.append(text.t("[ ] kryssa i allt som stämmer", "[ ] tick all that apply"))
    }
    parts.append(text.t("v = vet inte", "v = don't know"))
    return parts.joined(separator: " · ")
  }

  mutating func update(_ key: Key, _ turn: Interview.Turn, _ env: Env) -> TurnResult {
    let rows = rows(turn, env)
    if confirming {
      confirming = false
      if key == .enter { return submit(turn, env) }
      if key == .escape { return .handled }
    }
    if list.handle(key, count: rows.count) { return .handled }
    guard let row = list.selected(in: rows) else { return key == .escape ? .back : .handled }
    switch key {
    case .character(" "), .character("x"), .character("X"):
      touched = true
      toggle(row, rows)
      return .handled
    case .character("v"), .character("V"):
      touched = true
      marks[row.key] = marks[row.key] == .unknown ? nil : .unknown
      if let q = row.question, row.value != nil {
        for other in rows where other.question == q && other.value != nil && other.key != row.key {
          marks[other.key] = marks[row.key] == .unknown ? .unknown : nil
        }
      }
      return .handled
    case .enter:
      if let missing = unansweredChoice(turn, rows, env) {
        return .error(
          env.text.t(
            "Kryssa i ett av alternativen för ”\(missing)” (eller v för vet inte).",
            "Tick one of the options for “\(missing)” (or v for don't know)."))
      }
      if !touched && !answeredBefore {
        confirming = true
        return .handled
      }
      return submit(turn, env)
    case .escape, .left, .backspace:
      return .back
    default:
      return .handled
    }
  }

  /// The label of a choice question shown as boxes with none ticked and no `otherwise` to
  /// fall back on: leaving it empty would answer nothing, so the founder must choose (or say
  /// "don't know").
  func unansweredChoice(_ turn: Interview.Turn, _ rows: [Row], _ env: Env) -> String? {
    var seen: Set<String> = []
    for row in rows where row.value != nil {
      guard let id = row.question, seen.insert(id).inserted, turn.screen.otherwise[id] == nil else { continue }
      let group = rows.filter { $0.question == id && $0.value != nil }
      if group.allSatisfy({ marks[$0.key] == nil }) {
        return env.landscape.question(id)?.label[env.language] ?? id
      }
    }
    return nil
  }

  mutating func toggle(_ row: Row, _ rows: [Row]) {
    let on = marks[row.key] != .yes
    marks[row.key] = on ? .yes : nil
    guard on, let q = row.question, row.value != nil else { return }
    for other in rows where other.question == q && other.value != nil && other.key != row.key {
      marks[other.key] = nil
    }
  }

  func submit(_ turn: Interview.Turn, _ env: Env) -> TurnResult {
    let (answers, details) = answers(turn, env)
    return .answers(answers, details: details, understood: nil)
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ turn: Interview.Turn, _ env: Env) -> (x: Int, y: Int)? {
    let rows = rows(turn, env)
    let lines = Self.lines(rows, width: area.width)
    let bottom = area.y + Self.listHeight(area)
    var cursor: (x: Int, y: Int)?
    var y = area.y
    var whole = list.offset - 1
    for (i, row) in rows.enumerated().dropFirst(list.offset) where y < bottom {
      let selected = i == list.selection
      let round = row.value != nil
      let box: String
      switch marks[row.key] {
      case .yes?: box = round ? "(•)" : "[x]"
      case .unknown?: box = round ? "(?)" : "[?]"
      case nil: box = round ? "( )" : "[ ]"
      }
      if y + lines[i].count <= bottom { whole = i }
      var first = true
      for line in lines[i] where y < bottom {
        defer { y += 1 }
        if line.isEmpty && first { continue }  // the gap before a group
        let lead = first ? (selected ? "▸ " : "  ") + box + " " : "      "
        buffer.write(
          DisplayWidth.pad(lead + line, to: area.width), x: area.x, y: y, style: selected ? .selected : .normal)
        if selected && first { cursor = (area.x, y) }
        first = false
      }
    }
    let more = list.offset > 0 || whole < rows.count - 1
    let hint = hint(turn, rows, env.text) + (more ? env.text.t(" · ↑↓ fler", " · ↑↓ more") : "")
    buffer.write(hint, x: area.x, y: area.maxY - 1, style: confirming ? .warning : .dim, maxWidth: area.width)
    return cursor
  }

  func keyBar(_ text: Words) -> [(String, String)] {
    [
      ("↑↓", text.t("Flytta", "Move")), (text.t("Blanksteg", "Space"), text.t("Kryssa", "Tick")),
      ("v", text.t("Vet inte", "Don't know")), ("Enter", text.next),
      ("Esc", text.back), ("?", text.help),
    ]
  }
}
