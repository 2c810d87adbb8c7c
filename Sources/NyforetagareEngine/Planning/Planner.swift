/// Turns a landscape, answers, data and today's date into a dated ``Plan``.
///
/// Pure and deterministic: the same inputs always give the same plan. Each applicable step has
/// two events, sent in and decided; its `requires` say which event of another step it waits for
/// and whether its start or only its decision waits. Every before-opening step is decided
/// before the `oppning` milestone, which comes before every after-opening step. Dates come from
/// a forward pass with the typical handling times (working days where the source counts them,
/// authority events moved off weekends and holidays); the critical path and slack from a
/// backward pass. Window rules place a step inside its window, or say which rule cannot be met
/// and by how much. Recurring duties leave the to-do list and become ``Plan/Duty`` items.
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

    // The steps that apply: set aside by the founder, or kept with each one's position in the
    // landscape (assessments are in its order).
    var setAside: [StepAssessment] = []
    var kept: [StepAssessment] = []
    var keptPositions: [Int] = []
    for p in assessments.indices where assessments[p].status == .applies || assessments[p].status == .check {
      if !cases.isEmpty, cases[assessments[p].step.id]?.state == .notApplicable {
        setAside.append(assessments[p])
        continue
      }
      kept.append(assessments[p])
      keptPositions.append(p)
    }
    // A duty that only recurs is not a to-do item; it is listed after opening.
    // A step made per kommun (a catering licence in each kommun served) gets one more entry for
    // each other kommun in its list answer, dated and priced with that kommun's figures.
    var planned: [StepAssessment] = []
    var forKommun: [Kommun?] = []
    var bases: [Step] = []
    // Each entry's step's position in the landscape, and each landscape step's entry (-1: none;
    // an instance for another kommun is not the step's entry).
    var positions: [Int] = []
    var entryOf = Array(repeating: -1, count: landscape.steps.count)
    planned.reserveCapacity(kept.count)
    forKommun.reserveCapacity(kept.count)
    bases.reserveCapacity(kept.count)
    positions.reserveCapacity(kept.count)
    let facts = landscape.facts
    for k in kept.indices where !facts[keptPositions[k]].isRecurringOnly {
      let a = kept[k]
      entryOf[keptPositions[k]] = planned.count
      planned.append(a)
      forKommun.append(nil)
      bases.append(a.step)
      positions.append(keptPositions[k])
      guard facts[keptPositions[k]].isPerKommun else { continue }
      for other in PerKommun.otherKommuner(for: a.step, answers: answers, home: kommun, in: landscape) {
        var instance = a
        instance.step = PerKommun.instance(of: a.step, for: other)
        planned.append(instance)
        forKommun.append(other)
        bases.append(a.step)
        positions.append(keptPositions[k])
      }
    }
    let ids = planned.map { $0.step.id }  // sorted by id (landscape order)
    let count = ids.count
    let opening = landscape.stepPosition(openingID).map { entryOf[$0] }.flatMap { $0 >= 0 ? $0 : nil }

    // Handling times and overrides.
    // Each entry's kommun profile: the founder's, or the other kommun's for an instance.
    let overrides = planned.indices.map { i -> KommunProfile.StepOverride? in
      if let other = forKommun[i] { return landscape.profiles[other.name]?.steps[bases[i].id] }
      return profile?.steps[bases[i].id]
    }
    // Which figure counts for this kommun (its own, national, statute, a range) is the
    // resolver's; another kommun's figure never dates the plan.
    let figures = planned.indices.map {
      FigureResolver.resolve(
        at: positions[$0], kommun: (forKommun[$0] ?? kommun)?.name, local: overrides[$0], in: landscape)
    }

    let graph = PlanGraph(
      landscape: landscape, answers: answers, planned: planned, positions: positions, entryOf: entryOf,
      opening: opening,
      durations: figures.indices.map { max(0, figures[$0].typicalDays ?? 0) },
      workingDays: figures.indices.map { figures[$0].workingDays },
      windows: planned.indices.map {
        facts[positions[$0]].hasWindow || overrides[$0]?.window != nil
          ? effectiveWindow(planned[$0].step, overrides[$0]) : nil
      })
    let records: [CaseRecord?] =
      cases.isEmpty ? Array(repeating: nil, count: count) : planned.map { cases[$0.step.id] }
    let cautious: Schedule
    let firm: Schedule
    // With no *check* step the firm schedule is the cautious one: made once.
    let hasCheck = planned.contains { $0.status == .check }
    do {
      cautious = try graph.schedule(firmOnly: false)
      firm = hasCheck ? try graph.schedule(firmOnly: true) : cautious
    } catch {
      throw .cycle(graph.cyclePath(error.nodes, ids: ids))
    }
    let noBounds: [Day?] = Array(repeating: nil, count: count)

    // Pass A: the earliest opening (cautious and firm).
    let a = cautious.forward(today: today, lowerBounds: noBounds, records: records, openingFloor: nil)
    let earliestOpening = opening.map { a.start[$0] } ?? (a.done.max() ?? today)
    let firmTimes =
      hasCheck ? firm.forward(today: today, lowerBounds: noBounds, records: records, openingFloor: nil) : a
    let earliestFirm = opening.map { firmTimes.start[$0] } ?? earliestOpening
    let desired = answers.openingDate
    let target = desired.map { max($0, earliestOpening) } ?? earliestOpening

    // Critical path and slack against the earliest opening.
    let slackPass = cautious.backward(target: earliestOpening, times: a)
    var critical = Array(repeating: false, count: count)
    var slack: [Int?] = Array(repeating: nil, count: count)
    if opening != nil {
      for i in 0..<count where facts[positions[i]].phase == .beforeOpening || i == opening {
        let latestStart = slackPass.latest[Schedule.submitNode(i)]
        guard latestStart.daysSinceEpoch < Int.max / 8 else { continue }
        slack[i] = a.start[i].days(until: latestStart)
        critical[i] = latestStart <= a.start[i]
      }
    }
    let chain = cautious.criticalChain(a, today: today)
    for i in chain { critical[i] = true }  // the binding chain is critical by definition

    // The season each seasonal permit is planned for.
    let seasons = planned.indices.map { Seasons.occurrence(of: overrides[$0]?.seasons ?? [], for: target) }

    // Pass B: towards the planned opening, with every window placed.
    let windows = WindowPlacement(
      graph: graph, schedule: cautious, times: a, target: target, today: today, records: records, seasons: seasons)
    let b = windows.place()

    // Plan order: by start, then topological position.
    var position = Array(repeating: 0, count: count)
    for (p, v) in cautious.order.enumerated() where v % 2 == 0 { position[v / 2] = p }
    let planOrder = (0..<count).sorted {
      if b.times.start[$0] != b.times.start[$1] { return b.times.start[$0] < b.times.start[$1] }
      return position[$0] < position[$1]
    }
    var planPosition = Array(repeating: 0, count: count)
    for (p, i) in planOrder.enumerated() { planPosition[i] = p }
    let byPlanPosition: (Int, Int) -> Bool = { planPosition[$0] < planPosition[$1] }
    // Each entry's requirements both ways, in plan order (sorted in place: one copy of each list).
    var requirements = graph.startRequirements
    requirements.sortEach(by: byPlanPosition)
    var requirers = graph.requiredBy
    requirers.sortEach(by: byPlanPosition)

    let satisfied = FirstActions.satisfiedEvents(records: records)
    var entries: [Plan.Entry] = []
    entries.reserveCapacity(count)
    let t = b.times
    for i in planOrder {
      let step = planned[i].step
      let fact = facts[positions[i]]
      let applied = fact.isApplied
      var latestDecision: Day?
      // Only an authority's figure (its promise, or the law) is a latest decision day.
      if graph.authority[i] && applied {
        if let m = figures[i].maxDays, figures[i].isAuthoritys {
          latestDecision = cautious.add(m, to: t.submit[i], step: i)
        }
        if let s = fact.statutoryMaxDays {
          let statutory = t.submit[i].adding(days: s)
          latestDecision = latestDecision.map { Swift.max($0, statutory) } ?? statutory
        }
        // A decision held by another step (e.g. the registration a licence needs) cannot be
        // promised before it: the application is complete only then.
        if let l = latestDecision, l < t.done[i] { latestDecision = t.done[i] }
      }
      let reqIDs = requirements[i].map { ids[$0] }
      let requiredBy = requirers[i].map { ids[$0] }
      entries.append(
        Plan.Entry(
          step: step, status: planned[i].status, reasons: planned[i].reasons,
          requires: reqIDs, requiredBy: requiredBy,
          start: t.start[i], done: t.done[i], latest: latestDecision,
          critical: critical[i],
          eService: overrides[i]?.eService ?? step.apply?.eService,
          contact: overrides[i]?.contact, kommunNote: overrides[i]?.note,
          sendBy: b.sendBy[i],
          caseRecord: records[i],
          tracking: records[i].flatMap { CaseTracking.of($0, step: step, handling: figures[i].handling, today: today) },
          submit: applied ? t.submit[i] : nil,
          window: b.window[i],
          waitsFor: Array(graph.waits[i]),
          slackDays: slack[i],
          season: seasons[i],
          canStartToday: FirstActions.canStart(
            i, facts: fact, graph: graph, satisfied: satisfied, start: t.start[i], today: today,
            state: records[i]?.state ?? .notStarted),
          figures: figures[i],
          forKommun: forKommun[i]?.name))
    }

    // Data: each item once, with the forms that ask for it.
    var usage: [String: [String]] = [:]
    var fieldCount = 0
    let needs = DataNeeds(landscape: landscape, answers: answers)  // item conditions, answers as data
    for i in entries.indices {  // by index: an entry is large, and a copy retains all it holds
      let step = entries[i].step
      for item in step.data where needs.asks(item) {
        usage[item, default: []].append(step.id)
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

    var plan = Plan(
      contentVersion: landscape.meta.version, contentDate: landscape.meta.date, today: today,
      kommun: kommun, profile: profile, answers: answers, data: data, entries: entries,
      notNeeded: assessments.filter { $0.status == .notNeeded },
      alreadyDone: assessments.filter { $0.status == .alreadyDone },
      earliestOpening: earliestOpening, desiredOpening: desired,
      criticalPath: chain.map { ids[$0] }, dataUsage: dataUsage, entriesWithoutPrefill: fieldCount,
      setAside: setAside, cases: cases)
    plan.earliestOpeningFirm = earliestFirm
    if earliestFirm < earliestOpening {
      let holding = chain.filter { planned[$0].status == .check }.map { planned[$0].step }
      plan.settlingQuestions = SettlingQuestions.of(holding, landscape: landscape, answers: answers)
    }
    plan.windowConflicts = b.conflicts
    plan.duties = Duties.of(kept, plan: plan, profile: profile, landscape: landscape)
    plan.firstActions = FirstActions.rank(entries)
    return plan
  }

  /// The window of a step in this kommun: the kommun's bounds where it gives them, else the
  /// national ones.
  static func effectiveWindow(_ step: Step, _ local: KommunProfile.StepOverride?) -> TimingWindow? {
    guard let own = local?.window else { return step.timing.window }
    guard var merged = step.timing.window else { return own }
    if own.earliest != nil { merged.earliest = own.earliest }
    if own.latest != nil { merged.latest = own.latest }
    merged.note = own.note ?? merged.note
    merged.source = own.source ?? merged.source
    merged.location = own.location
    return merged
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
