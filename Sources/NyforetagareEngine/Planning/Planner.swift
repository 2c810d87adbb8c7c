/// Turns a landscape, answers, data and today's date into a dated ``Plan``.
///
/// Pure and deterministic: the same inputs always give the same plan. The applicable steps form
/// a directed acyclic graph (their `requires`, plus: every before-opening step precedes the
/// `oppning` milestone, which precedes every after-opening step). Dates come from a forward
/// pass with the typical handling times; the critical path from a backward pass.
public enum Planner {
  /// The id of the opening milestone.
  public static let openingID = "oppning"

  /// An error that stops planning.
  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The steps' requirements form a cycle.
    case cycle([String])

    public var description: String {
      switch self {
      case .cycle(let path): return "dependency cycle: " + (path + [path[0]]).joined(separator: " → ")
      }
    }
  }

  /// Makes the plan.
  ///
  /// `cases` are the founder's records of each step's case: real dates replace estimates (a
  /// decision that came early or late moves everything after it), and a step the founder set
  /// aside as not applicable counts as satisfied.
  public static func plan(
    _ landscape: Landscape, answers: Answers, data: FounderData = FounderData(), today: Day,
    cases: [String: CaseRecord] = [:]
  ) throws(Failure) -> Plan {
    let assessments = Applicability.assess(landscape, answers: answers)
    let kommun = answers.kommun.flatMap { landscape.kommun(named: $0) }
    let profile = kommun.flatMap { landscape.profiles[$0.name] }

    let applicable = assessments.filter { $0.status == .applies || $0.status == .check }
    let setAside = applicable.filter { cases[$0.step.id]?.state == .notApplicable }
    let planned = applicable.filter { cases[$0.step.id]?.state != .notApplicable }
    let ids = planned.map(\.step.id)  // sorted by id (landscape order)
    let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    let count = ids.count
    let opening = index[openingID]

    // Edges: predecessor → successor with a lag in days.
    var preds: [[(Int, Int)]] = Array(repeating: [], count: count)
    for (i, a) in planned.enumerated() {
      var seen: Set<Int> = []
      for req in a.step.requires {
        if let j = index[req.step], j != i, seen.insert(j).inserted { preds[i].append((j, req.lagDays)) }
      }
      if let o = opening, i != o {
        if a.step.phase == .beforeOpening {
          if !preds[i].contains(where: { $0.0 == o }) { preds[o].append((i, 0)) }
        } else if !preds[i].contains(where: { $0.0 == o }) {
          preds[i].append((o, 0))
        }
      }
    }
    var succs: [[Int]] = Array(repeating: [], count: count)
    for i in 0..<count { for (j, _) in preds[i] { succs[j].append(i) } }

    let order = try topologicalOrder(count: count, preds: preds, succs: succs, ids: ids)

    // Handling times and overrides.
    func override(_ step: Step) -> KommunProfile.StepOverride? { profile?.steps[step.id] }
    // Which figure counts for this kommun (its own, national, statute, a range) is the
    // resolver's; another kommun's figure never dates the plan.
    let figures = planned.map { FigureResolver.resolve($0.step, kommun: kommun?.name, in: landscape) }
    let durations = figures.map { max(0, $0.handling?.typicalDays ?? 0) }
    let notice = planned.map { $0.step.timing.noticeDaysBeforeOpening ?? 0 }

    // Forward pass.
    var start = Array(repeating: today, count: count)
    var done = Array(repeating: today, count: count)
    for i in order {
      var s = today
      for (j, lag) in preds[i] {
        var ready = done[j].adding(days: lag)
        if i == opening { ready = max(ready, start[j].adding(days: notice[j])) }
        s = max(s, ready)
      }
      start[i] = s
      done[i] = s.adding(days: durations[i])
      if let c = cases[ids[i]] {
        switch c.state {
        case .granted:
          let decided = c.decided ?? today
          start[i] = min(c.submitted ?? decided, decided)
          done[i] = decided
        case .submitted, .supplementRequested:
          let sent = c.submitted ?? today
          let base = max(sent, c.supplementRequested ?? sent)
          start[i] = sent
          done[i] = max(base.adding(days: durations[i]), today)
        case .notStarted, .preparing, .refused, .notApplicable:
          break
        }
      }
    }
    let earliestOpening = opening.map { start[$0] } ?? (done.max() ?? today)
    let chain = criticalChain(
      opening: opening, preds: preds, start: start, done: done, notice: notice, today: today)
    let desired = answers.openingDate
    let target = desired.map { max($0, earliestOpening) } ?? earliestOpening
    // Steps after opening count from the day actually planned.
    if let o = opening, target > earliestOpening {
      start[o] = target
      done[o] = target
      for i in order where i != o && preds[i].contains(where: { $0.0 == o }) {
        var s = today
        for (j, lag) in preds[i] { s = max(s, done[j].adding(days: lag)) }
        start[i] = s
        done[i] = s.adding(days: durations[i])
      }
    }

    // Backward pass against the earliest opening: zero slack is critical.
    var latestFinish = Array(repeating: Day(daysSinceEpoch: Int.max / 4), count: count)
    var critical = Array(repeating: false, count: count)
    if let o = opening {
      latestFinish[o] = earliestOpening
      // Each step pushes its bound to its predecessors, in reverse topological order (so a
      // step's own latest finish is final first): one visit per edge, with the edge's own lag.
      for k in order.reversed() {
        for (i, lag) in preds[k] {
          var bound = latestFinish[k].adding(days: -durations[k] - lag)
          if k == o { bound = min(bound, earliestOpening.adding(days: durations[i] - notice[i])) }
          latestFinish[i] = min(latestFinish[i], bound)
        }
      }
      for i in 0..<count where i == o || isBeforeOpening(planned[i].step) {
        let latestStart = latestFinish[i].adding(days: -durations[i])
        critical[i] = latestStart <= start[i] && latestFinish[i].daysSinceEpoch < Int.max / 8
      }
    }
    // Plan order: by start, then topological position.
    var position = Array(repeating: 0, count: count)
    for (p, i) in order.enumerated() { position[i] = p }
    let planOrder = (0..<count).sorted {
      if start[$0] != start[$1] { return start[$0] < start[$1] }
      return position[$0] < position[$1]
    }

    // `requires` and `requiredBy` of each entry in plan order, built once from the edges.
    var planPosition = Array(repeating: 0, count: count)
    for (p, i) in planOrder.enumerated() { planPosition[i] = p }
    var required: [[Int]] = Array(repeating: [], count: count)
    var requiredByIndex: [[Int]] = Array(repeating: [], count: count)
    for i in 0..<count {
      var seen: Set<Int> = []
      for req in planned[i].step.requires {
        if let j = index[req.step], seen.insert(j).inserted {
          required[i].append(j)
          requiredByIndex[j].append(i)
        }
      }
    }
    let byPlanPosition: (Int, Int) -> Bool = { planPosition[$0] < planPosition[$1] }

    var entries: [Plan.Entry] = []
    entries.reserveCapacity(count)
    for i in planOrder {
      let a = planned[i]
      let o = override(a.step)
      let h = figures[i].handling
      var latestDays: Int?
      if let m = h?.maxDays { latestDays = m }
      if let s = a.step.timing.statutoryMax?.days { latestDays = latestDays.map { Swift.max($0, s) } ?? s }
      let reqIDs = required[i].sorted(by: byPlanPosition).map { ids[$0] }
      let requiredBy = requiredByIndex[i].sorted(by: byPlanPosition).map { ids[$0] }
      entries.append(
        Plan.Entry(
          step: a.step, status: a.status, reasons: a.reasons,
          requires: reqIDs, requiredBy: requiredBy,
          start: start[i], done: done[i], latest: latestDays.map { start[i].adding(days: $0) },
          critical: critical[i],
          handling: h, fee: figures[i].fee, eService: o?.eService ?? a.step.apply?.eService,
          contact: o?.contact, kommunNote: o?.note,
          sendBy: a.step.timing.noticeDaysBeforeOpening.map { target.adding(days: -$0) },
          caseRecord: cases[a.step.id],
          tracking: cases[a.step.id].flatMap { CaseTracking.of($0, step: a.step, handling: h, today: today) },
          figures: figures[i]))
    }

    // Data: each item once, with the forms that ask for it.
    var usage: [String: [String]] = [:]
    var fieldCount = 0
    let needs = DataNeeds(landscape: landscape, answers: answers)  // item conditions, answers as data
    for e in entries {
      for item in e.step.data where needs.asks(item) {
        usage[item, default: []].append(e.step.id)
        fieldCount += 1
      }
    }
    // The data sheet's order: who (person), the company, the premises, the operation, then
    // documents; within a group, the order the content defines.
    let groups = ["person", "company", "premises", "operation", "documents"]
    let dataUsage = landscape.dataItems.enumerated().compactMap { offset, item -> (Int, Int, Plan.DataUsage)? in
      guard let steps = usage[item.id] else { return nil }
      let group = groups.firstIndex(of: item.group) ?? groups.count
      let value = data[item.id] ?? needs.answerValue(item.id)
      return (group, offset, Plan.DataUsage(item: item, steps: steps, value: value))
    }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)

    return Plan(
      contentVersion: landscape.meta.version, contentDate: landscape.meta.date, today: today,
      kommun: kommun, profile: profile, answers: answers, data: data, entries: entries,
      notNeeded: assessments.filter { $0.status == .notNeeded },
      alreadyDone: assessments.filter { $0.status == .alreadyDone },
      earliestOpening: earliestOpening, desiredOpening: desired,
      criticalPath: chain.map { ids[$0] }, dataUsage: dataUsage, entriesWithoutPrefill: fieldCount,
      setAside: setAside, cases: cases)
  }

  static func isBeforeOpening(_ step: Step) -> Bool { step.phase == .beforeOpening }

  /// Kahn's algorithm, always taking the ready step with the smallest id: a stable order.
  static func topologicalOrder(
    count: Int, preds: [[(Int, Int)]], succs: [[Int]], ids: [String]
  ) throws(Failure) -> [Int] {
    var indegree = preds.map(\.count)
    // A min-heap: the smallest ready index comes out first, in O(log n).
    var ready = MinHeap((0..<count).filter { indegree[$0] == 0 })
    var order: [Int] = []
    order.reserveCapacity(count)
    while let next = ready.popMin() {
      order.append(next)
      for k in succs[next] {
        indegree[k] -= 1
        if indegree[k] == 0 { ready.insert(k) }
      }
    }
    if order.count < count {
      let left = Set((0..<count).filter { indegree[$0] > 0 })
      throw .cycle(findCycle(in: left, preds: preds, ids: ids))
    }
    return order
  }

  static func findCycle(in nodes: Set<Int>, preds: [[(Int, Int)]], ids: [String]) -> [String] {
    guard var current = nodes.min() else { return [] }
    var path: [Int] = []
    var seenAt: [Int: Int] = [:]
    while seenAt[current] == nil {
      seenAt[current] = path.count
      path.append(current)
      guard let next = preds[current].map(\.0).filter({ nodes.contains($0) }).min() else { break }
      current = next
    }
    // Read along `requires` (as lint prints it), starting from the smallest id: "a → b → a".
    let cycle = Array(path[(seenAt[current] ?? 0)...])
    guard let first = cycle.indices.min(by: { ids[cycle[$0]] < ids[cycle[$1]] }) else { return [] }
    return (cycle[first...] + cycle[..<first]).map { ids[$0] }
  }

  /// The chain of steps that decides the opening day: from the opening milestone back along
  /// the predecessor whose date binds, to a step that can start today.
  static func criticalChain(
    opening: Int?, preds: [[(Int, Int)]], start: [Day], done: [Day], notice: [Int], today: Day
  ) -> [Int] {
    guard let o = opening else { return [] }
    var chain = [o]
    var current = o
    var guardCount = 0
    while guardCount < preds.count + 1 {
      guardCount += 1
      let binding = preds[current].filter { (j, lag) in
        let ready =
          current == o ? max(done[j].adding(days: lag), start[j].adding(days: notice[j])) : done[j].adding(days: lag)
        return ready == start[current]
      }.map(\.0).sorted()
      guard start[current] > today, let next = binding.first else { break }
      chain.append(next)
      current = next
    }
    return chain.reversed()
  }
}

/// A binary min-heap of indices, for Kahn's algorithm.
struct MinHeap {
  private var items: [Int]

  init(_ items: [Int]) {
    self.items = items.sorted()  // a sorted array is a valid heap
  }

  mutating func insert(_ value: Int) {
    items.append(value)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if items[parent] <= items[child] { break }
      items.swapAt(parent, child)
      child = parent
    }
  }

  mutating func popMin() -> Int? {
    guard let last = items.popLast() else { return nil }
    guard !items.isEmpty else { return last }
    let top = items[0]
    items[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < items.count, items[left] < items[smallest] { smallest = left }
      if right < items.count, items[right] < items[smallest] { smallest = right }
      if smallest == parent { break }
      items.swapAt(parent, smallest)
      parent = smallest
    }
    return top
  }
}
