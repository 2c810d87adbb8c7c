import Yams

/// The timing rules of a step and a profile: requirement events, windows, recurrences, seasons.
extension LandscapeParser {
  /// One entry of `requires`: a step id, or a mapping with `step`, `lag_days`, `event`, `gates`,
  /// `when` and `note`.
  func readRequirement(_ req: Node, file: String, reader r: NodeReader) -> Step.Requirement? {
    let loc = r.location(of: req)
    if case .scalar(let s) = req {
      return Step.Requirement(step: s.string, lagDays: 0, note: nil, location: loc)
    }
    guard let rr = NodeReader(req, file: file, what: "requirement", sink: sink) else { return nil }
    let step = rr.string("step", required: true)
    let lag = rr.int("lag_days") ?? 0
    let note = rr.localized("note")
    let event = readEvent(rr, key: "event", default: .decided)
    let gates = readEvent(rr, key: "gates", default: .submitted)
    var when: Condition?
    if let c = rr.node("when") { when = ConditionParser.parse(c, file: file, sink: sink) }
    rr.maintainerNote()
    rr.finish()
    guard let step else { return nil }
    var requirement = Step.Requirement(step: step, lagDays: lag, note: note, location: loc)
    requirement.event = event
    requirement.gates = gates
    requirement.when = when
    return requirement
  }

  /// `submitted` or `decided` at a key.
  func readEvent(_ r: NodeReader, key: String, default value: StepEvent) -> StepEvent {
    guard let text = r.string(key) else { return value }
    if let event = StepEvent(rawValue: text) { return event }
    sink.error("unknown \(key) '\(text)' (allowed: submitted, decided)", at: r.keyLocation(key))
    return value
  }

  /// `window: {earliest: …, latest: …, note, source}`.
  func readWindow(_ wr: NodeReader) -> TimingWindow? {
    let earliest = wr.child("earliest", what: "window bound").flatMap(readBound)
    let latest = wr.child("latest", what: "window bound").flatMap(readBound)
    let note = wr.localized("note")
    let source = wr.string("source")
    wr.finish()
    if earliest == nil && latest == nil {
      sink.error("window needs 'earliest' or 'latest'", at: wr.location)
      return nil
    }
    if case .beforeOpening(let e)? = earliest?.anchor, case .beforeOpening(let l)? = latest?.anchor, l > e {
      sink.error(
        "window: latest (\(l) days before opening) is before earliest (\(e) days before opening)", at: wr.location)
    }
    return TimingWindow(earliest: earliest, latest: latest, note: note, source: source, location: wr.location)
  }

  /// `{days_before_opening: N}` or `{step: X, event: submitted|decided, days_after: N}`.
  func readBound(_ br: NodeReader) -> TimingWindow.Bound? {
    defer { br.finish() }
    if br.has("days_before_opening") {
      guard let days = br.int("days_before_opening") else { return nil }
      if br.has("step") { sink.error("a bound counts from the opening or from a step, not both", at: br.location) }
      return TimingWindow.Bound(.beforeOpening(days: days), location: br.location)
    }
    guard let step = br.string("step") else {
      sink.error("a window bound needs 'days_before_opening' or 'step'", at: br.location)
      return nil
    }
    let event = readEvent(br, key: "event", default: .decided)
    let days = br.int("days_after", minimum: nil) ?? 0
    return TimingWindow.Bound(.afterStep(step: step, event: event, days: days), location: br.location)
  }

  /// `recurring: {frequency, interval, month, day, covers_previous_period, rule, source}`.
  func readRecurrence(_ rr: NodeReader) -> Recurrence? {
    let frequencyText = rr.string("frequency", required: true)
    let interval = rr.int("interval") ?? 1
    let month = rr.int("month")
    let day = rr.int("day")
    let covers = rr.bool("covers_previous_period") ?? false
    let rule = rr.localized("rule", required: true)
    let source = rr.string("source")
    let title = rr.localized("title")
    rr.finish()
    guard let frequencyText else { return nil }
    guard let frequency = Recurrence.Frequency(rawValue: frequencyText) else {
      let allowed = Recurrence.Frequency.allCases.map(\.rawValue).joined(separator: ", ")
      sink.error("unknown frequency '\(frequencyText)' (allowed: \(allowed))", at: rr.keyLocation("frequency"))
      return nil
    }
    if interval < 1 { sink.error("recurring: interval must be at least 1", at: rr.keyLocation("interval")) }
    if let month, !(1...12).contains(month) {
      sink.error("recurring: month \(month) is not 1–12", at: rr.keyLocation("month"))
    }
    if month != nil && frequency != .yearly {
      sink.error("recurring: 'month' is only for a yearly rule", at: rr.keyLocation("month"))
    }
    if let day {
      let limit = frequency == .monthly ? 28 : Day.daysIn(month: month ?? 1, year: 2023)
      if !(1...limit).contains(day) {
        sink.error("recurring: day \(day) is not 1–\(limit) for this rule", at: rr.keyLocation("day"))
      }
      if frequency == .yearly && month == nil {
        sink.error("recurring: a yearly 'day' needs 'month'", at: rr.keyLocation("day"))
      }
    }
    if frequency == .ongoing && (day != nil || covers) {
      sink.error("recurring: an ongoing duty has no due day", at: rr.location)
    }
    guard let rule else { return nil }
    var recurrence = Recurrence(
      frequency: frequency, interval: max(1, interval), month: month, day: day, coversPreviousPeriod: covers,
      rule: rule,
      source: source, location: rr.location)
    recurrence.title = title
    return recurrence
  }

  /// `seasons: [{name, from: "MM-DD", to: "MM-DD", apply_days_before, source}]` in a profile.
  func readSeasons(_ nodes: [Node], file: String) -> [Season] {
    var seasons: [Season] = []
    for node in nodes {
      guard let sr = NodeReader(node, file: file, what: "season", sink: sink) else { continue }
      let name = sr.localized("name", required: true)
      let fromText = sr.string("from", required: true)
      let toText = sr.string("to", required: true)
      let applyBefore = sr.int("apply_days_before")
      let source = sr.string("source")
      sr.finish()
      let from = fromText.flatMap(MonthDay.init)
      let to = toText.flatMap(MonthDay.init)
      if let fromText, from == nil {
        sink.error("season 'from' must be MM-DD, not '\(fromText)'", at: sr.keyLocation("from"))
      }
      if let toText, to == nil { sink.error("season 'to' must be MM-DD, not '\(toText)'", at: sr.keyLocation("to")) }
      if source == nil { sink.warning("season without source", at: sr.location) }
      guard let name, let from, let to else { continue }
      seasons.append(
        Season(name: name, from: from, to: to, applyDaysBefore: applyBefore, source: source, location: sr.location))
    }
    return seasons
  }
}
