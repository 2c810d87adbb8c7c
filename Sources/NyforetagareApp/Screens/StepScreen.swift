import NyforetagareEngine
import TerminalUI

/// One step in full (see ``StepDetail``), scrolled; `s` opens the form for the case's state.
struct StepScreen: Screen {
  let id: String
  var scroll = ScrollView()
  var editor: CaseEditor?
  /// The text at the width shown, from the last layout.
  var lines: [(String, Style)] = []

  init(id: String) {
    self.id = id
  }

  var route: Route { .step(id) }

  func title(_ env: Env) -> String { env.landscape.step(id)?.title[env.language] ?? id }

  func isTyping(_ env: Env) -> Bool { editor.map { $0.focus != .state } ?? false }

  /// The rows the text may use: all but the last, which holds the position.
  func textArea(_ env: Env) -> Rect {
    Rect(x: 2, y: env.area.y, width: env.width - 4, height: env.area.height - 1)
  }

  mutating func layout(_ env: Env) {
    let area = textArea(env)
    lines = StepDetail.lines(id, width: area.width, env)
    scroll.fit(count: lines.count, visible: area.height)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    if var editor {
      if key == .escape {
        self.editor = nil
        return .none
      }
      guard editor.handle(key) else {
        self.editor = editor
        return .none
      }
      switch editor.record(merging: founder.cases[id]) {
      case .failure:
        editor.error = env.text.t("Skriv datumet som ÅÅÅÅ-MM-DD.", "Write the date as YYYY-MM-DD.")
        self.editor = editor
        return .none
      case .success(let record):
        if let problem = record.problem(today: env.today) {
          editor.error = problem[env.language]
          self.editor = editor
          return .none
        }
        founder.cases[id] = record
        self.editor = nil
        return Outcome(message: env.text.t("Ärendet uppdaterat.", "The case was updated."), changed: true)
      }
    }
    switch key {
    case .escape, .left, .backspace:
      return Outcome(.pop)
    case .character("s"), .character("ä"):
      if env.landscape.step(id)?.kind != .milestone {
        editor = CaseEditor(stepID: id, record: founder.cases[id], today: env.today)
      }
    case .character("d"), .character("u"):
      return Outcome(.push(DataSheetScreen()))
    default:
      scroll.handle(key)
    }
    return .none
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    let area = textArea(env)
    var y = area.y
    for (l, style) in lines.dropFirst(scroll.offset) where y < area.maxY {
      buffer.write(l, x: area.x, y: y, style: style, maxWidth: area.width)
      y += 1
    }
    buffer.cursor = (area.x, area.y)
    if lines.count > area.height {
      let last = min(lines.count, scroll.offset + area.height)
      let pos = env.text.t(
        "rad \(scroll.offset + 1)–\(last) av \(lines.count)", "lines \(scroll.offset + 1)–\(last) of \(lines.count)")
      buffer.write(pos, x: env.width - DisplayWidth.of(pos) - 1, y: area.maxY, style: .dim)
    }
    if let editor { drawEditor(&buffer, editor, env) }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    if editor != nil {
      return [
        ("←→", text.t("Läge", "State")), ("Tab ↑↓", text.field), ("Enter", text.save),
        ("Esc", text.cancel),
      ]
    }
    return [
      ("↑↓ PgUp PgDn", text.scroll), ("s", text.t("Ärendet", "Case")),
      ("d", text.t("Uppgifter", "My data")),
    ] + Chrome.backHelpQuit(text)
  }

  func drawEditor(_ buffer: inout CellBuffer, _ editor: CaseEditor, _ env: Env) {
    let text = env.text
    let width = env.width
    let height = env.height
    let boxHeight = 10
    let y0 = height - 2 - boxHeight
    buffer.fill(x: 0, y: y0, width: width, height: boxHeight, style: .normal)
    buffer.write(String(repeating: "─", count: width), x: 0, y: y0, style: .dim)
    buffer.write(" " + text.t("Ärendets läge", "The case") + " ", x: 2, y: y0, style: .heading)
    let labels = [
      text.t("Läge", "State"),
      editor.needsDate ? text.t("Datum", "Date") : text.t("Datum (behövs ej)", "Date (not needed)"),
      text.t("Diarienummer", "Reference"),
      editor.state == .notApplicable ? text.t("Varför inte", "Why not") : text.t("Anteckning", "Note"),
      text.t("Handläggare", "Case officer"),
    ]
    var cursor: (Int, Int) = (2, y0 + 1)
    for (i, label) in labels.enumerated() {
      let y = y0 + 1 + i * 2 - (i > 0 ? i - 1 : 0)
      let focused = editor.focus.rawValue == i
      buffer.write(DisplayWidth.pad(label, to: 20), x: 2, y: y, style: focused ? .heading : .dim)
      switch i {
      case 0:
        let value = "◂ " + text.caseState(editor.state) + " ▸"
        buffer.write(value, x: 23, y: y, style: focused ? .selected : .normal)
        if focused { cursor = (23, y) }
      case 1:
        let cx = editor.date.draw(into: &buffer, x: 23, y: y, width: 12)
        if focused { cursor = (cx, y) }
      case 2:
        let cx = editor.reference.draw(into: &buffer, x: 23, y: y, width: min(30, width - 25))
        if focused { cursor = (cx, y) }
      case 3:
        let cx = editor.note.draw(into: &buffer, x: 23, y: y, width: width - 25)
        if focused { cursor = (cx, y) }
      default:
        let cx = editor.contact.draw(into: &buffer, x: 23, y: y, width: width - 25)
        if focused { cursor = (cx, y) }
      }
    }
    if let error = editor.error {
      buffer.write("⚠ " + error, x: 2, y: y0 + boxHeight - 1, style: .error, maxWidth: width - 4)
    }
    buffer.cursor = cursor
  }
}
