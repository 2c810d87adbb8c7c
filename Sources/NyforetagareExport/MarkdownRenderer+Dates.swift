import NyforetagareEngine

/// The Markdown parts about dates: the first actions, how firm the opening day is, a step's
/// date lines, and the duties after opening.
extension MarkdownRenderer {
  func title(_ id: String) -> String { markdownEscape(landscape.step(id)?.title[language] ?? id) }

  func firstActions(_ plan: Plan, words: DateWords) -> [String] {
    guard !plan.firstActions.isEmpty else { return [] }
    var out = ["## " + words.firstActions, ""]
    for (n, id) in plan.firstActions.enumerated() {
      guard let e = plan.entry(id) else { continue }
      var line = "\(n + 1). **\(title(id))** — " + markdownEscape(words.reason(e))
      if let url = e.eService { line += " · <\(url)>" }
      out.append(line)
    }
    out.append("")
    return out
  }

  func firmness(_ plan: Plan, x: ExportText) -> [String] {
    var out: [String] = []
    if let firm = plan.earliestOpeningFirm, firm < plan.earliestOpening {
      let questions = plan.settlingQuestions.map { markdownEscape(landscape.question($0)?.label[language] ?? $0) }
      var text = x.t(
        "Dagen är försiktigt räknad: den räknar med steg markerade *kontrollera*. Räknar vi bara med steg som säkert gäller kan du öppna \(firm.iso).",
        "The day is counted cautiously: it includes steps marked *check*. Counting only the steps that surely apply, you could open on \(firm.iso)."
      )
      if !questions.isEmpty {
        text +=
          x.t(" Svara på ", " Answer ") + questions.joined(separator: ", ")
          + x.t(" så blir dagen säker.", " to settle it.")
      }
      out += [text, ""]
    }
    for c in plan.windowConflicts {
      let rule = c.note.map { " (" + markdownEscape($0[language]) + ")" } ?? ""
      let because = c.because.map { title($0) }
      let text: String
      switch c.bound {
      case .earliest:
        text = x.t(
          "⚠ **\(title(c.step))**: regeln om tidigaste dag\(rule) går inte att hålla – steget måste göras \(c.days) dagar tidigare"
            + (because.map { ", eftersom \($0) väntar på det." } ?? "."),
          "⚠ **\(title(c.step))**: the rule on the earliest day\(rule) cannot be met – the step must be done \(c.days) days sooner"
            + (because.map { ", because \($0) waits for it." } ?? "."))
      case .latest:
        text = x.t(
          "⚠ **\(title(c.step))**: regeln om sista dag\(rule) går inte att hålla – steget blir \(c.days) dagar för sent"
            + (because.map { " (räknat från \($0))." } ?? "."),
          "⚠ **\(title(c.step))**: the rule on the last day\(rule) cannot be met – the step is \(c.days) days late"
            + (because.map { " (counted from \($0))." } ?? "."))
      }
      out += [text, ""]
    }
    return out
  }

  func dateLines(_ e: Plan.Entry, words: DateWords, x: ExportText) -> [String] {
    var out: [String] = []
    if let latest = e.tracking?.latestDecision ?? e.latest {
      out.append("  - \(words.latestDecision): \(latest.iso)")
    }
    if let w = e.window {
      var parts: [String] = []
      if let earliest = w.earliest { parts.append("\(words.sendNotBefore) \(earliest.iso)") }
      if let latest = w.latest { parts.append("\(words.sendBy) \(latest.iso)") }
      var line = "  - " + parts.joined(separator: " · ")
      if let note = w.note { line += " — " + markdownEscape(note[language]) }
      out.append(line)
    }
    if let s = e.season {
      out.append(
        "  - "
          + x.t(
            "Tillståndet gäller \(markdownEscape(s.season.name.sv)) \(s.from.iso)–\(s.to.iso)",
            "The permit is for the \(markdownEscape(s.season.name.en)) \(s.from.iso)–\(s.to.iso)"))
    }
    for w in e.waitsFor {
      let other = title(w.step)
      let text: String
      switch (w.event, w.gates) {
      case (.submitted, .submitted):
        text = x.t("Börjar när \(other) har skickats in", "Starts once \(other) has been sent in")
      case (.submitted, .decided):
        text = x.t("Beslutet kräver att \(other) har skickats in", "The decision needs \(other) sent in")
      case (.decided, .decided):
        text = x.t("Beslutet väntar på \(other)", "The decision waits for \(other)")
      case (.decided, .submitted):
        continue
      }
      out.append("  - " + text)
    }
    return out
  }

  func duties(_ plan: Plan, words: DateWords) -> [String] {
    guard !plan.duties.isEmpty else { return [] }
    var out = ["## " + words.afterOpening, ""]
    out.append(
      ExportText(language: language).t(
        "Återkommande skyldigheter när du har öppnat – de är inte med i listan ovan och finns i kalenderfilen.",
        "Recurring duties once you have opened – they are not in the list above and are in the calendar file."))
    out.append("")
    for d in plan.duties {
      var line = "- **\(markdownEscape((d.title ?? d.step.title)[language]))**"
      if d.status == .check { line += " _(" + ExportText(language: language).t("kontrollera", "check") + ")_" }
      line += " — \(words.firstDue) \(d.firstDue.iso) · " + markdownEscape(d.recurrence.rule[language])
      out.append(line)
    }
    out.append("")
    return out
  }
}
