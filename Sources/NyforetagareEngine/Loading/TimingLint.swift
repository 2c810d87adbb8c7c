/// Lint of the timing rules: windows, recurrences, seasons, working days.
enum TimingLint {
  static func check(_ step: Step, landscape: Landscape?, stepIDs: Set<String>, sink: DiagnosticSink) {
    if let w = step.timing.window {
      for bound in [w.earliest, w.latest].compactMap({ $0 }) {
        guard case .afterStep(let id, _, _) = bound.anchor else { continue }
        if !stepIDs.contains(id) {
          sink.error("unknown step '\(id)' in window", at: bound.location)
        } else if id == step.id {
          sink.error("a window cannot count from its own step", at: bound.location)
        }
      }
      if w.note == nil { sink.warning("window without a note saying the rule in words", at: w.location) }
      if w.source == nil { sink.warning("window without source", at: w.location) }
      if let s = w.source, !ContentLinter.isURL(s) {
        sink.error("window source '\(s)' is not an http(s) URL", at: w.location)
      }
      if step.phase == .afterOpening, w.earliest.map(isBeforeOpening) == true || w.latest.map(isBeforeOpening) == true {
        sink.error("an after-opening step cannot have a window counted before opening", at: w.location)
      }
    }
    if let r = step.timing.recurring {
      if step.kind == .milestone { sink.error("a milestone cannot recur", at: r.location) }
      if r.source == nil && step.kind == .duty && step.sources.isEmpty {
        sink.warning("recurring rule without source", at: r.location)
      }
      if let s = r.source, !ContentLinter.isURL(s) {
        sink.error("recurring source '\(s)' is not an http(s) URL", at: r.location)
      }
      if step.kind == .duty && step.timing.deadline != nil {
        sink.warning("a recurring duty says its deadline in 'recurring.rule'; drop 'deadline'", at: r.location)
      }
    }
    if step.optional && step.kind == .milestone {
      sink.error("a milestone cannot be optional", at: step.location)
    }
  }

  static func checkOverrideWindow(_ window: TimingWindow?, step: Step, stepIDs: Set<String>, sink: DiagnosticSink) {
    guard let window else { return }
    var probe = step
    probe.timing.window = window
    probe.timing.noticeDaysBeforeOpening = window.latest == nil ? nil : probe.timing.noticeDaysBeforeOpening
    if window.latest != nil, step.timing.noticeDaysBeforeOpening != nil {
      sink.error(
        "the step sets notice_days_before_opening; a profile window gives only 'earliest'", at: window.location)
    }
    probe.timing.recurring = nil
    check(probe, landscape: nil, stepIDs: stepIDs, sink: sink)
  }

  static func isBeforeOpening(_ bound: TimingWindow.Bound) -> Bool {
    if case .beforeOpening = bound.anchor { return true }
    return false
  }

  static func checkSeasons(_ seasons: [Season], sink: DiagnosticSink) {
    for (i, a) in seasons.enumerated() {
      for b in seasons[(i + 1)...] {
        guard let ra = a.occurrence(startingIn: 2027) else { continue }
        let overlaps = [2026, 2027, 2028].contains { year in
          b.occurrence(startingIn: year).map { $0.overlaps(ra) } ?? false
        }
        if overlaps { sink.error("seasons '\(a.name.en)' and '\(b.name.en)' overlap", at: b.location) }
      }
    }
  }
}
