import NyforetagareEngine
import NyforetagareText

/// The Markdown parts about dates: the first actions, how firm the opening day is, a step's
/// date lines, and the duties after opening.
extension MarkdownRenderer {
  func firstActions(_ view: PlanView, words: DateWords) -> [String] {
    guard !view.plan.firstActions.isEmpty else { return [] }
    var out = ["## " + words.firstActions, ""]
    for (n, v) in view.firstActions.enumerated() {
      let e = v.entry
      // A step that only may apply says so here too: no first action claims an answer not given.
      let check = e.status == .check ? " _(" + Words(language: view.language).check + ")_" : ""
      var line = "\(n + 1). **\(markdownEscape(v.title))**\(check) — " + markdownEscape(words.reason(e))
      if let url = e.eService { line += " · <\(url)>" }
      out.append(line)
    }
    out.append("")
    return out
  }

  func firmness(_ view: PlanView, x: Words) -> [String] {
    let plan = view.plan
    var out: [String] = []
    if let firm = plan.earliestOpeningFirm, firm < plan.earliestOpening {
      let questions = view.settlingQuestions.map { markdownEscape($0) }
      var text = x.t(
        "Dagen är försiktigt räknad: den räknar med steg markerade *kontrollera*. Räknar vi bara med steg som säkert gäller kan du öppna \(firm.iso).",
        "The day is counted cautiously: it includes steps marked *check*. Counting only the steps that surely apply, you could open on \(firm.iso)."
      )
      if !questions.isEmpty {
        text +=
          " " + x.settle(questions)
      }
      out += [text, ""]
    }
    for v in view.conflicts {
      let c = v.conflict
      let rule = c.note.map { " (" + markdownEscape($0[x.language]) + ")" } ?? ""
      let because = v.because.map { markdownEscape($0) }
      let title = markdownEscape(v.title)
      let text: String
      switch c.bound {
      case .earliest:
        text = x.t(
          "⚠ **\(title)**: regeln om tidigaste dag\(rule) går inte att hålla – steget måste göras \(c.days) dagar tidigare"
            + (because.map { ", eftersom \($0) väntar på det." } ?? "."),
          "⚠ **\(title)**: the rule on the earliest day\(rule) cannot be met – the step must be done \(c.days) days sooner"
            + (because.map { ", because \($0) waits for it." } ?? "."))
      case .latest:
        text = x.t(
          "⚠ **\(title)**: regeln om sista dag\(rule) går inte att hålla – steget blir \(c.days) dagar för sent"
            + (because.map { " (räknat från \($0))." } ?? "."),
          "⚠ **\(title)**: the rule on the last day\(rule) cannot be met – the step is \(c.days) days late"
            + (because.map { " (counted from \($0))." } ?? "."))
      }
      out += [text, ""]
    }
    return out
  }

  func dateLines(_ v: PlanView.Entry, words: DateWords, x: Words) -> [String] {
    let e = v.entry
    let language = x.language
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
    for wait in v.waits {
      let w = wait.wait
      let other = markdownEscape(wait.title)
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

  func duties(_ view: PlanView, words: DateWords, x: Words) -> [String] {
    guard !view.duties.isEmpty else { return [] }
    var out = ["## " + words.afterOpening, ""]
    out.append(
      x.t(
        "Återkommande skyldigheter när du har öppnat – de är inte med i listan ovan och finns i kalenderfilen.",
        "Recurring duties once you have opened – they are not in the list above and are in the calendar file."))
    out.append("")
    for v in view.duties {
      let d = v.duty
      var line = "- **\(markdownEscape(v.title))**"
      if d.status == .check { line += " _(" + x.check + ")_" }
      line += " — \(words.firstDue) \(d.firstDue.iso) · " + markdownEscape(d.recurrence.rule[x.language])
      out.append(line)
    }
    out.append("")
    return out
  }
}
