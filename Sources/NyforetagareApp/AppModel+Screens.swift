import NyforetagareEngine
import TerminalUI

extension AppModel {
  // MARK: Step

  /// The text lines of a step's screen at a width.
  func stepLines(_ id: String, width w: Int) -> [(String, Style)] {
    guard let plan, let e = plan.entry(id) else { return [] }
    let step = e.step
    let explain = Explanation(landscape: landscape, answers: answers, language: language)
    var out: [(String, Style)] = []
    func heading(_ s: String) {
      out.append(("", .normal))
      out.append((s, .heading))
    }
    func para(_ s: String, _ style: Style = .normal, indent: Int = 0) {
      // A bullet's continuation lines hang under its text.
      let hang = s.hasPrefix("• ") || s.hasPrefix("✓ ") || s.hasPrefix("✗ ") ? 2 : 0
      for (i, l) in DisplayWidth.wrap(s, to: w - indent - hang).enumerated() {
        out.append((String(repeating: " ", count: indent + (i > 0 ? hang : 0)) + l, style))
      }
    }
    let actor = landscape.actors[step.actor]?.name[language] ?? step.actor
    para(text.t("Hos: ", "With: ") + actor)
    if step.kind != .milestone {
      var dates = text.t("Start \(e.start.iso) → klart \(e.done.iso)", "Start \(e.start.iso) → done \(e.done.iso)")
      if let latest = e.latest { dates += text.t(" · senast \(latest.iso)", " · latest \(latest.iso)") }
      para(dates)
    } else {
      para(text.t("Dag: ", "Day: ") + e.start.iso)
    }
    if e.critical {
      para(
        text.t(
          "⚑ På den kritiska vägen: blir steget försenat, blir öppningen det också.",
          "⚑ On the critical path: if this step is late, so is the opening."), .critical)
    }
    if e.status == .check {
      para(text.t("? Kontrollera: steget kan gälla dig.", "? Check: this step may apply to you."), .warning)
    }
    if step.kind != .milestone {
      para(
        text.t("Ärendet: ", "The case: ") + caseSummary(e) + text.t("  (s = ändra)", "  (s = change)"),
        e.isDone ? .success : .normal)
      if let t = e.tracking {
        para(
          text.t("Beslut väntas ", "Decision expected ") + t.expectedDecision.iso + text.t(" · senast ", " · latest ")
            + t.latestDecision.iso + " (" + (t.latestBasisText ?? "") + ")", t.late ? .warning : .normal)
        if t.overdue {
          para(
            text.t(
              "⚠ Försenat. Kontakta handläggaren och fråga när beslutet kommer. Efter sex månader kan du skriftligen begära att myndigheten avgör ärendet (förvaltningslagen 12 §); den ska då besluta inom fyra veckor.",
              "⚠ Overdue. Contact the case officer and ask when the decision comes. After six months you may ask in writing for the case to be decided (förvaltningslagen 12 §); the authority must then decide within four weeks."
            ),
            .error)
        }
      }
    }
    if let summary = step.summary {
      heading(text.t("Vad det är", "What it is"))
      para(summary[language])
    }
    heading(text.t("Varför", "Why"))
    para(explain.why(step, status: e.status, reasons: e.reasons))
    if !step.requirements.isEmpty {
      heading(text.t("Vad som krävs", "What is required"))
      for r in step.requirements { para("• " + r[language], indent: 0) }
    }
    if !step.documents.isEmpty {
      heading(text.t("Bifoga", "Attach"))
      for d in step.documents { para("• " + d[language]) }
    }
    if step.kind != .milestone {
      heading(text.t("Avgift", "Fee"))
      var fee = text.fee(e.fee)
      if let f = e.fee, let year = f.year {
        fee += " (\(f.kommun ?? text.t("exempel/nationellt", "example/national")), \(year))"
      }
      para(fee)
      if let note = e.fee?.note { para(note[language], .dim) }
      if let src = e.fee?.source { para(text.t("Källa: ", "Source: ") + src, .dim) }
      heading(text.t("Handläggningstid", "Handling time"))
      if let h = e.handling {
        var line = text.t("Normalt ", "Typically ") + text.days(h.typicalDays)
        if let m = h.maxDays, m != h.typicalDays { line += text.t(", högst ", ", at most ") + text.days(m) }
        line += " (\(h.kommun ?? text.t("nationellt", "national"))\(h.year.map { ", \($0)" } ?? ""))"
        para(line)
        if let note = h.note { para(note[language], .dim) }
        if let src = h.source { para(text.t("Källa: ", "Source: ") + src, .dim) }
      } else {
        para(text.t("Ingen publicerad handläggningstid.", "No published handling time."))
      }
      if let s = step.timing.statutoryMax {
        para(text.t("Enligt lag högst ", "By law at most ") + text.days(s.days) + " (\(s.basis))")
      }
      if let sendBy = e.sendBy {
        para(text.t("Skicka in senast \(sendBy.iso).", "Send in no later than \(sendBy.iso)."), .warning)
      }
      if let d = step.timing.deadline { para(d[language], .warning) }
    }
    if step.apply != nil || e.eService != nil || e.contact != nil {
      heading(text.t("Så ansöker du", "How to apply"))
      if let wh = step.apply?.whereText { para(wh[language]) }
      if let how = step.apply?.how { para(how[language]) }
      if let url = e.eService { para(text.t("E-tjänst: ", "E-service: ") + url, .success) }
      if let c = e.contact { para(c[language]) }
      if let n = e.kommunNote { para(n[language], .dim) }
    }
    if !step.data.isEmpty {
      heading(text.t("Uppgifter i formuläret", "Data the form asks for"))
      for id in step.data {
        guard let item = landscape.dataItem(id) else { continue }
        if let v = data[id] {
          para("✓ " + item.label[language] + ": " + v, .success)
        } else {
          para(
            "✗ " + item.label[language]
              + text.t(" – saknas (fyll i under Mina uppgifter, d)", " – missing (fill in under My data, d)"), .warning)
        }
      }
    }
    if !e.requires.isEmpty || !e.requiredBy.isEmpty {
      heading(text.t("Beroenden", "Dependencies"))
      if !e.requires.isEmpty {
        para(
          text.t("Kräver först: ", "Needs first: ")
            + e.requires.map { landscape.step($0)?.title[language] ?? $0 }.joined(separator: ", "))
      }
      if !e.requiredBy.isEmpty {
        para(
          text.t("Krävs av: ", "Needed by: ")
            + e.requiredBy.map { landscape.step($0)?.title[language] ?? $0 }.joined(separator: ", "))
      }
    }
    heading(text.t("Lagstöd", "Legal basis"))
    for l in step.legalBasis { para("• " + l.ref + (l.url.map { " – " + $0 } ?? "")) }
    if step.legalBasis.isEmpty, let none = step.legalBasisNone { para(none[language]) }
    if step.certainty == .uncertain, let u = step.uncertainty {
      heading(text.t("Osäkert", "Uncertain"))
      para(u[language], .warning)
    }
    heading(text.t("Källor", "Sources"))
    for s in step.sources { para(s, .dim) }
    return out
  }

  func stateName(_ s: CaseRecord.State) -> String { text.caseState(s) }

  func caseSummary(_ e: Plan.Entry) -> String {
    var parts = [stateName(e.caseState)]
    if let c = e.caseRecord {
      if let d = c.submitted { parts.append(text.t("inskickad ", "sent ") + d.iso) }
      if let r = c.reference { parts.append(text.t("dnr ", "ref. ") + r) }
      if let q = c.supplementRequested { parts.append(text.t("komplettering ", "completion ") + q.iso) }
      if let d = c.decided { parts.append(text.t("beslut ", "decision ") + d.iso) }
      if let n = c.note { parts.append(n) }
      if let who = c.contact { parts.append(text.t("handläggare ", "officer ") + who) }
    }
    return parts.joined(separator: " · ")
  }

  func drawCaseEditor(_ buffer: inout CellBuffer, _ editor: CaseEditor) {
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
        let value = "◂ " + stateName(editor.state) + " ▸"
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
    drawKeys(
      &buffer,
      [
        ("←→", text.t("Läge", "State")), ("Tab ↑↓", text.t("Fält", "Field")), ("Enter", text.t("Spara", "Save")),
        ("Esc", text.t("Avbryt", "Cancel")),
      ])
  }

  func drawCanDoNow(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Kan göras nu", "Can be done now"))
    let items = plan?.canStartNow ?? []
    buffer.write(
      text.t(
        "Steg där allt som krävs först är klart. Börja här.", "Steps where everything needed first is done. Start here."
      ),
      x: 1, y: 1, style: .dim, maxWidth: width - 2)
    var list = canDoList
    list.fit(count: items.count, height: height - 5)
    var y = 3
    for (i, e) in items.enumerated().dropFirst(list.offset) where y < height - 2 {
      let selected = i == list.selection
      let line =
        Self.mark(e) + " " + DisplayWidth.pad(e.step.title[language], to: width - 30) + " "
        + (landscape.actors[e.step.actor]?.name[language] ?? "")
      buffer.write(DisplayWidth.pad(line, to: width - 2), x: 1, y: y, style: selected ? .selected : .normal)
      if selected { buffer.cursor = (1, y) }
      y += 1
    }
    if items.isEmpty {
      buffer.write(
        text.t("Inget just nu – du väntar på beslut.", "Nothing right now – you are waiting for decisions."), x: 1, y: 3
      )
      buffer.cursor = (1, 3)
    }
    drawKeys(
      &buffer,
      [
        ("Enter", text.t("Öppna", "Open")), ("Esc", text.t("Tillbaka", "Back")), ("?", text.t("Hjälp", "Help")),
        ("q", text.t("Avsluta", "Quit")),
      ])
  }

  func drawStep(_ buffer: inout CellBuffer, id: String) {
    let title = landscape.step(id)?.title[language] ?? id
    drawTitle(&buffer, title)
    let lines = stepLines(id, width: width - 4)
    let visible = height - 3
    let offset = max(0, min(stepScroll, max(0, lines.count - visible)))
    var y = 1
    for (l, style) in lines.dropFirst(offset) where y < height - 2 {
      buffer.write(l, x: 2, y: y, style: style, maxWidth: width - 4)
      y += 1
    }
    buffer.cursor = (2, 1)
    if lines.count > visible {
      let pos = text.t(
        "rad \(offset + 1)–\(min(lines.count, offset + visible)) av \(lines.count)",
        "lines \(offset + 1)–\(min(lines.count, offset + visible)) of \(lines.count)")
      buffer.write(pos, x: width - DisplayWidth.of(pos) - 1, y: height - 2, style: .dim)
    }
    drawKeys(
      &buffer,
      [
        ("↑↓ PgUp PgDn", text.t("Bläddra", "Scroll")), ("s", text.t("Ärendet", "Case")),
        ("d", text.t("Uppgifter", "My data")), ("Esc", text.t("Tillbaka", "Back")), ("?", text.t("Hjälp", "Help")),
        ("q", text.t("Avsluta", "Quit")),
      ])
    if let editor = caseEditor { drawCaseEditor(&buffer, editor) }
  }

  // MARK: Data sheet

  func drawDataSheet(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Mina uppgifter", "My data"))
    guard let plan else { return }
    let items = sheetItems
    let filled = items.filter { $0.value != nil }.count
    let intro = text.t(
      "Ansökningarna frågar efter \(plan.entriesWithoutPrefill) uppgifter – men bara \(items.count) olika. Du skriver var och en en gång; du sparar \(plan.prefillSaving) inmatningar. Ifyllda: \(filled) av \(items.count). * = personuppgift.",
      "The applications ask for \(plan.entriesWithoutPrefill) entries – but only \(items.count) different ones. You type each once and save \(plan.prefillSaving) entries. Filled in: \(filled) of \(items.count). * = personal data."
    )
    var y = 1
    for l in DisplayWidth.wrap(intro, to: width - 2) {
      buffer.write(l, x: 1, y: y, style: .dim)
      y += 1
    }
    y += 1
    let editorHeight = editingItem == nil ? 0 : 5
    let top = y
    let bottom = height - 2 - editorHeight
    var list = dataList
    list.fit(count: items.count, height: bottom - top)
    let labelWidth = 34
    let countWidth = 16
    let valueWidth = width - 2 - labelWidth - countWidth - 2
    for (i, u) in items.enumerated().dropFirst(list.offset) where y < bottom {
      let selected = i == list.selection
      let label = (u.item.isPersonal ? "* " : "  ") + u.item.label[language]
      let value = u.value ?? text.t("(saknas)", "(missing)")
      let count = text.t("används i \(u.steps.count)", "used in \(u.steps.count)")
      let line =
        DisplayWidth.pad(label, to: labelWidth) + " " + DisplayWidth.pad(value, to: valueWidth) + " "
        + DisplayWidth.pad(count, to: countWidth)
      let style: Style = selected ? .selected : (u.value == nil ? .dim : .normal)
      buffer.write(line, x: 1, y: y, style: style, maxWidth: width - 2)
      if selected && editingItem == nil { buffer.cursor = (1, y) }
      y += 1
    }
    if let editing = editingItem, let item = landscape.dataItem(editing) {
      var ey = height - 2 - editorHeight
      buffer.fill(x: 0, y: ey, width: width, height: 1, style: .dim)
      buffer.write(String(repeating: "─", count: width), x: 0, y: ey, style: .dim)
      ey += 1
      let usedIn = sheetItems.first { $0.item.id == editing }?.steps.count ?? 0
      buffer.write(
        item.label[language] + text.t(" (fylls i \(usedIn) ansökningar)", " (fills \(usedIn) applications)"), x: 1,
        y: ey, style: .heading, maxWidth: width - 2)
      ey += 1
      let cx = field.draw(into: &buffer, x: 1, y: ey, width: width - 2)
      buffer.cursor = (cx, ey)
      ey += 1
      if let fieldError {
        buffer.write("⚠ " + fieldError, x: 1, y: ey, style: .error, maxWidth: width - 2)
      } else if let help = item.help {
        buffer.write(help[language], x: 1, y: ey, style: .dim, maxWidth: width - 2)
      }
      drawKeys(
        &buffer,
        [("Enter", text.t("Spara", "Save")), ("Esc", text.t("Avbryt", "Cancel")), ("F1", text.t("Hjälp", "Help"))])
    } else {
      drawKeys(
        &buffer,
        [
          ("↑↓", text.t("Välj", "Choose")), ("Enter", text.t("Ändra", "Edit")), ("Esc", text.t("Tillbaka", "Back")),
          ("?", text.t("Hjälp", "Help")), ("q", text.t("Avsluta", "Quit")),
        ])
    }
  }

  // MARK: Timeline

  func drawTimeline(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Tidslinje, vecka för vecka", "Timeline, week by week"))
    guard let plan else { return }
    let labelWidth = 28
    let chartX = labelWidth + 2
    let weeks = max(1, width - chartX - 1)
    let firstWeek = today.startOfWeek
    // Header: week numbers every 4 weeks.
    var header = ""
    var w = 0
    while w < weeks {
      let day = firstWeek.adding(days: w * 7)
      let label = text.t("v", "w") + String(day.isoWeek)
      if w % 4 == 0 && DisplayWidth.of(header) <= w {
        header += String(repeating: " ", count: w - DisplayWidth.of(header)) + label
      }
      w += 1
    }
    buffer.write(header, x: chartX, y: 1, style: .dim, maxWidth: weeks)
    let entries = plan.entries
    let visible = height - 5
    let offset = max(0, min(timelineScroll, max(0, entries.count - visible)))
    var y = 2
    for e in entries.dropFirst(offset) where y < height - 3 {
      let style: Style = e.critical ? .critical : (e.status == .check ? .warning : .normal)
      buffer.write(DisplayWidth.pad(e.step.title[language], to: labelWidth), x: 1, y: y, style: style)
      let startWeek = firstWeek.days(until: e.start.startOfWeek) / 7
      let endWeek = firstWeek.days(until: e.done.startOfWeek) / 7
      if e.step.kind == .milestone {
        if startWeek < weeks { buffer.write("◆", x: chartX + startWeek, y: y, style: .critical) }
      } else {
        for week in startWeek...max(startWeek, endWeek) where week < weeks {
          buffer.write(e.critical ? "█" : "▒", x: chartX + week, y: y, style: style)
        }
      }
      y += 1
    }
    buffer.cursor = (1, 2)
    let openingWeek = firstWeek.days(until: plan.earliestOpening.startOfWeek) / 7
    let legend = text.t(
      "█ kritisk väg  ▒ övriga steg  ◆ öppning \(plan.earliestOpening.iso) (vecka \(plan.earliestOpening.isoWeek))",
      "█ critical path  ▒ other steps  ◆ opening \(plan.earliestOpening.iso) (week \(plan.earliestOpening.isoWeek))")
    buffer.write(legend, x: 1, y: height - 2, style: .dim, maxWidth: width - 2)
    if openingWeek >= weeks {
      buffer.write(
        text.t("(öppningen ligger bortom diagrammet)", "(the opening lies beyond the chart)"), x: 1, y: height - 3,
        style: .warning)
    }
    drawKeys(
      &buffer,
      [
        ("↑↓", text.t("Bläddra", "Scroll")), ("Esc", text.t("Tillbaka", "Back")), ("?", text.t("Hjälp", "Help")),
        ("q", text.t("Avsluta", "Quit")),
      ])
  }

  // MARK: Not needed

  func drawNotNeeded(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Inte aktuellt för dig", "Not needed for you"))
    guard let plan else { return }
    let explain = Explanation(landscape: landscape, answers: answers, language: language)
    var lines: [(String, Style)] = []
    for a in plan.notNeeded {
      lines.append((a.step.title[language], .heading))
      for l in DisplayWidth.wrap(explain.whyNot(a.step, reasons: a.reasons), to: width - 6) {
        lines.append(("  " + l, .normal))
      }
    }
    if !plan.alreadyDone.isEmpty {
      lines.append(("", .normal))
      lines.append((text.t("Redan klart", "Already done"), .heading))
      for a in plan.alreadyDone { lines.append(("  ✓ " + a.step.title[language], .success)) }
    }
    if !plan.setAside.isEmpty {
      lines.append(("", .normal))
      lines.append((text.t("Inte aktuellt enligt dig", "Not applicable, by your choice"), .heading))
      for a in plan.setAside {
        lines.append(("  " + a.step.title[language] + ": " + (plan.cases[a.step.id]?.reason ?? ""), .normal))
      }
    }
    if !plan.formerCases.isEmpty {
      lines.append(("", .normal))
      lines.append((text.t("Steg som inte längre gäller (historik)", "Steps that no longer apply (history)"), .heading))
      for (id, record) in plan.formerCases {
        lines.append(("  " + (landscape.step(id)?.title[language] ?? id) + ": " + text.caseState(record.state), .dim))
      }
    }
    let visible = height - 3
    let offset = max(0, min(notNeededScroll, max(0, lines.count - visible)))
    var y = 1
    for (l, style) in lines.dropFirst(offset) where y < height - 2 {
      buffer.write(l, x: 2, y: y, style: style, maxWidth: width - 4)
      y += 1
    }
    buffer.cursor = (2, 1)
    drawKeys(
      &buffer,
      [
        ("↑↓", text.t("Bläddra", "Scroll")), ("Esc", text.t("Tillbaka", "Back")), ("?", text.t("Hjälp", "Help")),
        ("q", text.t("Avsluta", "Quit")),
      ])
  }

  // MARK: Export

  func drawExport(_ buffer: inout CellBuffer) {
    drawTitle(&buffer, text.t("Exportera planen", "Export the plan"))
    var y = 2
    let intro = text.t(
      "Planen sparas som en Markdown-fil som du kan läsa, skriva ut eller dela – med alla steg, datum, avgifter, varför, dina uppgifter och ett ansökningsutkast per steg.",
      "The plan is saved as a Markdown file you can read, print or share – with every step, date, fee, why, your data and an application draft per step."
    )
    for l in DisplayWidth.wrap(intro, to: width - 4) {
      buffer.write(l, x: 2, y: y)
      y += 1
    }
    y += 1
    if let kiosk {
      let line = text.t(
        "Enter sparar planen på USB-minnet (i exportmappen) under ett nytt filnamn.",
        "Enter saves the plan on the USB stick (in the export folder) under a new file name.")
      buffer.write(line, x: 2, y: y, style: .heading, maxWidth: width - 4)
      buffer.cursor = (2, y)
      y += 1
      if kiosk.canPrint {
        buffer.write(text.t("p skriver ut planen.", "p prints the plan."), x: 2, y: y, maxWidth: width - 4)
        y += 1
      }
      y += 1
    } else {
      buffer.write(text.t("Fil:", "File:"), x: 2, y: y, style: .heading)
      let cx = exportField.draw(into: &buffer, x: 8, y: y, width: width - 10)
      buffer.cursor = (cx, y)
      y += 2
    }
    if let lastExport {
      buffer.write(
        text.t("Senast sparad: ", "Last saved: ") + lastExport, x: 2, y: y, style: .success, maxWidth: width - 4)
    }
    drawKeys(
      &buffer,
      [
        ("Enter", text.t("Spara", "Save")), ("Esc", text.t("Tillbaka", "Back")), ("F1", text.t("Hjälp", "Help")),
        ("Ctrl-C", text.t("Avsluta", "Quit")),
      ])
  }

  // MARK: Overlays

  func drawBox(_ buffer: inout CellBuffer, lines: [(String, Style)], title: String) {
    let boxWidth = min(width - 4, max(40, (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 4))
    let boxHeight = min(height - 2, lines.count + 2)
    let x = (width - boxWidth) / 2
    let y = (height - boxHeight) / 2
    buffer.fill(x: x, y: y, width: boxWidth, height: boxHeight, style: .normal)
    buffer.write("┌" + String(repeating: "─", count: boxWidth - 2) + "┐", x: x, y: y)
    buffer.write(" " + title + " ", x: x + 2, y: y, style: .heading)
    for row in 1..<(boxHeight - 1) {
      buffer.write("│", x: x, y: y + row)
      buffer.write("│", x: x + boxWidth - 1, y: y + row)
    }
    buffer.write("└" + String(repeating: "─", count: boxWidth - 2) + "┘", x: x, y: y + boxHeight - 1)
    for (i, (l, style)) in lines.enumerated() where i < boxHeight - 2 {
      buffer.write(l, x: x + 2, y: y + 1 + i, style: style, maxWidth: boxWidth - 4)
    }
    buffer.cursor = (x + 2, y + 1)
  }

  func drawHelp(_ buffer: inout CellBuffer) {
    let t = text
    let lines: [(String, Style)] = [
      (t.t("Så använder du Nyföretagare", "How to use Nyföretagare"), .heading),
      (t.t("↑ ↓ eller j k   flytta markeringen", "↑ ↓ or j k      move the selection"), .normal),
      (t.t("Enter           välj, gå vidare, öppna", "Enter           choose, go on, open"), .normal),
      (t.t("← Esc Backsteg  tillbaka", "← Esc Backspace back"), .normal),
      (t.t("Tab             planen per aktör / i ordning", "Tab             plan by actor / in order"), .normal),
      (t.t("d  Mina uppgifter   t  Tidslinje", "d  My data          t  Timeline"), .normal),
      (t.t("n  Inte aktuellt    e  Exportera", "n  Not needed       e  Export"), .normal),
      (t.t("c  Kan göras nu     s  Ärendets läge", "c  Can do now        s  The case's state"), .normal),
      (t.t("i  Ändra svaren     q  Avsluta", "i  Change answers   q  Quit"), .normal),
      (t.t("? eller F1      den här hjälpen", "? or F1         this help"), .normal),
      ("", .normal),
      (
        t.t(
          "Vet du inte ett svar? Välj ”Vet inte” – planen tar", "Don't know an answer? Choose “Don't know” – the plan"),
        .dim
      ),
      (t.t("då med steg som kanske gäller, markerade [?].", "then includes steps that may apply, marked [?]."), .dim),
      (t.t("⚑ = kritisk väg: avgör tidigaste öppningsdag.", "⚑ = critical path: decides the earliest opening."), .dim),
      ("", .normal),
      (t.t("Tryck på valfri tangent för att stänga.", "Press any key to close."), .dim),
    ]
    drawBox(&buffer, lines: lines, title: t.t("Hjälp", "Help"))
  }

  func drawQuitDialog(_ buffer: inout CellBuffer) {
    let lines: [(String, Style)] = [
      (text.t("Vill du avsluta?", "Do you want to quit?"), .heading),
      (
        persistent
          ? text.t("Planen kunde inte sparas – det senaste", "The plan could not be saved – the latest")
          : text.t("Dina svar och uppgifter sparas inte om du", "Your answers and data are not kept unless"),
        .normal
      ),
      (
        persistent
          ? text.t("går förlorat om du avslutar nu.", "is lost if you quit now.")
          : text.t("inte har exporterat planen (e).", "you have exported the plan (e)."),
        .normal
      ),
      ("", .normal),
      (text.t("j = ja, avsluta    n = nej, fortsätt", "y = yes, quit      n = no, go on"), .key),
    ]
    drawBox(&buffer, lines: lines, title: text.t("Avsluta", "Quit"))
  }
}
