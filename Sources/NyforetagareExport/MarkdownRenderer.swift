import NyforetagareEngine
import NyforetagareText

/// Renders a plan as GitHub-flavoured Markdown: summary, task list, timeline, fees, what does
/// not apply, the data sheet, an application draft per step, and the sources.
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The Markdown text of a plan, in the view's language.
  public func render(_ view: PlanView) -> String {
    let plan = view.plan
    let language = view.language
    let x = Words(language: language)
    var out: [String] = []

    let kind = view.businessKind
    var title = x.yourPlan
    if let kind { title += ": \(kind)" }
    if let k = plan.kommun { title += x.t(" i ", " in ") + k.name }
    out.append("# \(markdownEscape(title))")
    out.append("")
    out.append(
      x.t("Gjord", "Made") + " \(plan.today.iso) " + x.t("med innehållsversion", "with content version")
        + " \(plan.contentVersion) (\(plan.contentDate.iso)).")
    out.append("")
    let words = DateWords(language: language)
    out += firstActions(view, words: words)

    // Summary.
    out.append("## " + x.t("Din situation", "Your situation"))
    out.append("")
    for a in view.situation {
      out.append("- \(markdownEscape(a.label)): \(markdownEscape(a.value))")
    }
    if !view.unanswered.isEmpty {
      out.append(
        "- " + x.t("Inte besvarat (vi räknar försiktigt): ", "Not answered (we read it cautiously): ")
          + view.unanswered.map { markdownEscape($0) }.joined(separator: ", "))
    }
    out.append("")
    out.append("## " + x.earliestOpening)
    out.append("")
    out.append("**\(plan.earliestOpening.iso)**")
    out.append("")
    out += firmness(view, x: x)
    if let desired = plan.desiredOpening {
      if let delay = plan.openingDelay {
        let chain = view.criticalChain.joined(separator: " → ")
        out.append(
          x.t(
            "Din önskade dag \(desired.iso) går inte att nå: den ligger \(delay) dagar för tidigt. Det beror på kedjan: \(chain).",
            "Your desired day \(desired.iso) cannot be met: it is \(delay) days too early. The chain that decides it: \(chain)."
          ))
      } else {
        out.append(x.t("Din önskade dag \(desired.iso) går att nå.", "Your desired day \(desired.iso) can be met."))
      }
      out.append("")
    }
    let fees = plan.fees
    let kommunName = plan.kommun?.name
    // With a step made per kommun, the steps without a figure are each for their own kommun.
    let whoseFigures =
      plan.entries.contains { $0.forKommun != nil }
      ? x.t("respektive kommun", "their kommun") : (kommunName ?? x.t("din kommun", "your kommun"))
    let work = plan.entries.filter { $0.step.kind != .milestone }
    out.append(
      x.t(
        "\(work.count) steg hos \(plan.actorIDs.count) aktörer. ",
        "\(work.count) steps with \(plan.actorIDs.count) actors. ")
        + feeSummaryLine(fees, kommun: whoseFigures, x))
    let checks = plan.entries.filter { $0.status == .check }.count
    if checks > 0 {
      out.append("")
      out.append(
        x.t(
          "\(checks) steg är markerade *kontrollera*: de kan gälla dig, beroende på frågor du inte har besvarat.",
          "\(checks) steps are marked *check*: they may apply to you, depending on questions you have not answered."))
    }
    out.append("")

    // Task list.
    out.append("## " + x.t("Att göra, i ordning", "To do, in order"))
    out.append("")
    // Under the list's heading, not the opening day's: the printed page keeps its summary and
    // timeline on page one.
    let unknown = view.entries.filter(\.entry.countsNoTime).map { markdownEscape($0.title) }
    if let caveat = words.unknownDurations(unknown) { out += [caveat, ""] }
    for v in view.entries {
      let e = v.entry
      var line = (e.isDone ? "- [x] " : "- [ ] ") + "**\(markdownEscape(v.title))**"
      if e.status == .check { line += " _(" + x.check + ")_" }
      if e.critical { line += " ⚑" }
      line += " — \(markdownEscape(v.actorName))"
      if e.step.kind == .milestone {
        line += " · \(e.start.iso)"
      } else {
        line += " · " + words.span(e)
        line += " · " + markdownEscape(x.fee(of: e, kommun: v.figuresKommun))
      }
      if let url = e.eService { line += " · <\(url)>" }
      out.append(line)
      if e.step.kind != .milestone {
        out.append(
          "  - " + x.t("Varför: ", "Why: ") + markdownEscape(v.why))
      }
      if let c = e.caseRecord {
        out.append(
          "  - " + x.theCase + markdownEscape(caseLine(c, tracking: e.tracking, words, x)))
      }
      if let t = e.tracking, t.overdue { out.append("  - ⚠ " + markdownEscape(Phrases.overdue(t)[language])) }
      out += dateLines(v, words: words, x: x)
      if let d = e.step.timing.deadline {
        out.append("  - " + x.t("Sista dag: ", "Deadline: ") + markdownEscape(d[language]))
      }
      if !v.requires.isEmpty {
        out.append(
          "  - " + x.needsFirst
            + v.requires.map { markdownEscape($0) }.joined(separator: ", "))
      }
    }
    out.append("")
    out.append(
      x.t(
        "⚑ = på den kritiska vägen: blir steget försenat, blir öppningen det också.",
        "⚑ = on the critical path: if this step is late, so is the opening."))
    out.append("")
    out += duties(view, words: words, x: x)

    // Timeline table.
    out.append("## " + x.t("Tidslinje", "Timeline"))
    out.append("")
    out.append(
      "| # | "
        + x.t(
          "Steg | Aktör | Start | Klart | Handläggningstid | Kritisk",
          "Step | Actor | Start | Done | Handling time | Critical") + " |")
    out.append("|---|---|---|---|---|---|---|")
    for (i, v) in view.entries.enumerated() {
      let e = v.entry
      let cells = [
        String(i + 1), markdownEscape(v.title, inTable: true),
        markdownEscape(v.actorName, inTable: true), e.start.iso, e.done.iso,
        markdownEscape(e.step.kind == .milestone ? "–" : x.handling(of: e, kommun: v.figuresKommun), inTable: true),
        e.critical ? "⚑" : "",
      ]
      out.append("| " + cells.joined(separator: " | ") + " |")
    }
    out.append("")

    // Fees.
    out.append("## " + x.t("Avgifter", "Fees"))
    out.append("")
    out.append("| " + x.t("Steg | Avgift | År | Gäller | Källa", "Step | Fee | Year | For | Source") + " |")
    out.append("|---|---|---|---|---|")
    for v in view.entries where v.entry.step.kind != .milestone {
      let e = v.entry
      guard let f = e.fee ?? e.figures?.feeExample else { continue }
      let amount = e.fee == nil ? x.noFigure(v.figuresKommun) + " (" + x.fee(f) + ")" : x.fee(f)
      let cells = [
        markdownEscape(v.title, inTable: true), markdownEscape(amount, inTable: true),
        f.year.map(String.init) ?? "–", markdownEscape(x.feeScope(f), inTable: true),
        f.source.map { "<\($0)>" } ?? "–",
      ]
      out.append("| " + cells.joined(separator: " | ") + " |")
    }
    out.append("")
    out.append(
      "**"
        + x.t(
          "Bekräftade avgifter (kommunens egna och nationella): ", "Confirmed fees (the kommun's own and national): ")
        + x.kr(fees.confirmedSEK) + "**")
    out.append("")
    out.append(
      "- " + x.t("Uppskattat därutöver: ", "Estimated on top: ") + x.kr(fees.estimatedSEK)
        + x.t(
          " (uppskattningar, steg att kontrollera och frivilliga stöd)",
          " (estimates, steps to check and optional support)"))
    out.append(
      "- " + x.t("Steg utan uppgift för ", "Steps with no figure for ")
        + whoseFigures
        + ": \(fees.stepsWithoutFigure)" + x.t(" – se kommunens taxa", " – see the kommun's fee schedule"))
    out.append("")

    // Not needed.
    out.append("## " + x.notNeededForYou)
    out.append("")
    for a in view.notNeeded {
      out.append("- **\(markdownEscape(a.title))** — " + markdownEscape(a.why))
    }
    if view.notNeeded.isEmpty { out.append(x.t("Inga.", "None.")) }
    out.append("")
    if !view.setAside.isEmpty {
      out.append("## " + x.setAside)
      out.append("")
      for a in view.setAside {
        out.append("- **\(markdownEscape(a.title))** — " + markdownEscape(a.why))
      }
      out.append("")
    }
    if !view.formerCases.isEmpty {
      out.append("## " + x.t("Steg som inte längre gäller", "Steps that no longer apply"))
      out.append("")
      for c in view.formerCases {
        out.append("- **\(markdownEscape(c.title))** — " + markdownEscape(caseLine(c.record, tracking: nil, words, x)))
      }
      out.append("")
    }
    if !view.alreadyDone.isEmpty {
      out.append("## " + x.alreadyDone)
      out.append("")
      for a in view.alreadyDone {
        out.append("- [x] **\(markdownEscape(a.title))** — " + markdownEscape(a.why))
      }
      out.append("")
    }

    // Data sheet.
    out.append("## " + x.myData)
    out.append("")
    out.append(
      x.t(
        "Formulären i planen frågar efter \(plan.entriesWithoutPrefill) uppgifter, men det är bara \(plan.dataUsage.count) olika. Du skriver varje uppgift en gång; de fylls i åt dig (\(plan.prefillSaving) inmatningar sparade).",
        "The forms in the plan ask for \(plan.entriesWithoutPrefill) entries, but only \(plan.dataUsage.count) different items. You type each once; they are filled in for you (\(plan.prefillSaving) entries saved)."
      ))
    out.append("")
    out.append("| " + x.t("Uppgift | Värde | Används i", "Item | Value | Used in") + " |")
    out.append("|---|---|---|")
    for u in plan.dataUsage {
      let value = u.value.map { markdownEscape($0, inTable: true) } ?? "_" + x.missing + "_"
      let personal = u.item.isPersonal ? " 🔒" : ""
      // Asked for only for answers not yet given: said so, never shown as applying.
      let pending = view.dataPending[u.item.id].map { " _(" + markdownEscape(x.mayBeNeeded($0), inTable: true) + ")_" }
      out.append(
        "| \(markdownEscape(u.item.label[language], inTable: true))\(personal)\(pending ?? "") | \(value) | \(u.steps.count) |"
      )
    }
    out.append("")
    out.append(x.t("🔒 = personuppgift.", "🔒 = personal data."))
    out.append("")

    // Drafts.
    out.append("## " + x.t("Ansökningsutkast", "Application drafts"))
    out.append("")
    out.append(
      x.t(
        "Det här skriver du in i e-tjänsten eller blanketten. Uppgifter som saknas är markerade.",
        "This is what you enter in the e-service or form. Missing items are marked."))
    out.append("")
    // Only the items this plan asks for, with the values typed or answered in the interview.
    for v in view.entries where !v.draft.isEmpty {
      let e = v.entry
      out.append("### \(markdownEscape(v.title))" + (e.status == .check ? " _(" + x.check + ")_" : ""))
      out.append("")
      var meta = x.t("Till: ", "To: ") + markdownEscape(v.actorName)
      if let url = e.eService { meta += " · <\(url)>" }
      out.append(meta)
      out.append("")
      out.append("| " + x.t("Fält | Värde", "Field | Value") + " |")
      out.append("|---|---|")
      for field in v.draft {
        let value = field.value.map { markdownEscape($0, inTable: true) } ?? "**" + x.missing + "**"
        let pending = field.pending.map { " _(" + markdownEscape(x.mayBeNeeded($0), inTable: true) + ")_" }
        out.append("| \(markdownEscape(field.label, inTable: true))\(pending ?? "") | \(value) |")
      }
      if !e.step.documents.isEmpty {
        out.append("")
        out.append(x.t("Bifoga:", "Attach:"))
        out.append("")
        for d in e.step.documents { out.append("- \(markdownEscape(d[language]))") }
      }
      out.append("")
    }

    // Sources.
    out.append("## " + x.t("Lagstöd och källor", "Legal basis and sources"))
    out.append("")
    for v in view.entries {
      let e = v.entry
      var parts: [String] = []
      for l in e.step.legalBasis {
        parts.append(l.url.map { "[\(markdownEscape(l.ref))](\($0))" } ?? markdownEscape(l.ref))
      }
      if parts.isEmpty, let none = e.step.legalBasisNone { parts.append(markdownEscape(none[language])) }
      let sources = e.step.sources.map { "<\($0)>" }.joined(separator: ", ")
      var line = "- **\(markdownEscape(v.title))**: " + parts.joined(separator: "; ")
      if !sources.isEmpty { line += " — " + sources }
      if e.step.certainty == .uncertain, let u = e.step.uncertainty {
        line += " — " + x.t("Osäkert: ", "Uncertain: ") + markdownEscape(u[language])
      }
      if let h = e.handling, let src = h.source {
        line +=
          " — " + x.handlingTime + " (\(x.handlingSource(of: e, h))): <\(src)>"
      }
      out.append(line)
    }
    out.append("")
    out.append("---")
    out.append("")
    out.append("_" + markdownEscape(view.disclaimer) + "_")
    out.append("")
    return out.joined(separator: "\n")
  }

  func feeSummaryLine(_ fees: FeeSummary, kommun: String?, _ x: Words) -> String {
    var parts = [x.t("Bekräftade avgifter: ", "Confirmed fees: ") + x.kr(fees.confirmedSEK)]
    if fees.estimatedSEK > 0 { parts.append(x.t("uppskattat ", "estimated ") + x.kr(fees.estimatedSEK)) }
    if fees.stepsWithoutFigure > 0 {
      parts.append(
        x.t(
          "\(fees.stepsWithoutFigure) steg utan uppgift för \(kommun ?? "din kommun")",
          "\(fees.stepsWithoutFigure) steps with no figure for \(kommun ?? "your kommun")"))
    }
    return parts.joined(separator: "; ") + "."
  }

  func caseLine(_ c: CaseRecord, tracking: CaseTracking?, _ words: DateWords, _ x: Words) -> String {
    var parts = [x.caseState(c.state)]
    if let s = c.submitted { parts.append(x.t("inskickad ", "sent in ") + s.iso) }
    if let r = c.reference { parts.append(x.t("diarienummer ", "reference ") + r) }
    if let q = c.supplementRequested { parts.append(x.t("komplettering begärd ", "completion requested ") + q.iso) }
    if let d = c.decided { parts.append(x.t("beslut ", "decision ") + d.iso) }
    if let t = tracking {
      parts.append(
        t.expectedKnown
          ? words.expectedDecision.lowercased() + " " + t.expectedDecision.iso : words.unknownDecision.lowercased())
      parts.append(words.latestDecision.lowercased() + " " + t.latestDecision.iso)
    }
    if let reason = c.reason { parts.append(reason) }
    if let note = c.note { parts.append(note) }
    return parts.joined(separator: " · ")
  }
}
