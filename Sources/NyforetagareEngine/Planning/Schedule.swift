/// The planner's graph over events and its two passes.
///
/// Every step has two events: node `2i` is step `i` sent in (for a task: started) and node
/// `2i + 1` is step `i` decided (done). An edge says that one event comes at least `lag` days
/// after another; the edge inside a step carries its handling time. The forward pass gives the
/// earliest day of each event; the backward pass the latest day that still meets a target
/// opening day.
struct Schedule {
  /// "`to` no earlier than `from` + `lag`"; an internal edge joins a step's two events.
  struct Edge {
    var from: Int
    var to: Int
    var lag: Int
    var isInternal = false
  }

  /// The events of every step after a forward pass.
  struct Times {
    /// The day each step can start (before moving to a working day).
    var start: [Day]
    /// The day each step is sent in.
    var submit: [Day]
    /// The day each step is decided or done.
    var done: [Day]
    /// The opening day before any target was applied (the earliest possible), if there is one.
    var openingRaw: Day?
    /// For each event node, the predecessor node whose date binds it (nil: today or a bound).
    var binding: [Int?]

    /// The day of an event node.
    func value(_ node: Int) -> Day { node % 2 == 0 ? submit[node / 2] : done[node / 2] }
  }

  /// The number of steps.
  let count: Int
  /// Predecessor edges of each node, sorted by source node.
  let preds: Adjacency<Edge>
  /// The nodes in topological order.
  let order: [Int]
  /// Each step's handling time in days.
  let durations: [Int]
  /// Whether each step's handling time counts working days.
  let workingDays: [Bool]
  /// Whether each step's events are an authority's (never on a weekend or holiday).
  let authority: [Bool]
  /// The opening milestone's step index.
  let opening: Int?

  static func submitNode(_ i: Int) -> Int { 2 * i }
  static func doneNode(_ i: Int) -> Int { 2 * i + 1 }

  /// Builds the graph; fails with the cycle's node path when the edges have one.
  init(
    count: Int, edges: [Edge], durations: [Int], workingDays: [Bool], authority: [Bool], opening: Int?
  ) throws(CycleFound) {
    self.count = count
    self.durations = durations
    self.workingDays = workingDays
    self.authority = authority
    self.opening = opening
    // Each node's predecessor edges: a step's own edge (submitted → decided) first, then the
    // others in the order given, each node's sorted by source.
    var all = (0..<count).map {
      Edge(from: Schedule.submitNode($0), to: Schedule.doneNode($0), lag: 0, isInternal: true)
    }
    all += edges.filter { $0.from != $0.to }
    var preds = Adjacency(count: 2 * count, nodes: all.map(\.to), values: all)
    preds.sortEach { ($0.from, $0.lag) < ($1.from, $1.lag) }
    self.preds = preds
    order = try Schedule.topologicalOrder(preds)
  }

  /// The cycle found when sorting, as event nodes.
  struct CycleFound: Error {
    var nodes: [Int]
  }

  /// `day` moved by a handling time of step `i`, in its unit; negative goes back.
  func add(_ days: Int, to day: Day, step i: Int) -> Day {
    guard workingDays[i] else { return day.adding(days: days) }
    let from = days >= 0 ? day : SwedishCalendar.previousWorkingDay(onOrBefore: day)
    return SwedishCalendar.adding(workingDays: days, to: from)
  }

  /// The forward pass: each event as early as its predecessors, today, the step's lower bound
  /// and the founder's case records allow; `openingFloor` holds the opening no earlier.
  func forward(today: Day, lowerBounds: [Day?], records: [CaseRecord?], openingFloor: Day?) -> Times {
    var t = Times(
      start: Array(repeating: today, count: count), submit: Array(repeating: today, count: count),
      done: Array(repeating: today, count: count), openingRaw: nil, binding: Array(repeating: nil, count: 2 * count))
    for v in order {
      let i = v / 2
      var best = today
      var bind: Int?
      if v % 2 == 0, let lb = lowerBounds[i], lb > best { best = lb }
      if v % 2 == 1 {
        best = add(durations[i], to: t.submit[i], step: i)
        if let c = records[i], c.state == .submitted || c.state == .supplementRequested {
          let sent = t.submit[i]
          best = add(durations[i], to: max(sent, c.supplementRequested ?? sent), step: i)
        }
        bind = Schedule.submitNode(i)
      }
      for e in preds[v] where !e.isInternal {
        let ready = t.value(e.from).adding(days: e.lag)
        if ready > best || (ready == best && bind == nil) {
          best = ready
          bind = e.from
        }
      }
      if v % 2 == 0 {
        if i == opening {
          t.openingRaw = best
          if let floor = openingFloor, floor > best {
            best = floor
            bind = nil
          }
        }
        t.start[i] = best
        t.submit[i] = authority[i] ? SwedishCalendar.nextWorkingDay(onOrAfter: best) : best
      } else {
        t.done[i] = authority[i] ? SwedishCalendar.nextWorkingDay(onOrAfter: best) : best
      }
      t.binding[v] = bind
      applyRecord(records[i], node: v, step: i, today: today, times: &t)
    }
    return t
  }

  /// Real dates from the founder's record replace estimates.
  func applyRecord(_ record: CaseRecord?, node v: Int, step i: Int, today: Day, times t: inout Times) {
    guard let c = record else { return }
    switch c.state {
    case .granted:
      let decided = c.decided ?? today
      if v % 2 == 0 {
        t.start[i] = min(c.submitted ?? decided, decided)
        t.submit[i] = t.start[i]
      } else {
        t.done[i] = decided
      }
      t.binding[v] = nil
    case .submitted, .supplementRequested:
      if v % 2 == 0 {
        t.start[i] = c.submitted ?? today
        t.submit[i] = t.start[i]
        t.binding[v] = nil
      } else {
        let due = max(t.done[i], today)
        t.done[i] = authority[i] ? SwedishCalendar.nextWorkingDay(onOrAfter: due) : due
      }
    case .notStarted, .preparing, .refused, .notApplicable:
      break
    }
  }

  /// The backward pass: the latest day of each event that still lets the opening be on
  /// `target`, and for each node the successor that sets it.
  func backward(target: Day, times: Times) -> (latest: [Day], by: [Int?]) {
    let never = Day(daysSinceEpoch: Int.max / 4)
    var latest = Array(repeating: never, count: 2 * count)
    var by: [Int?] = Array(repeating: nil, count: 2 * count)
    guard let o = opening else { return (latest, by) }
    latest[Schedule.submitNode(o)] = target
    for v in order.reversed() where latest[v] < never {
      for e in preds[v] {
        let i = e.from / 2
        let bound = e.isInternal ? add(-durations[i], to: latest[v], step: i) : latest[v].adding(days: -e.lag)
        if bound < latest[e.from] {
          latest[e.from] = bound
          by[e.from] = v
        }
      }
    }
    return (latest, by)
  }

  /// The chain of steps whose dates decide the opening: from the opening back along binding
  /// predecessors, first step first.
  func criticalChain(_ t: Times, today: Day) -> [Int] {
    guard let o = opening else { return [] }
    var chain = [o]
    var node = Schedule.submitNode(o)
    var guardCount = 0
    while guardCount <= 2 * count, let next = t.binding[node] {
      if node % 2 == 0 && t.start[node / 2] <= today { break }
      guardCount += 1
      if next / 2 != chain[chain.count - 1] { chain.append(next / 2) }
      node = next
    }
    return chain.reversed()
  }

  /// Kahn's algorithm, always taking the ready node with the smallest index: a stable order.
  static func topologicalOrder(_ preds: Adjacency<Edge>) throws(CycleFound) -> [Int] {
    let n = preds.count
    var indegree = Array(repeating: 0, count: n)
    // The successors of every node, in the order the predecessor lists give them.
    var from: [Int] = []
    var to: [Int] = []
    for v in 0..<n {
      indegree[v] = preds[v].count
      for e in preds[v] {
        from.append(e.from)
        to.append(v)
      }
    }
    let succs = Adjacency(count: n, nodes: from, values: to)
    var ready = MinHeap((0..<n).filter { indegree[$0] == 0 })
    var order: [Int] = []
    order.reserveCapacity(n)
    while let next = ready.popMin() {
      order.append(next)
      for k in succs[next] {
        indegree[k] -= 1
        if indegree[k] == 0 { ready.insert(k) }
      }
    }
    guard order.count < n else { return order }
    let left = Set((0..<n).filter { indegree[$0] > 0 })
    throw CycleFound(nodes: findCycle(in: left, preds: preds))
  }

  static func findCycle(in nodes: Set<Int>, preds: Adjacency<Edge>) -> [Int] {
    guard var current = nodes.min() else { return [] }
    var path: [Int] = []
    var seenAt: [Int: Int] = [:]
    while seenAt[current] == nil {
      seenAt[current] = path.count
      path.append(current)
      guard let next = preds[current].map(\.from).filter({ nodes.contains($0) }).min() else { break }
      current = next
    }
    return Array(path[(seenAt[current] ?? 0)...])
  }
}
