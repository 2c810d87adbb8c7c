import NyforetagareEngine

/// Renders a plan as GitHub-flavoured Markdown: summary, task list, timeline, fees, what does
/// not apply, the data sheet, an application draft per step, and the sources.
public struct MarkdownRenderer: Sendable {
  /// The landscape the plan was made from.
  public let landscape: Landscape
  /// The language.
  public let language: Language

  /// Creates a renderer.
  public init(landscape: Landscape, language: Language) {
    self.landscape = landscape
    self.language = language
  }

  /// The Markdown text of a plan.
  public func render(_ plan: Plan) -> String {
    let x = ExportText(language: language)
    let explain = Explanation(landscape: landscape, answers: plan.answers, language: language)
    var out: [String] = []
    func actorName(_ id: String) -> String { landscape.actors[id]?.name[language] ?? id }

    let kind = plan.answers["business_type"].flatMap { v -> String? in
      guard let q = landscape.question("business_type") else { return nil }
      return explain.display(v, for: q)
    }
    var title = x.t("Din plan", "Your plan")
    if let kind { title += ": \(kind)" }
    if let k = plan.kommun { title += x.t(" i ", " in ") + k.name }
    out.append("# \(markdownEscape(title))")
    out.append("")
    out.append(
      x.t("Gjord", "Made") + " \(plan.today.iso) " + x.t("med innehållsversion", "with content version")
        + " \(plan.contentVersion) (\(plan.contentDate.iso)).")
    out.append("")
    let words = DateWords(language: language)
    out += firstActions(plan, words: words)

    // Summary.
    out.append("## " + x.t("Din situation", "Your situation"))
    out.append("")
    for q in landscape.questions {
      guard let v = plan.answers[q.id] else { continue }
      if case .list(let l) = v, l.isEmpty { continue }
      out.append("- \(markdownEscape(q.label[language])): \(markdownEscape(explain.display(v, for: q)))")
    }
    let unanswered = Relevance(landscape: landscape).openQuestions(plan.answers)
    if !unanswered.isEmpty {
      out.append(
        "- " + x.t("Inte besvarat (vi räknar försiktigt): ", "Not answered (we read it cautiously): ")
          + unanswered.map { markdownEscape($0.label[language]) }.joined(separator: ", "))
    }
    out.append("")
    out.append("## " + x.t("Tidigaste öppningsdag", "Earliest opening day"))
    out.append("")
    out.append("**\(plan.earliestOpening.iso)**")
    out.append("")
    out += firmness(plan, x: x)
    if let desired = plan.desiredOpening {
      if let delay = plan.openingDelay {
        let chain = plan.criticalPath.filter { $0 != Planner.openingID }
          .map { landscape.step($0)?.title[language] ?? $0 }.joined(separator: " → ")
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
    let work = plan.entries.filter { $0.step.kind != .milestone }
    out.append(
      x.t(
        "\(work.count) steg hos \(plan.actorIDs.count) aktörer. ",
        "\(work.count) steps with \(plan.actorIDs.count) actors. ")
        + feeSummaryLine(fees, kommun: kommunName, x))
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
    for e in plan.entries {
      var line = (e.isDone ? "- [x] " : "- [ ] ") + "**\(markdownEscape(e.step.title[language]))**"
      if e.status == .check { line += " _(" + x.t("kontrollera", "check") + ")_" }
      if e.critical { line += " ⚑" }
      line += " — \(markdownEscape(actorName(e.step.actor)))"
      if e.step.kind == .milestone {
        line += " · \(e.start.iso)"
      } else {
        line += " · " + words.span(e)
        line += " · " + markdownEscape(x.fee(of: e, kommun: kommunName))
      }
      if let url = e.eService { line += " · <\(url)>" }
      out.append(line)
      if e.step.kind != .milestone {
        out.append(
          "  - " + x.t("Varför: ", "Why: ") + markdownEscape(explain.why(e.step, status: e.status, reasons: e.reasons)))
      }
      if let c = e.caseRecord {
        out.append("  - " + x.t("Ärendet: ", "The case: ") + markdownEscape(caseLine(c, tracking: e.tracking, x)))
      }
      if let t = e.tracking, t.overdue { out.append("  - ⚠ " + markdownEscape(Phrases.overdue(t)[language])) }
      out += dateLines(e, words: words, x: x)
      if let d = e.step.timing.deadline {
        out.append("  - " + x.t("Sista dag: ", "Deadline: ") + markdownEscape(d[language]))
      }
      if !e.requires.isEmpty {
        out.append(
          "  - " + x.t("Kräver först: ", "Needs first: ")
            + e.requires.map { markdownEscape(landscape.step($0)?.title[language] ?? $0) }.joined(separator: ", "))
      }
    }
    out.append("")
    out.append(
      x.t(
        "⚑ = på den kritiska vägen: blir steget försenat, blir öppningen det också.",
        "⚑ = on the critical path: if this step is late, so is the opening."))
    out.append("")
    out += duties(plan, words: words)

    // Timeline table.
    out.append("## " + x.t("Tidslinje", "Timeline"))
    out.append("")
    out.append(
      "| # | "
        + x.t(
          "Steg | Aktör | Start | Klart | Handläggningstid | Kritisk",
          "Step | Actor | Start | Done | Handling time | Critical") + " |")
    out.append("|---|---|---|---|---|---|---|")
    for (i, e) in plan.entries.enumerated() {
      let cells = [
        String(i + 1), markdownEscape(e.step.title[language], inTable: true),
        markdownEscape(actorName(e.step.actor), inTable: true), e.start.iso, e.done.iso,
        markdownEscape(e.step.kind == .milestone ? "–" : x.handling(of: e, kommun: kommunName), inTable: true),
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
    for e in plan.entries where e.step.kind != .milestone {
      guard let f = e.fee ?? e.figures?.feeExample else { continue }
      let amount = e.fee == nil ? x.noFigure(kommunName) + " (" + x.fee(f) + ")" : x.fee(f)
      let cells = [
        markdownEscape(e.step.title[language], inTable: true), markdownEscape(amount, inTable: true),
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
        + (kommunName ?? x.t("din kommun", "your kommun"))
        + ": \(fees.stepsWithoutFigure)" + x.t(" – se kommunens taxa", " – see the kommun's fee schedule"))
    out.append("")

    // Not needed.
    out.append("## " + x.t("Inte aktuellt för dig", "Not needed for you"))
    out.append("")
    for a in plan.notNeeded {
      out.append(
        "- **\(markdownEscape(a.step.title[language]))** — "
          + markdownEscape(explain.whyNot(a.step, reasons: a.reasons)))
    }
    if plan.notNeeded.isEmpty { out.append(x.t("Inga.", "None.")) }
    out.append("")
    if !plan.setAside.isEmpty {
      out.append("## " + x.t("Inte aktuellt enligt dig", "Not applicable, by your choice"))
      out.append("")
      for a in plan.setAside {
        out.append(
          "- **\(markdownEscape(a.step.title[language]))** — " + markdownEscape(plan.cases[a.step.id]?.reason ?? ""))
      }
      out.append("")
    }
    if !plan.formerCases.isEmpty {
      out.append("## " + x.t("Steg som inte längre gäller", "Steps that no longer apply"))
      out.append("")
      for (id, record) in plan.formerCases {
        let title = landscape.step(id)?.title[language] ?? id
        out.append("- **\(markdownEscape(title))** — " + markdownEscape(caseLine(record, tracking: nil, x)))
      }
      out.append("")
    }
    if !plan.alreadyDone.isEmpty {
      out.append("## " + x.t("Redan klart", "Already done"))
      out.append("")
      for a in plan.alreadyDone {
        out.append(
          "- [x] **\(markdownEscape(a.step.title[language]))** — "
            + markdownEscape(explain.why(a.step, status: .alreadyDone, reasons: a.reasons)))
      }
      out.append("")
    }

    // Data sheet.
    out.append("## " + x.t("Mina uppgifter", "My data"))
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
      let value = u.value.map { markdownEscape($0, inTable: true) } ?? "_" + x.t("saknas", "missing") + "_"
      let personal = u.item.isPersonal ? " 🔒" : ""
      out.append(
        "| \(markdownEscape(u.item.label[language], inTable: true))\(personal) | \(value) | \(u.steps.count) |")
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
    let asked = Dictionary(plan.dataUsage.map { ($0.item.id, $0.value) }, uniquingKeysWith: { a, _ in a })
    for e in plan.entries where e.step.data.contains(where: { asked[$0] != nil }) {
      out.append("### \(markdownEscape(e.step.title[language]))")
      out.append("")
      var meta = x.t("Till: ", "To: ") + markdownEscape(actorName(e.step.actor))
      if let url = e.eService { meta += " · <\(url)>" }
      out.append(meta)
      out.append("")
      out.append("| " + x.t("Fält | Värde", "Field | Value") + " |")
      out.append("|---|---|")
      for id in e.step.data {
        guard let item = landscape.dataItem(id), let given = asked[id] else { continue }
        let value = given.map { markdownEscape($0, inTable: true) } ?? "**" + x.t("saknas", "missing") + "**"
        out.append("| \(markdownEscape(item.label[language], inTable: true)) | \(value) |")
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
    for e in plan.entries {
      var parts: [String] = []
      for l in e.step.legalBasis {
        parts.append(l.url.map { "[\(markdownEscape(l.ref))](\($0))" } ?? markdownEscape(l.ref))
      }
      if parts.isEmpty, let none = e.step.legalBasisNone { parts.append(markdownEscape(none[language])) }
      let sources = e.step.sources.map { "<\($0)>" }.joined(separator: ", ")
      var line = "- **\(markdownEscape(e.step.title[language]))**: " + parts.joined(separator: "; ")
      if !sources.isEmpty { line += " — " + sources }
      if e.step.certainty == .uncertain, let u = e.step.uncertainty {
        line += " — " + x.t("Osäkert: ", "Uncertain: ") + markdownEscape(u[language])
      }
      if let h = e.handling, let src = h.source {
        line +=
          " — " + x.t("Handläggningstid", "Handling time") + " (\(x.handlingSource(of: e, h))): <\(src)>"
      }
      out.append(line)
    }
    out.append("")
    out.append("---")
    out.append("")
    out.append("_" + markdownEscape(landscape.meta.disclaimer[language]) + "_")
    out.append("")
    return out.joined(separator: "\n")
  }

  func feeSummaryLine(_ fees: FeeSummary, kommun: String?, _ x: ExportText) -> String {
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

  func caseLine(_ c: CaseRecord, tracking: CaseTracking?, _ x: ExportText) -> String {
    var parts = [x.caseState(c.state)]
    if let s = c.submitted { parts.append(x.t("inskickad ", "sent in ") + s.iso) }
    if let r = c.reference { parts.append(x.t("diarienummer ", "reference ") + r) }
    if let q = c.supplementRequested { parts.append(x.t("komplettering begärd ", "completion requested ") + q.iso) }
    if let d = c.decided { parts.append(x.t("beslut ", "decision ") + d.iso) }
    if let t = tracking {
      let words = DateWords(language: language)
      parts.append(words.expectedDecision.lowercased() + " " + t.expectedDecision.iso)
      parts.append(words.latestDecision.lowercased() + " " + t.latestDecision.iso)
    }
    if let reason = c.reason { parts.append(reason) }
    if let note = c.note { parts.append(note) }
    return parts.joined(separator: " · ")
  }
}
