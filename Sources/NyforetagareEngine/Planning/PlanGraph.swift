/// The planned steps as event edges: what each requirement, window and the opening milestone
/// asks, read from the content.
struct PlanGraph {
  let planned: [StepAssessment]
  let opening: Int?
  /// Every edge of the cautious plan, each with the step that adds it.
  let edges: [(edge: Schedule.Edge, owner: Int, isNotice: Bool)]
  /// Each step's handling time in days.
  let durations: [Int]
  /// Whether it counts working days.
  let workingDays: [Bool]
  /// Whether its events are an authority's.
  let authority: [Bool]
  /// "Send in at least N days before opening".
  let noticeDays: [Int?]
  /// "Send in no earlier than N days before opening".
  let earliestBeforeOpening: [Int?]
  /// "Send in no later than N days after another step's event": (that event's node, N).
  let latestAfterStep: [(node: Int, days: Int)?]
  /// "Send in no earlier than N days after another step's event": (that event's node, N).
  let earliestAfterStep: [(node: Int, days: Int)?]
  /// The window rule of each step, if any.
  let windows: [TimingWindow?]
  /// The steps each step requires decided before it starts (the contract's `requires`).
  let startRequirements: Adjacency<Int>
  /// The steps that require each step decided before they start.
  let requiredBy: Adjacency<Int>
  /// The other requirements of each step.
  let waits: Adjacency<Plan.Wait>
  /// For each step, the event nodes its sending in waits for (not counting notice edges): what
  /// must have happened before it can be started today.
  let startWaits: Adjacency<Int>

  init(
    landscape: Landscape, answers: Answers, planned: [StepAssessment], positions: [Int], entryOf: [Int],
    opening: Int?, durations: [Int], workingDays: [Bool], windows: [TimingWindow?]
  ) {
    let count = planned.count
    let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
    self.planned = planned
    // The entry of the step with this id, if it is planned (by the landscape's position).
    func entry(_ id: String) -> Int? {
      guard let p = landscape.stepPosition(id), entryOf[p] >= 0 else { return nil }
      return entryOf[p]
    }
    self.opening = opening
    self.durations = durations
    self.workingDays = workingDays
    let facts = landscape.facts
    authority = positions.map { facts[$0].isAuthority }
    var edges: [(edge: Schedule.Edge, owner: Int, isNotice: Bool)] = []
    // (step, required step) pairs, and (step, wait) pairs, made into lists at the end.
    var required: (steps: [Int], by: [Int]) = ([], [])
    var waiting: (steps: [Int], waits: [Plan.Wait]) = ([], [])
    var notice: [Int?] = Array(repeating: nil, count: count)
    var earliestOpening: [Int?] = Array(repeating: nil, count: count)
    var latestAfter: [(node: Int, days: Int)?] = Array(repeating: nil, count: count)
    var earliestAfter: [(node: Int, days: Int)?] = Array(repeating: nil, count: count)
    func node(_ step: Int, _ event: StepEvent) -> Int {
      event == .submitted ? Schedule.submitNode(step) : Schedule.doneNode(step)
    }
    // The same requirement twice (the same event of the same step, gating the same event)
    // is one edge. Keyed by numbers: string keys cost a reflection per requirement.
    var seen: [Int] = []  // a step has a few requirements: a list is quicker than a set
    for i in planned.indices {
      seen.removeAll(keepingCapacity: true)
      // The landscape's links say each requirement's step by position: no id is hashed, and the
      // step's own requirement (strings and a condition) is read only for a condition or a wait.
      let fact = facts[positions[i]]
      let links = landscape.requirementLinks[positions[i]]
      for (r, link) in zip(0..., links) {
        let target = link.target
        guard target >= 0, entryOf[target] >= 0, entryOf[target] != i else { continue }
        let j = entryOf[target]
        if link.isConditional, let when = planned[i].step.requires[r].when, evaluator.truth(of: when) == .no {
          continue
        }
        let (event, gates) = (link.event, link.gates)
        let key = 4 * j + (event == .decided ? 2 : 0) + (gates == .decided ? 1 : 0)
        guard !seen.contains(key) else { continue }
        seen.append(key)
        edges.append((Schedule.Edge(from: node(j, event), to: node(i, gates), lag: link.lagDays), i, false))
        if event == .decided && gates == .submitted {  // once per j: the key says so
          required.steps.append(i)
          required.by.append(j)
        } else {
          waiting.steps.append(i)
          waiting.waits.append(Plan.Wait(step: planned[i].step.requires[r].step, event: event, gates: gates))
        }
      }
      let window = windows[i]
      switch window?.earliest?.anchor {
      case .beforeOpening(let days)?: earliestOpening[i] = days
      case .afterStep(let step, let event, let days)?:
        if let j = entry(step) {
          earliestAfter[i] = (node(j, event), days)
          edges.append((Schedule.Edge(from: node(j, event), to: Schedule.submitNode(i), lag: days), i, false))
        }
      case nil: break
      }
      switch window?.latest?.anchor {
      case .beforeOpening(let days)?: notice[i] = days
      case .afterStep(let step, let event, let days)?:
        if let j = entry(step) { latestAfter[i] = (node(j, event), days) }
      case nil: break
      }
      if let n = fact.noticeDays { notice[i] = n }
      if let o = opening, i != o {
        if fact.phase == .beforeOpening {
          edges.append((Schedule.Edge(from: Schedule.doneNode(i), to: Schedule.submitNode(o), lag: 0), i, false))
          if let n = notice[i] {
            edges.append((Schedule.Edge(from: Schedule.submitNode(i), to: Schedule.submitNode(o), lag: n), i, true))
          }
        } else {
          edges.append((Schedule.Edge(from: Schedule.doneNode(o), to: Schedule.submitNode(i), lag: 0), i, false))
        }
      }
    }
    self.edges = edges
    var starting: (steps: [Int], from: [Int]) = ([], [])
    for e in edges where !e.isNotice && e.edge.to == Schedule.submitNode(e.owner) {
      starting.steps.append(e.owner)
      starting.from.append(e.edge.from)
    }
    startWaits = Adjacency(count: count, nodes: starting.steps, values: starting.from)
    startRequirements = Adjacency(count: count, nodes: required.steps, values: required.by)
    requiredBy = Adjacency(count: count, nodes: required.by, values: required.steps)
    waits = Adjacency(count: count, nodes: waiting.steps, values: waiting.waits)
    noticeDays = notice
    earliestBeforeOpening = earliestOpening
    latestAfterStep = latestAfter
    earliestAfterStep = earliestAfter
    self.windows = windows
  }

  /// The schedule; `firmOnly` lets every *check* step take no time and hold nothing back.
  func schedule(firmOnly: Bool) throws(Schedule.CycleFound) -> Schedule {
    let isCheck = planned.map { $0.status == .check }
    let kept = firmOnly ? edges.filter { !(isCheck[$0.owner] && $0.isNotice) }.map(\.edge) : edges.map(\.edge)
    return try Schedule(
      count: planned.count, edges: kept,
      durations: firmOnly ? zip(durations, isCheck).map { $1 ? 0 : $0 } : durations,
      workingDays: workingDays,
      authority: firmOnly ? zip(authority, isCheck).map { $0 && !$1 } : authority, opening: opening)
  }

  /// A cycle of event nodes as step ids, read along `requires`, from the smallest id.
  func cyclePath(_ nodes: [Int], ids: [String]) -> [String] {
    var steps: [String] = []
    for v in nodes where steps.last != ids[v / 2] { steps.append(ids[v / 2]) }
    if steps.count > 1, steps.first == steps.last { steps.removeLast() }
    guard let first = steps.indices.min(by: { steps[$0] < steps[$1] }) else { return steps }
    return Array(steps[first...] + steps[..<first])
  }
}
