import Yams

extension LandscapeParser {
  mutating func readStep(_ node: Node, file: String, expectedID: String) {
    guard let r = NodeReader(node, file: file, what: "step", sink: sink) else { return }
    let id = r.string("id", required: true)
    if let id, id != expectedID {
      sink.error("step id '\(id)' must equal the file name '\(expectedID)'", at: r.keyLocation("id"))
    }
    let title = r.localized("title", required: true)
    let actor = r.string("actor", required: true)
    let kindText = r.string("kind", required: true)
    let phaseText = r.string("phase")
    let summary = r.localized("summary")
    let why = r.localized("why", required: true)
    let whyNot = r.localized("why_not")
    var appliesWhen: Condition?
    if let c = r.node("applies_when") { appliesWhen = ConditionParser.parse(c, file: file, sink: sink) }
    var doneWhen: Condition?
    if let c = r.node("done_when") { doneWhen = ConditionParser.parse(c, file: file, sink: sink) }
    var requires: [Step.Requirement] = []
    for req in r.sequence("requires") ?? [] {
      if let requirement = readRequirement(req, file: file, reader: r) { requires.append(requirement) }
    }
    var timing = Timing.none
    if let tr = r.child("timing", what: "timing") {
      if let hr = tr.child("handling_days", what: "handling_days") {
        timing.handling = readHandling(hr, kommun: nil)
      }
      if let sr = tr.child("statutory_max_days", what: "statutory_max_days") {
        let days = sr.int("days", required: true)
        let basis = sr.string("basis", required: true)
        let source = sr.string("source")
        sr.maintainerNote()
        sr.finish()
        if let days, let basis { timing.statutoryMax = StatutoryMax(days: days, basis: basis, source: source) }
      }
      timing.noticeDaysBeforeOpening = tr.int("notice_days_before_opening")
      timing.deadline = tr.localized("deadline")
      if let wr = tr.child("window", what: "window") { timing.window = readWindow(wr) }
      if let rr = tr.child("recurring", what: "recurring") { timing.recurring = readRecurrence(rr) }
      if timing.noticeDaysBeforeOpening != nil, timing.window?.latest != nil {
        sink.error("give either notice_days_before_opening or window.latest, not both", at: tr.location)
      }
      tr.finish()
    }
    var fee: Fee?
    if let fr = r.child("fee", what: "fee") { fee = readFee(fr, kommun: nil) }
    var legal: [Step.LegalReference] = []
    for l in r.sequence("legal_basis") ?? [] {
      guard let lr = NodeReader(l, file: file, what: "legal_basis entry", sink: sink) else { continue }
      let ref = lr.string("ref", required: true)
      let url = lr.string("url")
      lr.finish()
      if let ref { legal.append(Step.LegalReference(ref: ref, url: url)) }
    }
    let legalNone = r.localized("legal_basis_none")
    let requirements = r.localizedList("requirements") ?? []
    let documents = r.localizedList("documents") ?? []
    let data = r.stringList("data") ?? []
    var apply: Step.Apply?
    if let ar = r.child("apply", what: "apply") {
      apply = Step.Apply(whereText: ar.localized("where"), how: ar.localized("how"), eService: ar.string("e_service"))
      ar.finish()
    }
    let sources = r.stringList("sources") ?? []
    let certaintyText = r.string("certainty") ?? "confirmed"
    let uncertainty = r.localized("uncertainty")
    let optional = r.bool("optional") ?? false
    let perKommun = r.string("per_kommun").map {
      Step.PerKommunRule(question: $0, location: r.keyLocation("per_kommun"))
    }
    r.maintainerNote()
    r.finish()

    var kind: Step.Kind?
    if let kindText {
      kind = Step.Kind(rawValue: kindText)
      if kind == nil {
        sink.error(
          "unknown step kind '\(kindText)' (allowed: \(Step.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
          at: r.keyLocation("kind"))
      }
    }
    var phase = Step.Phase.beforeOpening
    if let phaseText {
      if let p = Step.Phase(rawValue: phaseText) {
        phase = p
      } else {
        sink.error("unknown phase '\(phaseText)' (allowed: before_opening, after_opening)", at: r.keyLocation("phase"))
      }
    }
    let certainty = Step.Certainty(rawValue: certaintyText)
    if certainty == nil {
      sink.error(
        "unknown certainty '\(certaintyText)' (allowed: confirmed, practice, uncertain)", at: r.keyLocation("certainty")
      )
    }
    guard let id, let title, let actor, let kind, let why, unique("step", id, at: r.location) else {
      return
    }
    steps.append(
      Step(
        id: id, title: title, actor: actor, kind: kind, phase: phase, summary: summary, why: why,
        whyNot: whyNot, appliesWhen: appliesWhen, doneWhen: doneWhen, requires: requires,
        timing: timing, fee: fee, legalBasis: legal, legalBasisNone: legalNone,
        requirements: requirements, documents: documents, data: data, apply: apply,
        sources: sources, certainty: certainty ?? .uncertain, uncertainty: uncertainty,
        location: r.location, optional: optional, perKommun: perKommun))
  }

  func readHandling(_ hr: NodeReader, kommun: String?) -> HandlingTime? {
    let minD = hr.int("min")
    let maxD = hr.int("max")
    let typicalGiven = hr.has("typical") || kommun == nil
    let typical = typicalGiven ? hr.int("typical", required: true) : maxD
    let year = hr.int("year")
    let source = hr.string("source")
    let note = hr.localized("note")
    let unit = hr.string("unit")
    let (scope, figureKommun, undated) = readScope(hr, profileKommun: kommun)
    hr.maintainerNote()
    hr.finish()
    if let unit, unit != "calendar_days" && unit != "working_days" {
      sink.error("unknown unit '\(unit)' (allowed: calendar_days, working_days)", at: hr.keyLocation("unit"))
    }
    guard let typical else {
      if !typicalGiven { sink.error("handling_days needs 'typical' or 'max'", at: hr.location) }
      return nil
    }
    if let minD, minD > typical {
      sink.error("handling_days: min (\(minD)) is more than typical (\(typical))", at: hr.location)
    }
    if let maxD, maxD < typical {
      sink.error("handling_days: max (\(maxD)) is less than typical (\(typical))", at: hr.location)
    }
    var handling = HandlingTime(
      minDays: minD, typicalDays: typical, maxDays: maxD, year: year, source: source, note: note,
      kommun: kommun ?? figureKommun, location: hr.location)
    handling.typicalGiven = typicalGiven
    handling.workingDays = unit == "working_days"
    handling.scope = scope
    handling.undated = undated
    return handling
  }

  func readFee(_ fr: NodeReader, kommun: String?) -> Fee {
    var fee = Fee(
      amount: fr.int("amount_sek"), min: fr.int("min_sek"), max: fr.int("max_sek"),
      per: fr.localized("per"), year: fr.int("year"), source: fr.string("source"),
      note: fr.localized("note"), kommun: kommun, location: fr.location)
    let (scope, figureKommun, undated) = readScope(fr, profileKommun: kommun)
    fee.scope = scope
    fee.kommun = kommun ?? figureKommun
    fee.undated = undated
    fr.maintainerNote()
    fr.finish()
    if let lo = fee.min, let hi = fee.max, lo > hi {
      sink.error("fee: min_sek (\(lo)) is more than max_sek (\(hi))", at: fr.location)
    }
    return fee
  }

  /// Reads `scope`, `kommun` and `undated` of a figure. In a kommun's profile the figure is
  /// that kommun's own: `scope` and `kommun` are not written there.
  func readScope(_ r: NodeReader, profileKommun: String?) -> (FigureScope?, String?, Bool) {
    let undated = r.bool("undated") ?? false
    if let profileKommun {
      return (.kommun, profileKommun, undated)
    }
    let scopeText = r.string("scope")
    let kommun = r.string("kommun")
    var scope: FigureScope?
    if let scopeText {
      scope = FigureScope(rawValue: scopeText)
      if scope == nil || scope == .kommun {
        sink.error(
          "unknown scope '\(scopeText)' (allowed in a step: national, estimate, example; a kommun's own figure goes in its profile)",
          at: r.keyLocation("scope"))
      }
    }
    if scope == .example && kommun == nil {
      sink.error("a figure with scope example needs 'kommun': the kommun it comes from", at: r.keyLocation("scope"))
    }
    if kommun != nil && scope != .example {
      sink.error("'kommun' is only for a figure with scope example", at: r.keyLocation("kommun"))
    }
    // Unwritten, a figure would be taken and printed as national: make the maintainer say whose.
    if scopeText == nil {
      sink.warning(
        "the figure does not say whose it is; add scope: national (a state authority's figure or "
          + "the statute's), estimate (say in maintainer_note what it rests on) or example with kommun:",
        at: r.location)
    }
    return (scope ?? .national, kommun, undated)
  }

  mutating func readProfile(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "kommun profile", sink: sink) else { return }
    let kommun = r.string("kommun", required: true)
    let updatedText = r.string("updated")
    let sources = r.stringList("sources") ?? []
    var overrides: [String: KommunProfile.StepOverride] = [:]
    if let stepsNode = r.node("steps") {
      if case .mapping(let mapping) = stepsNode {
        for (keyNode, valueNode) in mapping {
          let stepID = keyNode.scalar?.string ?? "?"
          guard let sr = NodeReader(valueNode, file: file, what: "override of '\(stepID)'", sink: sink) else {
            continue
          }
          var fee: Fee?
          if let fr = sr.child("fee", what: "fee") { fee = readFee(fr, kommun: kommun) }
          var handling: HandlingTime?
          if let hr = sr.child("handling_days", what: "handling_days") { handling = readHandling(hr, kommun: kommun) }
          let eService = sr.string("e_service")
          let contact = sr.localized("contact")
          let note = sr.localized("note")
          let seasons = readSeasons(sr.sequence("seasons") ?? [], file: file)
          let window = sr.child("window", what: "window").flatMap(readWindow)
          sr.maintainerNote()
          sr.finish()
          var override = KommunProfile.StepOverride(
            fee: fee, handling: handling, eService: eService, contact: contact, note: note,
            location: NodeReader.location(of: keyNode, in: file))
          override.seasons = seasons
          override.window = window
          overrides[stepID] = override
        }
      } else {
        sink.error("'steps' must map step ids to overrides", at: r.location(of: stepsNode))
      }
    }
    r.maintainerNote()
    r.finish()
    var updated: Day?
    if let updatedText {
      updated = Day(iso: updatedText)
      if updated == nil {
        sink.error("'updated' must be YYYY-MM-DD, not '\(Echo.quote(updatedText))'", at: r.keyLocation("updated"))
      }
    }
    guard let kommun else { return }
    if let existing = profiles[kommun] {
      sink.error("a second profile for \(kommun) (first at \(existing.location))", at: r.location)
      return
    }
    profiles[kommun] = KommunProfile(
      kommun: kommun, updated: updated, sources: sources, steps: overrides, location: r.location)
  }
}
