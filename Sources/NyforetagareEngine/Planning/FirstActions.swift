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
    // By index: an entry is large, and every copy retains all it holds.
    let candidates = entries.indices.filter { i in
      let step = entries[i].step
      return entries[i].canStartToday && !step.optional && step.kind != .duty && step.kind != .milestone
    }
    let ranked = candidates.sorted { l, r in
      if entries[l].critical != entries[r].critical { return entries[l].critical }
      let sa = entries[l].slackDays ?? Int.max
      let sb = entries[r].slackDays ?? Int.max
      if sa != sb { return sa < sb }
      let (checkL, checkR) = (entries[l].status == .check, entries[r].status == .check)
      if checkL != checkR { return checkR }
      return l < r
    }
    return ranked.prefix(3).map { entries[$0].step.id }
  }
}
