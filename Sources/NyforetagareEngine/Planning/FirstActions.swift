/// What can be started today, and the (at most three) first actions.
enum FirstActions {
  /// The steps whose cases are sent in (or further) and decided.
  static func satisfiedEvents(
    planned: [StepAssessment], cases: [String: CaseRecord]
  ) -> (submitted: Set<String>, decided: Set<String>) {
    var submitted: Set<String> = []
    var decided: Set<String> = []
    for a in planned {
      switch cases[a.step.id]?.state {
      case .granted?:
        submitted.insert(a.step.id)
        decided.insert(a.step.id)
      case .submitted?, .supplementRequested?: submitted.insert(a.step.id)
      default: break
      }
    }
    return (submitted, decided)
  }

  /// Whether step `i` can be started today: not started, before opening, every event its start
  /// waits for has happened, and no window or wait holds it until later.
  static func canStart(
    _ i: Int, planned: [StepAssessment], graph: PlanGraph, satisfied: (submitted: Set<String>, decided: Set<String>),
    start: Day, today: Day, state: CaseRecord.State
  ) -> Bool {
    let step = planned[i].step
    guard step.kind != .milestone, step.phase == .beforeOpening, [.notStarted, .preparing, .refused].contains(state)
    else { return false }
    for from in graph.startWaits[i] {
      let other = planned[from / 2].step.id
      let done = from % 2 == 0 ? satisfied.submitted.contains(other) : satisfied.decided.contains(other)
      if !done { return false }
    }
    return start <= today
  }

  /// At most three entries that can start today, ranked: on the critical path first, then the
  /// least slack, firm before *check*, then plan order. Never a duty, an optional step or a
  /// milestone.
  static func rank(_ entries: [Plan.Entry]) -> [String] {
    let candidates = entries.enumerated().filter { _, e in
      e.canStartToday && !e.step.optional && e.step.kind != .duty && e.step.kind != .milestone
    }
    let ranked = candidates.sorted { l, r in
      let (a, b) = (l.element, r.element)
      if a.critical != b.critical { return a.critical }
      let sa = a.slackDays ?? Int.max
      let sb = b.slackDays ?? Int.max
      if sa != sb { return sa < sb }
      if (a.status == .check) != (b.status == .check) { return b.status == .check }
      return l.offset < r.offset
    }
    return ranked.prefix(3).map(\.element.step.id)
  }
}
