/// What can be started today, and the (at most three) first actions.
enum FirstActions {
  /// For each planned step (by index), whether its case is sent in (or further) and whether it
  /// is decided.
  static func satisfiedEvents(records: [CaseRecord?]) -> (submitted: [Bool], decided: [Bool]) {
    var submitted = Array(repeating: false, count: records.count)
    var decided = Array(repeating: false, count: records.count)
    for i in records.indices {
      switch records[i]?.state {
      case .granted?:
        submitted[i] = true
        decided[i] = true
      case .submitted?, .supplementRequested?: submitted[i] = true
      default: break
      }
    }
    return (submitted, decided)
  }

  /// Whether step `i` can be started today: not started, before opening, every event its start
  /// waits for has happened, and no window or wait holds it until later.
  static func canStart(
    _ i: Int, facts: StepFacts, graph: PlanGraph, satisfied: (submitted: [Bool], decided: [Bool]), start: Day,
    today: Day, state: CaseRecord.State
  ) -> Bool {
    guard facts.kind != .milestone, facts.phase == .beforeOpening else { return false }
    switch state {
    case .notStarted, .preparing, .refused: break
    case .submitted, .supplementRequested, .granted, .notApplicable: return false
    }
    for from in graph.startWaits[i] {
      let done = from % 2 == 0 ? satisfied.submitted[from / 2] : satisfied.decided[from / 2]
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
