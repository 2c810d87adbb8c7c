/// The snapshot form of the timing rules: requirement events and conditions, windows,
/// recurrences, seasons and the optional flag.
extension LandscapeSnapshot {
  static func stepRules(_ w: inout ByteWriter, _ s: Step) {
    w.array(s.requires) { w, q in
      w.string(q.event.rawValue)
      w.string(q.gates.rawValue)
      w.optional(q.when, condition)
    }
    w.optional(s.timing.window, window)
    w.optional(s.timing.recurring) { w, c in
      w.string(c.frequency.rawValue)
      w.int(c.interval)
      w.optional(c.month) { $0.int($1) }
      w.optional(c.day) { $0.int($1) }
      w.bool(c.coversPreviousPeriod)
      text(&w, c.rule)
      w.optional(c.source) { $0.string($1) }
      location(&w, c.location)
      w.optional(c.title, text)
    }
    w.bool(s.optional)
    w.optional(s.perKommun) { w, rule in
      w.string(rule.question)
      location(&w, rule.location)
    }
  }

  /// Reads the rules into a step's requirements and timing before the step is made (so no
  /// copy of a shared step is changed), and gives its optional flag and per-kommun rule.
  static func stepRules(
    _ r: inout ByteReader, requires: inout [Step.Requirement], timing: inout Timing
  ) throws(ByteReader.Malformed) -> (optional: Bool, perKommun: Step.PerKommunRule?) {
    let count = try r.int()
    guard count == requires.count else { throw ByteReader.Malformed() }
    for i in 0..<count {
      requires[i].event = try raw(&r, StepEvent.self)
      requires[i].gates = try raw(&r, StepEvent.self)
      requires[i].when = try r.optional(condition)
    }
    timing.window = try r.optional(window)
    timing.recurring = try r.optional { r throws(ByteReader.Malformed) in
      var recurrence = Recurrence(
        frequency: try raw(&r, Recurrence.Frequency.self), interval: try r.int(),
        month: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
        day: try r.optional { r throws(ByteReader.Malformed) in try r.int() }, coversPreviousPeriod: try r.bool(),
        rule: try text(&r), source: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
        location: try location(&r))
      recurrence.title = try r.optional(text)
      return recurrence
    }
    let optional = try r.bool()
    let perKommun = try r.optional { r throws(ByteReader.Malformed) in
      Step.PerKommunRule(question: try r.string(), location: try location(&r))
    }
    return (optional, perKommun)
  }

  static func window(_ w: inout ByteWriter, _ v: TimingWindow) {
    w.optional(v.earliest, bound)
    w.optional(v.latest, bound)
    w.optional(v.note, text)
    w.optional(v.source) { $0.string($1) }
    location(&w, v.location)
  }

  static func window(_ r: inout ByteReader) throws(ByteReader.Malformed) -> TimingWindow {
    TimingWindow(
      earliest: try r.optional(bound), latest: try r.optional(bound), note: try r.optional(text),
      source: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, location: try location(&r))
  }

  static func bound(_ w: inout ByteWriter, _ b: TimingWindow.Bound) {
    switch b.anchor {
    case .beforeOpening(let days):
      w.int(0)
      w.int(days)
    case .afterStep(let step, let event, let days):
      w.int(1)
      w.string(step)
      w.string(event.rawValue)
      w.int(days)
    }
    location(&w, b.location)
  }

  static func bound(_ r: inout ByteReader) throws(ByteReader.Malformed) -> TimingWindow.Bound {
    let anchor: TimingWindow.Bound.Anchor
    switch try r.int() {
    case 0: anchor = .beforeOpening(days: try r.int())
    case 1: anchor = .afterStep(step: try r.string(), event: try raw(&r, StepEvent.self), days: try r.int())
    default: throw ByteReader.Malformed()
    }
    return TimingWindow.Bound(anchor, location: try location(&r))
  }

  static func season(_ w: inout ByteWriter, _ s: Season) {
    text(&w, s.name)
    w.int(s.from.month)
    w.int(s.from.day)
    w.int(s.to.month)
    w.int(s.to.day)
    w.optional(s.applyDaysBefore) { $0.int($1) }
    w.optional(s.source) { $0.string($1) }
    location(&w, s.location)
  }

  static func season(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Season {
    Season(
      name: try text(&r), from: MonthDay(month: try r.int(), day: try r.int()),
      to: MonthDay(month: try r.int(), day: try r.int()),
      applyDaysBefore: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      source: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, location: try location(&r))
  }
}
