import NyforetagareEngine
import TerminalUI

/// "Mina uppgifter": every datum the applications ask for, typed once; Enter edits one.
struct DataSheetScreen: Screen {
  var list = ListView()
  /// The data item being edited, if any.
  var editing: String?
  var field = TextField()
  var fieldError: String?
  /// The rows the list uses, from the last layout.
  var listArea = Rect(x: 0, y: 0, width: 0, height: 0)

  var route: Route { .dataSheet }

  func title(_ env: Env) -> String { env.text.myData }

  func isTyping(_ env: Env) -> Bool { editing != nil }

  func draft(_ env: Env) -> PlanDocument.Draft? {
    editing.map { PlanDocument.Draft(kind: .data, id: $0, text: field.text) }
  }

  /// The data items in the plan, in sheet order.
  static func items(_ env: Env) -> [Plan.DataUsage] { env.plan?.dataUsage ?? [] }

  func intro(_ env: Env) -> [String] {
    guard let plan = env.plan else { return [] }
    let items = Self.items(env)
    let filled = items.filter { $0.value != nil }.count
    let text = env.text.t(
      "Ansökningarna frågar efter \(plan.entriesWithoutPrefill) uppgifter – men bara \(items.count) olika. Du skriver var och en en gång; du sparar \(plan.prefillSaving) inmatningar. Ifyllda: \(filled) av \(items.count). * = personuppgift.",
      "The applications ask for \(plan.entriesWithoutPrefill) entries – but only \(items.count) different ones. You type each once and save \(plan.prefillSaving) entries. Filled in: \(filled) of \(items.count). * = personal data."
    )
    return DisplayWidth.wrap(text, to: env.width - 2)
  }

  mutating func layout(_ env: Env) {
    let top = env.area.y + intro(env).count + 1
    let bottom = env.area.maxY - 1 - (editing == nil ? 0 : 5)
    listArea = Rect(x: 1, y: top, width: env.width - 2, height: bottom - top)
    list.fit(count: Self.items(env).count, height: listArea.height)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    if let editing {
      switch key {
      case .enter:
        guard let item = env.landscape.dataItem(editing) else { return .none }
        let raw = field.text
        if raw.trimmingCharacters(in: .whitespaces).isEmpty {
          founder.data[editing] = nil
          stopEditing()
          return Outcome(changed: true)
        }
        switch DataValidator.validate(raw, kind: item.kind) {
        case .valid(let normalized):
          founder.data[editing] = normalized
          stopEditing()
          return Outcome(message: env.text.t("Sparat: ", "Saved: ") + item.label[env.language], changed: true)
        case .invalid(let m):
          fieldError = m[env.language]
        }
      case .escape:
        stopEditing()
      default:
        if field.handle(key) { fieldError = nil }
      }
      return .none
    }
    let items = Self.items(env)
    if list.handle(key, count: items.count) { return .none }
    switch key {
    case .enter, .right:
      guard let item = list.selected(in: items) else { return .none }
      edit(item.item.id, text: founder.data[item.item.id] ?? "")
      return .none
    case .escape, .left, .backspace:
      return Outcome(.pop)
    default:
      return .none
    }
  }

  /// Starts editing an item with a text in the field.
  mutating func edit(_ id: String, text: String) {
    editing = id
    field = TextField(text)
    fieldError = nil
  }

  mutating func stopEditing() {
    editing = nil
    fieldError = nil
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    guard env.plan != nil else { return }
    let text = env.text
    let width = env.width
    let language = env.language
    var y = env.area.y
    for l in intro(env) {
      buffer.write(l, x: 1, y: y, style: .dim)
      y += 1
    }
    let items = Self.items(env)
    let labelWidth = 34
    let countWidth = 16
    let valueWidth = width - 2 - labelWidth - countWidth - 2
    y = listArea.y
    for (i, u) in items.enumerated().dropFirst(list.offset) where y < listArea.maxY {
      let selected = i == list.selection
      let label = (u.item.isPersonal ? "* " : "  ") + u.item.label[language]
      var value = u.value ?? "(" + text.missing + ")"
      // Asked for only for answers not yet given: said so, never shown as applying.
      if let plan = env.plan, let open = PendingData.openQuestions(of: u, in: plan, landscape: env.landscape) {
        let labels = open.map { env.landscape.question($0)?.label[language] ?? $0 }
        value += " · " + text.mayBeNeeded(labels)
      }
      let count = text.t("används i \(u.steps.count)", "used in \(u.steps.count)")
      let line =
        DisplayWidth.pad(label, to: labelWidth) + " " + DisplayWidth.pad(value, to: valueWidth) + " "
        + DisplayWidth.pad(count, to: countWidth)
      let style: Style = selected ? .selected : (u.value == nil ? .dim : .normal)
      buffer.write(line, x: 1, y: y, style: style, maxWidth: width - 2)
      if selected && editing == nil { buffer.cursor = (1, y) }
      y += 1
    }
    guard let editing, let item = env.landscape.dataItem(editing) else { return }
    var ey = listArea.maxY
    buffer.fill(x: 0, y: ey, width: width, height: 1, style: .dim)
    buffer.write(String(repeating: "─", count: width), x: 0, y: ey, style: .dim)
    ey += 1
    let usedIn = items.first { $0.item.id == editing }?.steps.count ?? 0
    buffer.write(
      item.label[language] + text.t(" (fylls i \(usedIn) ansökningar)", " (fills \(usedIn) applications)"), x: 1,
      y: ey, style: .heading, maxWidth: width - 2)
    ey += 1
    let cx = field.draw(into: &buffer, x: 1, y: ey, width: width - 2)
    buffer.cursor = (cx, ey)
    ey += 1
    // An error or the help, on up to two rows (the second is free above the status line).
    let (note, style): (String?, Style) = fieldError.map { ("⚠ " + $0, .error) } ?? (item.help?[language], .dim)
    for (i, line) in DisplayWidth.wrap(note ?? "", to: width - 2).prefix(2).enumerated() {
      buffer.write(line, x: 1, y: ey + i, style: style, maxWidth: width - 2)
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    if editing != nil {
      return [("Enter", text.save), ("Esc", text.cancel), ("F1", text.help)]
    }
    return [("↑↓", text.choose), ("Enter", text.t("Ändra", "Edit"))] + Chrome.backHelpQuit(text)
  }
}
