import Foundation

/// Everything the content says: actors, questions, data items, steps and kommuner.
public struct Landscape: Sendable {
  /// Version and date.
  public var meta: ContentMeta
  /// Actors by id.
  public var actors: [String: Actor] {
    didSet { makePlanningFacts() }
  }
  /// Questions, in interview order.
  public var questions: [Question]
  /// Data items, in the order defined.
  public var dataItems: [DataItem]
  /// Steps, ordered by id (set once: the look-ups by id and position are made from them).
  public private(set) var steps: [Step]
  /// Kommuner, in SCB code order.
  public var kommuner: [Kommun]
  /// Kommun profiles by kommun name (a snapshot's are read when asked for).
  public var profiles: KommunProfiles
  /// The interview's screens as written in content (see ``interviewScreens``).
  public var screens: [Screen] = []

  private var questionIndex: [String: Int]
  private var stepIndex: [String: Int]
  private var dataIndex: [String: Int]
  private var kommunIndex: [String: Int]
  /// For each step (in ``steps``' order), its `requires` in their order, each with the position
  /// in ``steps`` of the step it names: the planner follows requirements by position instead of
  /// hashing an id for each one.
  private(set) var requirementLinks: Adjacency<RequirementLink>
  /// For each step, what the planner reads of it (``StepFacts``).
  private(set) var facts: [StepFacts] = []
  /// For each step, its figures for a kommun whose profile has none of its own for the step,
  /// where they are the same for every such kommun (nil: resolved for each kommun). A plan
  /// shares them instead of resolving each step again.
  private(set) var generalFigures: [FigureResolution?] = []

  /// Creates a landscape.
  public init(
    meta: ContentMeta, actors: [String: Actor], questions: [Question], dataItems: [DataItem],
    steps: [Step], kommuner: [Kommun], profiles: [String: KommunProfile]
  ) {
    self.init(
      meta: meta, actors: actors, questions: questions, dataItems: dataItems, steps: steps.sorted { $0.id < $1.id },
      kommuner: kommuner, profiles: KommunProfiles(profiles), kommunKeys: nil)
  }

  /// Creates a landscape from steps already sorted by id and, when given, each kommun's
  /// ``foldKommun(_:)`` key (a snapshot keeps both, so a start sorts and folds nothing).
  init(
    meta: ContentMeta, actors: [String: Actor], questions: [Question], dataItems: [DataItem],
    steps sortedSteps: [Step], kommuner: [Kommun], profiles: KommunProfiles, kommunKeys: [String]?
  ) {
    self.meta = meta
    self.actors = actors
    self.questions = questions
    self.dataItems = dataItems
    self.steps = sortedSteps
    self.kommuner = kommuner
    self.profiles = profiles
    var qi: [String: Int] = [:]
    qi.reserveCapacity(questions.count)
    for (i, q) in questions.enumerated() where qi[q.id] == nil { qi[q.id] = i }
    var si: [String: Int] = [:]
    si.reserveCapacity(sortedSteps.count)
    for (i, s) in sortedSteps.enumerated() where si[s.id] == nil { si[s.id] = i }
    var di: [String: Int] = [:]
    di.reserveCapacity(dataItems.count)
    for (i, d) in dataItems.enumerated() where di[d.id] == nil { di[d.id] = i }
    var ki: [String: Int] = [:]
    ki.reserveCapacity(kommuner.count)
    if let kommunKeys, kommunKeys.count == kommuner.count {
      for (i, key) in kommunKeys.enumerated() { ki[key] = i }
    } else {
      for (i, k) in kommuner.enumerated() { ki[Landscape.foldKommun(k.name)] = i }
    }
    questionIndex = qi
    stepIndex = si
    dataIndex = di
    kommunIndex = ki
    var owners: [Int] = []
    var links: [RequirementLink] = []
    for (p, step) in sortedSteps.enumerated() {
      for r in step.requires {
        owners.append(p)
        links.append(
          RequirementLink(
            target: si[r.step] ?? -1, lagDays: r.lagDays, event: r.event, gates: r.gates, isConditional: r.when != nil))
      }
    }
    requirementLinks = Adjacency(count: sortedSteps.count, nodes: owners, values: links)
    makePlanningFacts()
  }

  /// Makes ``facts`` and ``generalFigures`` (again, when the actors change).
  private mutating func makePlanningFacts() {
    let actors = self.actors
    facts = steps.map { StepFacts($0, actors: actors) }
    generalFigures = steps.map { step in
      FigureResolver.isSameForEveryKommun(step) ? FigureResolver.resolve(step, kommun: nil, in: self) : nil
    }
  }

  /// The question with this id.
  public func question(_ id: String) -> Question? { questionIndex[id].map { questions[$0] } }
  /// The position of the question with this id in ``questions``: its fields can then be read
  /// in place (`questions[p].askedWhen`), where ``question(_:)`` copies the whole question out.
  func questionPosition(_ id: String) -> Int? { questionIndex[id] }
  /// The step with this id.
  /// A step made per kommun is also found by an instance's id (`serveringstillstand_catering.0182`).
  public func step(_ id: String) -> Step? {
    if let i = stepIndex[id] { return steps[i] }
    return PerKommun.parse(id, in: self).map { PerKommun.instance(of: $0.step, for: $0.kommun) }
  }
  /// The position of the step with this id in ``steps``.
  func stepPosition(_ id: String) -> Int? { stepIndex[id] }
  /// The data item with this id.
  public func dataItem(_ id: String) -> DataItem? { dataIndex[id].map { dataItems[$0] } }
  /// The kommun with this name (case-insensitive).
  public func kommun(named name: String) -> Kommun? {
    kommunIndex[Landscape.foldKommun(name)].map { kommuner[$0] }
  }

  /// A kommun name folded for lookup: trimmed as Foundation's `CharacterSet.whitespaces` trims
  /// (``Swift/String/trimmingSpaces()``) and lower-cased.
  static func foldKommun(_ name: String) -> String {
    name.trimmingSpaces().lowercased()
  }
}
