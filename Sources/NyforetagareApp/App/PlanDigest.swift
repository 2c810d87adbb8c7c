import NyforetagareEngine

/// What the plan screen shows of a whole plan, worked out once when the plan is made, not on
/// every frame: the counts and fees of its heading, each step's entry by id, and the rows of
/// both layouts (plan order, and grouped by actor). A frame then formats only the rows it
/// shows, so scrolling a plan of 10,000 steps costs what scrolling one of 60 does.
///
/// A class, so the model and every ``Env`` share one digest instead of copying its arrays.
final class PlanDigest: Sendable {
  /// The rows of one layout, and where each entry is among them.
  struct Layout: Sendable {
    /// The rows: actor headings (when grouped) and entries.
    let rows: [PlanScreen.Row]
    /// The entries in row order, headings left out: what the selection counts in.
    let entries: [Int]
    /// For each position in ``entries``, its row.
    let rowOfPosition: [Int]
    /// For each entry of the plan, its position in ``entries``.
    let positionOfEntry: [Int]

    init(_ rows: [PlanScreen.Row], entryCount: Int) {
      self.rows = rows
      var entries: [Int] = []
      var rowOfPosition: [Int] = []
      var positionOfEntry = Array(repeating: 0, count: entryCount)
      entries.reserveCapacity(entryCount)
      rowOfPosition.reserveCapacity(entryCount)
      for (r, row) in rows.enumerated() {
        guard case .entry(let i) = row else { continue }
        positionOfEntry[i] = entries.count
        entries.append(i)
        rowOfPosition.append(r)
      }
      self.entries = entries
      self.rowOfPosition = rowOfPosition
      self.positionOfEntry = positionOfEntry
    }
  }

  /// The entries that are steps (not milestones).
  let steps: Int
  /// The entries marked *check*.
  let checks: Int
  /// The actors, in the order they first come in the plan (``Plan/actorIDs``).
  let actorIDs: [String]
  /// The fees, split by how sure they are (``Plan/fees``).
  let fees: FeeSummary
  /// Each step id's entry (the first, as ``Plan/entry(_:)`` finds it).
  let entryIndex: [String: Int]
  /// Every entry in plan order.
  let flat: Layout
  /// The entries under their actors' headings.
  let byActor: Layout

  /// Works out the digest of a plan; reads the entries by index, so none is copied.
  init(_ plan: Plan) {
    let entries = plan.entries
    var steps = 0
    var checks = 0
    var actorIDs: [String] = []
    var byActorEntries: [String: [Int]] = [:]
    var entryIndex: [String: Int] = [:]
    entryIndex.reserveCapacity(entries.count)
    for i in entries.indices {
      if entries[i].step.kind != .milestone { steps += 1 }
      if entries[i].status == .check { checks += 1 }
      let actor = entries[i].step.actor
      if byActorEntries[actor] == nil { actorIDs.append(actor) }
      byActorEntries[actor, default: []].append(i)
      if entryIndex[entries[i].step.id] == nil { entryIndex[entries[i].step.id] = i }
    }
    var grouped: [PlanScreen.Row] = []
    grouped.reserveCapacity(entries.count + actorIDs.count)
    for actor in actorIDs {
      grouped.append(.heading(actor))
      for i in byActorEntries[actor] ?? [] { grouped.append(.entry(i)) }
    }
    self.steps = steps
    self.checks = checks
    self.actorIDs = actorIDs
    self.entryIndex = entryIndex
    fees = plan.fees
    flat = Layout(entries.indices.map { .entry($0) }, entryCount: entries.count)
    byActor = Layout(grouped, entryCount: entries.count)
  }

  /// The rows of the layout shown.
  func layout(byActor grouped: Bool) -> Layout { grouped ? byActor : flat }
}
