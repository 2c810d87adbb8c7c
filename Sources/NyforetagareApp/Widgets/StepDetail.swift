import NyforetagareEngine
import NyforetagareExport
import NyforetagareText
import TerminalUI

/// The text of a step's screen: what it is, why, what it costs and takes, how to apply, the
/// data the form asks for, dependencies, law and sources, wrapped to a width.
enum StepDetail {
  /// The text lines of a step's screen at a width.
  static func lines(_ id: String, width w: Int, _ env: Env) -> [(String, Style)] {
    guard let plan = env.plan, let e = plan.entry(id) else { return [] }
    let landscape = env.landscape
    let language = env.language
    let text = env.text
    let data = env.founder.data
    let step = e.step
    // The step's words (title, actor, why, what it requires, its form's fields), resolved the
    // way the exports resolve them.
    let shown = PlanView.Resolver(plan: plan, landscape: landscape, language: language).entry(e)
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
    para(text.t("Hos: ", "With: ") + shown.actorName)
    let words = DateWords(language: language)
    if step.kind != .milestone {
      para(e.submit == nil ? text.t("Start ", "Start ") + words.span(e) : words.span(e))
      if let latest = e.latest, e.tracking == nil { para("\(words.latestDecision): \(latest.iso)") }
      if let w = e.window {
        var parts: [String] = []
        if let earliest = w.earliest { parts.append("\(words.sendNotBefore) \(earliest.iso)") }
        if let latest = w.latest { parts.append("\(words.sendBy) \(latest.iso)") }
        para(parts.joined(separator: " · "), .warning)
        if let note = w.note { para(note[language], .dim) }
      }
      if let s = e.season {
        para(
          text.t(
            "Tillståndet gäller \(s.season.name.sv) \(s.from.iso)–\(s.to.iso).",
            "The permit is for the \(s.season.name.en) \(s.from.iso)–\(s.to.iso)."))
      }
      for c in plan.windowConflicts where c.step == step.id {
        para(
          text.t(
            "⚠ Regeln om \(c.bound == .earliest ? "tidigaste" : "sista") dag går inte att hålla: \(c.days) dagar.",
            "⚠ The rule on the \(c.bound == .earliest ? "earliest" : "last") day cannot be met: \(c.days) days."),
          .error)
      }
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
        text.theCase + caseSummary(e, text) + text.t("  (s = ändra)", "  (s = change)"),
        e.isDone ? .success : .normal)
      if let t = e.tracking {
        para(
          (t.expectedKnown ? "\(words.expectedDecision) \(t.expectedDecision.iso)" : words.unknownDecision)
            + " · \(words.latestDecision) \(t.latestDecision.iso) (" + (t.latestBasisText ?? "") + ")",
          t.late ? .warning : .normal)
        if t.overdue { para("⚠ " + Phrases.overdue(t)[language], .error) }
      }
    }
    if let summary = step.summary {
      heading(text.t("Vad det är", "What it is"))
      para(summary[language])
    }
    heading(text.t("Varför", "Why"))
    para(shown.why)
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
      // Whose figure it is: this kommun's, national, an estimate — or none for this kommun.
      let kommun = e.forKommun ?? plan.kommun?.name
      para(text.fee(of: e, kommun: kommun))
      if let note = e.fee?.note { para(note[language], .dim) }
      if let src = (e.fee ?? e.figures?.feeExample)?.source { para(text.t("Källa: ", "Source: ") + src, .dim) }
      heading(text.handlingTime)
      if e.handling != nil || e.figures?.handlingExample != nil {
        para(text.handling(of: e, kommun: kommun))
        if let h = e.handling ?? e.figures?.handlingExample {
          if let note = h.note { para(note[language], .dim) }
          if let src = h.source { para(text.t("Källa: ", "Source: ") + src, .dim) }
        }
      } else {
        para(text.t("Ingen publicerad handläggningstid.", "No published handling time."))
      }
      if let s = step.timing.statutoryMax {
        para(text.t("Enligt lag högst ", "By law at most ") + text.days(s.days) + " (\(s.basis))")
      }
      if let sendBy = e.sendBy, e.window == nil { para("\(words.sendBy) \(sendBy.iso).", .warning) }
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
      // Only what this plan's forms ask for; answers from the interview count as given.
      for field in shown.draft {
        if let v = data[field.id] ?? field.value {
          para("✓ " + field.label + ": " + v, .success)
        } else {
          para(
            "✗ " + field.label
              + text.t(" – saknas (fyll i under Mina uppgifter, d)", " – missing (fill in under My data, d)"), .warning)
        }
      }
    }
    if !e.requires.isEmpty || !e.requiredBy.isEmpty {
      heading(text.t("Beroenden", "Dependencies"))
      if !e.requires.isEmpty {
        para(
          text.needsFirst
            + shown.requires.joined(separator: ", "))
      }
      if !e.requiredBy.isEmpty {
        para(
          text.t("Krävs av: ", "Needed by: ")
            + shown.requiredBy.joined(separator: ", "))
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

  static func caseSummary(_ e: Plan.Entry, _ text: Words) -> String {
    var parts = [text.caseState(e.caseState)]
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
}
