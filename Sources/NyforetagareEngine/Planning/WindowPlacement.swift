/// Places every windowed step inside its window for a planned opening day, or says which rule
/// cannot be met and by how much.
///
/// A "no earlier than N days before opening" rule moves the step later, to the opening minus N,
/// unless what comes after it needs it sooner: then it is placed as late as the chain allows
/// and the conflict names the step that needs it and the days the rule is missed by. Moving the
/// opening would not help (the window moves with it). "No later than" rules are checked against
/// the dates; "at least N days before opening" already holds the opening back in the graph.
struct WindowPlacement {
  let graph: PlanGraph
  let schedule: Schedule
  /// The earliest-opening pass.
  let times: Schedule.Times
  /// The opening day planned for.
  let target: Day
  let today: Day
  let records: [CaseRecord?]
  /// The season each step's permit is planned for.
  var seasons: [Plan.DatedSeason?] = []

  /// The result: dates, send-by days, window days and conflicts.
  struct Result {
    var times: Schedule.Times
    var sendBy: [Day?]
    var window: [Plan.DatedWindow?]
    var conflicts: [Plan.WindowConflict]
  }

  func place() -> Result {
    let count = graph.planned.count
    let backward = schedule.backward(target: target, times: times)
    var lowerBounds: [Day?] = Array(repeating: nil, count: count)
    var missed: [Int: (days: Int, because: Int?)] = [:]
    for i in 0..<count {
      guard let n = graph.earliestBeforeOpening[i], !isSent(records[i]) else { continue }
      var bound = target.adding(days: -n)
      let latestStart = backward.latest[Schedule.submitNode(i)]
      if bound > latestStart {
        missed[i] = (latestStart.days(until: bound), WindowPlacement.needer(of: i, by: backward.by))
        bound = latestStart
      }
      lowerBounds[i] = bound
    }
    var result = schedule.forward(today: today, lowerBounds: lowerBounds, records: records, openingFloor: target)
    // Working-day rounding can still push the opening by a day or two: pull the windowed steps
    // on the binding chain earlier until it holds.
    var tries = 0
    while let raw = result.openingRaw, raw > target, tries < 4 {
      tries += 1
      let excess = target.days(until: raw)
      let onChain = Set(schedule.criticalChain(result, today: today))
      let moved = onChain.filter { lowerBounds[$0] != nil }
      if moved.isEmpty { break }
      for i in moved.sorted() {
        lowerBounds[i] = lowerBounds[i].map { $0.adding(days: -excess) }
        let before = missed[i] ?? (0, nil)
        missed[i] = (before.days + excess, before.because)
      }
      result = schedule.forward(today: today, lowerBounds: lowerBounds, records: records, openingFloor: target)
    }
    var conflicts: [Plan.WindowConflict] = []
    var sendBy: [Day?] = Array(repeating: nil, count: count)
    var window: [Plan.DatedWindow?] = Array(repeating: nil, count: count)
    for i in 0..<count {
      let step = graph.planned[i].step
      let note = graph.windows[i]?.note
      if let (days, because) = missed[i], days > 0 {
        conflicts.append(
          Plan.WindowConflict(
            step: step.id, bound: .earliest, days: days, because: because.map { graph.planned[$0].step.id }, note: note)
        )
      }
      var earliest = graph.earliestBeforeOpening[i].map { target.adding(days: -$0) }
      if let (node, days) = graph.earliestAfterStep[i] { earliest = result.value(node).adding(days: days) }
      var latest: Day?
      var latestBecause: Int?
      if let n = graph.noticeDays[i] {
        sendBy[i] = target.adding(days: -n)
        latest = sendBy[i]
      }
      if let (node, days) = graph.latestAfterStep[i] {
        let bound = result.value(node).adding(days: days)
        if latest.map({ bound < $0 }) ?? true {
          latest = bound
          latestBecause = node / 2
        }
      }
      if i < seasons.count, let s = seasons[i], let before = s.season.applyDaysBefore, s.from > today {
        let bound = s.from.adding(days: -before)
        if latest.map({ bound < $0 }) ?? true {
          latest = bound
          latestBecause = nil
        }
      }
      if let latest, !isSent(records[i]), result.submit[i] > latest {
        conflicts.append(
          Plan.WindowConflict(
            step: step.id, bound: .latest, days: latest.days(until: result.submit[i]),
            because: latestBecause.map { graph.planned[$0].step.id }, note: note))
      }
      if earliest != nil || latest != nil {
        window[i] = Plan.DatedWindow(earliest: earliest, latest: latest, note: note)
      }
    }
    return Result(times: result, sendBy: sendBy, window: window, conflicts: conflicts)
  }

  /// The first other step along the backward pass's "set by" links from step `i`'s sending in.
  static func needer(of i: Int, by: [Int?]) -> Int? {
    var node = by[Schedule.submitNode(i)]
    var hops = 0
    while let n = node, n / 2 == i, hops < 4 {
      node = by[n]
      hops += 1
    }
    return node.map { $0 / 2 }
  }

  func isSent(_ record: CaseRecord?) -> Bool {
    guard let r = record else { return false }
    return [.submitted, .supplementRequested, .granted].contains(r.state)
  }
}
