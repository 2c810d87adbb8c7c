import NyforetagareEngine
import TerminalUI

extension AppModel {
  /// Draws the current state into a cell buffer of the terminal's size.
  public func render() -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    if width < Self.minimumWidth || height < Self.minimumHeight {
      drawTooSmall(&buffer)
      return buffer
    }
    switch route {
    case .welcome: drawWelcome(&buffer)
    case .interview: drawInterview(&buffer)
    case .plan: drawPlan(&buffer)
    case .step(let id): drawStep(&buffer, id: id)
    case .dataSheet: drawDataSheet(&buffer)
    case .timeline: drawTimeline(&buffer)
    case .notNeeded: drawNotNeeded(&buffer)
    case .export: drawExport(&buffer)
    case .canDoNow: drawCanDoNow(&buffer)
    }
    if let message {
      buffer.fill(x: 0, y: height - 2, width: width, height: 1, style: .normal)
      buffer.write(message, x: 1, y: height - 2, style: .success, maxWidth: width - 2)
    }
    if route == .plan && !contentChanges.isEmpty && !showingHelp {
      drawBox(
        &buffer,
        lines: contentChanges.prefix(height - 6).map { ($0, Style.normal) } + [
          ("", .normal), (text.t("Tryck på valfri tangent.", "Press any key."), .dim),
        ],
        title: text.t("Nytt innehåll – det här har ändrats i din plan", "New content – what changed in your plan"))
    }
    if showingHelp { drawHelp(&buffer) }
    drawKioskOverlays(&buffer)
    if confirmingQuit { drawQuitDialog(&buffer) }
    return buffer
  }

  func drawTooSmall(_ buffer: inout CellBuffer) {
    let lines = DisplayWidth.wrap(
      text.t(
        "Fönstret är för litet: Nyföretagare behöver minst \(Self.minimumWidth)×\(Self.minimumHeight) tecken (nu \(width)×\(height)). Gör fönstret större – inget av det du gjort går förlorat. (q avslutar)",
        "The window is too small: Nyföretagare needs at least \(Self.minimumWidth)×\(Self.minimumHeight) characters (now \(width)×\(height)). Make the window larger – nothing you have done is lost. (q quits)"
      ),
      to: max(1, width - 2))
    for (i, l) in lines.enumerated() where i < height {
      buffer.write(l, x: 1, y: i, style: i == 0 ? .warning : .normal)
    }
    buffer.cursor = (0, 0)
  }

  func drawTitle(_ buffer: inout CellBuffer, _ title: String) {
    buffer.fill(x: 0, y: 0, width: width, height: 1, style: .title)
    buffer.write(" Nyföretagare · " + title, x: 0, y: 0, style: .title, maxWidth: width)
    var right = answers.kommun.map { " \($0) " } ?? ""
    // Whether the plan is safe on disk, so the founder can trust closing the window.
    if persistent && kiosk == nil {
      if saveError != nil {
        right = text.t(" ⚠ inte sparad ", " ⚠ not saved ") + right
      } else if planPath != nil {
        right = text.t(" ✓ sparad ", " ✓ saved ") + right
      }
    }
    let w = DisplayWidth.of(right)
    if !right.isEmpty && w < width / 2 { buffer.write(right, x: width - w, y: 0, style: .title) }
  }

  func drawKeys(_ buffer: inout CellBuffer, _ items: [(String, String)]) {
    var shown = items
    if kiosk != nil {
      // On a kiosk, q ends the visit ("Klar") and Ctrl-C does nothing.
      shown = items.filter { $0.0 != "Ctrl-C" }.map { $0.0 == "q" ? ("q", text.t("Klar", "Done")) : $0 }
    }
    KeyBar(shown).draw(into: &buffer, y: height - 1)
  }

  /// The live line: what the answers mean so far.
  func liveLine() -> String {
    guard let plan else { return "" }
    let steps = plan.entries.filter { $0.step.kind != .milestone }.count
    let checks = plan.entries.filter { $0.status == .check }.count
    var line = text.t(
      "Just nu: \(steps) steg · tidigaste öppning \(plan.earliestOpening.iso)",
      "So far: \(steps) steps · earliest opening \(plan.earliestOpening.iso)")
    if checks > 0 { line += text.t(" · \(checks) att kontrollera", " · \(checks) to check") }
    return line
  }

  // MARK: Welcome

  func drawWelcome(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Välkommen", "Welcome"))
    var y = 2
    let intro = text.t(
      "Starta restaurang, kafé, bar, food truck eller catering? Svara på några frågor så får du alla tillstånd och registreringar du behöver – i rätt ordning, med datum, avgifter och varför.",
      "Starting a restaurant, café, bar, food truck or catering firm? Answer a few questions and get every permit and registration you need – in order, with dates, fees and why."
    )
    for l in DisplayWidth.wrap(intro, to: width - 4) {
      buffer.write(l, x: 2, y: y)
      y += 1
    }
    y += 1
    for (i, item) in welcomeItems.enumerated() {
      let selected = i == welcomeList.selection
      let row = (selected ? "▸ " : "  ") + item
      buffer.write(DisplayWidth.pad(row, to: 40), x: 4, y: y, style: selected ? .selected : .normal)
      if selected { buffer.cursor = (4, y) }
      y += 1
    }
    y += 1
    let note = text.t(
      "Innehåll: version \(landscape.meta.version) (\(landscape.meta.date.iso)). Uppgifterna är vägledning – bekräfta alltid med myndigheten.",
      "Content: version \(landscape.meta.version) (\(landscape.meta.date.iso)). The figures are guidance – always confirm with the authority."
    )
    for l in DisplayWidth.wrap(note, to: width - 4) where y < height - 2 {
      buffer.write(l, x: 2, y: y, style: .dim)
      y += 1
    }
    drawKeys(
      &buffer,
      [
        ("↑↓", text.t("Välj", "Choose")), ("Enter", text.t("OK", "OK")), ("?", text.t("Hjälp", "Help")),
        ("q", text.t("Avsluta", "Quit")),
      ])
  }

  // MARK: Interview

  func drawInterview(_ buffer: inout CellBuffer) {
    guard let q = currentQuestion else { return }
    let asked = askedQuestions
    let position = (asked.firstIndex { $0.id == q.id } ?? 0) + 1
    drawTitle(
      &buffer, text.t("Fråga \(position) av ungefär \(asked.count)", "Question \(position) of about \(asked.count)"))
    // Progress bar.
    let barWidth = width - 4
    let filled = asked.isEmpty ? 0 : barWidth * (position - 1) / asked.count
    buffer.write(
      String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled), x: 2, y: 1, style: .dim)

    let leftWidth = width * 3 / 5 - 3
    let rightX = width * 3 / 5 + 1
    let rightWidth = width - rightX - 2
    var y = 3
    for l in DisplayWidth.wrap(q.text[language], to: leftWidth) {
      buffer.write(l, x: 2, y: y, style: .heading)
      y += 1
    }
    y += 1
    // Why we ask.
    var ry = 3
    buffer.write(text.t("Varför vi frågar", "Why we ask"), x: rightX, y: ry, style: .dim)
    ry += 1
    if let help = q.help {
      for l in DisplayWidth.wrap(help[language], to: rightWidth) where ry < height - 4 {
        buffer.write(l, x: rightX, y: ry, style: .dim)
        ry += 1
      }
    }
    let listBottom = height - 4
    switch q.kind {
    case .choice, .bool:
      let labels = optionLabels(for: q)
      var list = choiceList
      list.fit(count: labels.count, height: listBottom - y)
      for (i, label) in labels.enumerated().dropFirst(list.offset) where y < listBottom {
        let selected = i == list.selection
        let mark = selected ? "▸ " : "  "
        buffer.write(DisplayWidth.pad(mark + label, to: leftWidth), x: 2, y: y, style: selected ? .selected : .normal)
        if selected { buffer.cursor = (2, y) }
        y += 1
      }
    case .integer, .number, .date:
      let cx = field.draw(into: &buffer, x: 2, y: y, width: min(30, leftWidth))
      buffer.cursor = (cx, y)
      y += 2
      let hint =
        q.kind == .date
        ? text.t("ÅÅÅÅ-MM-DD · tomt = vet inte", "YYYY-MM-DD · empty = don't know")
        : text.t("Skriv ett tal · tomt = vet inte", "Type a number · empty = don't know")
      buffer.write(hint, x: 2, y: y, style: .dim)
      y += 1
    case .kommun, .kommunList:
      buffer.write(text.t("Sök: ", "Search: "), x: 2, y: y)
      let fieldY = y
      let cx = field.draw(into: &buffer, x: 8, y: y, width: min(30, leftWidth - 6))
      y += 2
      let matches = kommunMatches
      var list = choiceList
      list.fit(count: matches.count, height: listBottom - y)
      for (i, k) in matches.enumerated().dropFirst(list.offset) where y < listBottom {
        let selected = i == list.selection
        var label = k.name + "  " + k.lan
        if q.kind == .kommunList { label = (multiSelection.contains(k.name) ? "[x] " : "[ ] ") + label }
        buffer.write(
          DisplayWidth.pad((selected ? "▸ " : "  ") + label, to: leftWidth), x: 2, y: y,
          style: selected ? .selected : .normal)
        y += 1
      }
      if matches.isEmpty {
        buffer.write(text.t("Ingen kommun matchar.", "No kommun matches."), x: 4, y: y, style: .warning)
      }
      // The search field has the keyboard, so the cursor sits there.
      buffer.cursor = (cx, fieldY)
      if q.kind == .kommunList {
        let chosen =
          multiSelection.isEmpty ? text.t("inga valda", "none chosen") : multiSelection.joined(separator: ", ")
        buffer.write(text.t("Valda: ", "Chosen: ") + chosen, x: 2, y: listBottom, style: .dim, maxWidth: leftWidth)
      }
    case .stepList:
      break
    }
    if let fieldError {
      buffer.write("⚠ " + fieldError, x: 2, y: height - 3, style: .error, maxWidth: width - 4)
    }
    buffer.fill(x: 0, y: height - 2, width: width, height: 1, style: .dim)
    buffer.write(" " + liveLine(), x: 0, y: height - 2, style: .dim, maxWidth: width)
    var keys: [(String, String)] = []
    switch q.kind {
    case .choice, .bool:
      keys = [
        ("↑↓", text.t("Välj", "Choose")), ("Enter", text.t("Nästa", "Next")), ("←/Esc", text.t("Tillbaka", "Back")),
        ("?", text.t("Hjälp", "Help")), ("q", text.t("Avsluta", "Quit")),
      ]
    case .kommunList:
      keys = [
        (text.t("Skriv", "Type"), text.t("Sök", "Search")), ("↑↓", text.t("Välj", "Choose")),
        ("Tab", text.t("Markera", "Mark")), ("Enter", text.t("Nästa", "Next")), ("Esc", text.t("Tillbaka", "Back")),
        ("F1", text.t("Hjälp", "Help")),
      ]
    case .kommun:
      keys = [
        (text.t("Skriv", "Type"), text.t("Sök", "Search")), ("↑↓", text.t("Välj", "Choose")),
        ("Enter", text.t("Nästa", "Next")), ("Esc", text.t("Tillbaka", "Back")), ("F1", text.t("Hjälp", "Help")),
        ("Ctrl-C", text.t("Avsluta", "Quit")),
      ]
    default:
      keys = [
        ("Enter", text.t("Nästa", "Next")), ("Esc", text.t("Tillbaka", "Back")), ("F1", text.t("Hjälp", "Help")),
        ("Ctrl-C", text.t("Avsluta", "Quit")),
      ]
    }
    drawKeys(&buffer, keys)
  }

  // MARK: Plan

  func drawPlan(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Din plan", "Your plan") + (planByActor ? text.t(" · per aktör", " · by actor") : ""))
    guard let plan else { return }
    var head = text.t("Tidigaste öppningsdag: ", "Earliest opening day: ") + plan.earliestOpening.iso
    if let desired = plan.desiredOpening {
      if let delay = plan.openingDelay {
        head += text.t(
          "  (önskad \(desired.iso): \(delay) dagar för tidigt)", "  (desired \(desired.iso): \(delay) days too early)")
      } else {
        head += text.t("  (önskad \(desired.iso) går att nå)", "  (desired \(desired.iso) can be met)")
      }
    }
    buffer.write(head, x: 1, y: 1, style: plan.openingDelay == nil ? .heading : .warning, maxWidth: width - 2)
    let steps = plan.entries.filter { $0.step.kind != .milestone }.count
    let fees = plan.feeTotal
    let checks = plan.entries.filter { $0.status == .check }.count
    var sub = text.t(
      "\(steps) steg · \(plan.actorIDs.count) aktörer · kända avgifter \(text.kr(fees.known))",
      "\(steps) steps · \(plan.actorIDs.count) actors · known fees \(text.kr(fees.known))")
    if checks > 0 { sub += text.t(" · \(checks) att kontrollera", " · \(checks) to check") }
    buffer.write(sub, x: 1, y: 2, style: .dim, maxWidth: width - 2)

    let top = 4
    let bottom = height - 2
    let rows = planRows
    let entryRows = planEntryRows
    var list = planList
    list.fit(count: entryRows.count, height: bottom - top)
    let selectedEntry = entryRows.isEmpty ? nil : entryRows[list.selection]
    // Scroll so the selected entry's row is visible.
    let selectedRowIndex = rows.firstIndex { $0 == .entry(selectedEntry ?? -1) } ?? 0
    var offset = 0
    let visible = bottom - top
    if selectedRowIndex >= visible { offset = selectedRowIndex - visible + 1 }
    let dateWidth = 23
    let titleWidth = width - 4 - 3 - dateWidth - 2
    var y = top
    for row in rows.dropFirst(offset) where y < bottom {
      switch row {
      case .heading(let actor):
        buffer.write(landscape.actors[actor]?.name[language] ?? actor, x: 1, y: y, style: .heading, maxWidth: width - 2)
      case .entry(let i):
        let e = plan.entries[i]
        let selected = i == selectedEntry
        let mark = e.step.kind == .milestone ? "◆  " : Self.mark(e)
        let indent = planByActor ? 3 : 1
        var line = mark + " " + DisplayWidth.pad(e.step.title[language], to: titleWidth - indent + 1)
        line += e.critical ? " ⚑ " : "   "
        line += e.step.kind == .milestone ? e.start.iso : "\(e.start.iso) → \(e.done.iso)"
        let style: Style =
          selected
          ? .selected
          : (e.tracking?.overdue == true || e.status == .check
            ? .warning : (e.isDone ? .success : (e.critical ? .critical : .normal)))
        buffer.write(DisplayWidth.pad(line, to: width - indent - 1), x: indent, y: y, style: style)
        if selected { buffer.cursor = (indent, y) }
      }
      y += 1
    }
    drawKeys(
      &buffer,
      [
        ("Enter", text.t("Öppna", "Open")), ("Tab", text.t("Aktör", "Actor")), ("d", text.t("Uppgifter", "Data")),
        ("t", text.t("Tid", "Time")), ("c", text.t("Kan göras", "Do now")), ("n", text.t("Ej akt.", "Not needed")),
        ("e", text.t("Export", "Export")),
        ("i", text.t("Svar", "Answers")), ("?", text.t("Hjälp", "Help")), ("q", text.t("Avsluta", "Quit")),
      ])
  }

  /// The mark of a plan row: the case's state at a glance.
  static func mark(_ e: Plan.Entry) -> String {
    if e.tracking?.overdue == true { return "[!]" }
    switch e.caseState {
    case .granted: return "[✓]"
    case .submitted, .supplementRequested: return "[→]"
    case .preparing: return "[~]"
    case .refused: return "[x]"
    case .notStarted, .notApplicable: return e.status == .check ? "[?]" : "[ ]"
    }
  }
}
