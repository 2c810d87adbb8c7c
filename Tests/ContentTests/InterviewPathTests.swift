import Foundation
import NyforetagareEngine
import TestSupport
import Testing

/// The interview's path: at most 12 screens for the examples and our own founders; the plan
/// from the questions asked equals the plan from every answer; every question asked can change
/// the plan at the moment it is asked.
@Suite("Interview path")
struct InterviewPathTests {
  static let interview = Interview(landscape: Fixtures.landscape)

  static let examples = [
    "bar-overtagande", "catering-stockholm", "foodtruck-goteborg", "kafe-umea", "restaurang-malmo",
  ]

  /// Founders of our own, each answering everything they would be asked.
  static let founders: [String: String] = [
    "food truck": """
    kommun: Uppsala
    business_type: food_truck
    company_form: enskild_firma
    company_registered: false
    takeover: none
    premises: vehicle
    alcohol: none
    temporary_events: false
    tobacco: false
    nicotine_products: false
    e_cigarettes: false
    outdoor_seating: none
    music: none
    public_dancing: false
    employees: 0
    payments: cash_card
    sales_below_4_pbb: true
    lpg_outdoor_litres: 52
    near_shore: false
    unemployment_support: true
    external_financing: false
    trademark: false
    opening_date: 2027-05-01
    """,
    "café": """
    kommun: Örebro
    business_type: cafe
    company_form: handelsbolag
    company_registered: false
    takeover: asset_purchase
    premises: same_use
    works_interior: true
    new_ventilation: false
    new_grease_trap: false
    facade_or_extension: false
    sign: small
    alcohol: folkol
    temporary_events: false
    tobacco: false
    nicotine_products: true
    e_cigarettes: false
    outdoor_seating: private_ground
    music: background
    public_dancing: false
    employees: 2
    payments: cash_card
    sales_below_4_pbb: false
    lpg_indoor_litres: 0
    lpg_outdoor_litres: 0
    near_shore: true
    heat_pump: air
    refrigerant_over_14t: false
    unemployment_support: false
    external_financing: true
    trademark: false
    """,
    "bar": """
    kommun: Västerås
    business_type: bar
    company_form: aktiebolag
    company_registered: false
    takeover: none
    premises: change_of_use
    new_ventilation: true
    new_grease_trap: false
    groundworks_or_demolition: false
    sign: large
    alcohol: public
    serving_after_01: true
    tobacco: false
    nicotine_products: false
    e_cigarettes: false
    outdoor_seating: public_ground
    music: live_or_dj
    public_dancing: true
    employees: 5
    payments: cash_card
    sales_below_4_pbb: false
    lpg_indoor_litres: 0
    lpg_outdoor_litres: 78
    near_shore: false
    heat_pump: none
    refrigerant_over_14t: false
    unemployment_support: false
    external_financing: true
    trademark: true
    opening_date: 2027-06-01
    """,
    "catering": """
    kommun: Åre
    business_type: catering
    company_form: aktiebolag
    company_registered: true
    takeover: none
    premises: none
    alcohol: catering
    catering_kommuner: [Östersund, Krokom]
    tobacco: false
    nicotine_products: false
    e_cigarettes: false
    outdoor_seating: none
    music: none
    public_dancing: false
    employees: 3
    payments: invoice_only
    lpg_indoor_litres: 0
    lpg_outdoor_litres: 0
    near_shore: false
    unemployment_support: false
    opening_date: 2027-03-15
    """,
  ]

  static func exampleAnswers(_ name: String) throws -> Answers {
    let url = Fixtures.packageRoot.appendingPathComponent("Examples/\(name).yaml")
    return try Fixtures.answers(String(contentsOf: url, encoding: .utf8)).0
  }

  /// What a founder notices in a plan: which steps, in which state, on which days.
  static func outcome(_ answers: Answers) throws -> [String] {
    let plan = try Planner.plan(Fixtures.landscape, answers: answers, today: Fixtures.today)
    return plan.entries.map { "\($0.step.id) \($0.status) \($0.start.iso) \($0.done.iso)" }
      + plan.notNeeded.map { "not needed \($0.step.id)" } + plan.alreadyDone.map { "done \($0.step.id)" }
      + ["opening \(plan.earliestOpening.iso)"]
  }

  /// The answers a founder gives by walking the interview: only the questions on the path.
  static func asked(_ answers: Answers, path: [Interview.Turn]) -> Answers {
    var result = Answers()
    for id in Set(path.flatMap(\.ids)) + ["already_done"] { result[id] = answers[id] }
    return result
  }

  static func check(_ name: String, _ answers: Answers, limit: Int = 12) throws {
    let path = interview.path(for: answers)
    #expect(path.count <= limit, "\(name): \(path.count) screens: \(path.map(\.screen.id))")
    #expect(
      try outcome(asked(answers, path: path)) == outcome(answers),
      "\(name): the plan from the questions asked differs from the plan from every answer")
    try checkEveryQuestionMatters(name, answers, path: path)
  }

  /// Each question on the path changes the plan for at least two of its answers, with the
  /// answers known when its screen is shown and the rest of the screen left unanswered, as
  /// answered, or untouched (boxes empty, a gate's "no"). The planner decides this, not the
  /// relevance code.
  static func checkEveryQuestionMatters(_ name: String, _ answers: Answers, path: [Interview.Turn]) throws {
    var known = Answers()
    for turn in path {
      var given = known
      var untouched = known
      for id in turn.ids { given[id] = answers[id] }
      let boxes = interview.checklistAnswers(turn.screen, rows: turn.items, ticked: [])
      for (id, value) in boxes { untouched[id] = value }
      for gate in [turn] + turn.hosted { for (id, v) in gate.screen.whenNo { untouched[id] = v } }
      for id in turn.ids {
        guard let question = Fixtures.landscape.question(id), !question.planInput else { continue }
        var changes = false
        for context in [known, given, untouched] where !changes {
          var outcomes: Set<[String]> = []
          for value in tries(question) {
            var a = context
            a[id] = value
            outcomes.insert(try outcome(a))
          }
          changes = outcomes.count > 1
        }
        #expect(changes, "\(name): '\(id)' on screen '\(turn.screen.id)' cannot change the plan")
      }
      known = given
    }
  }

  static func tries(_ q: Question) -> [AnswerValue?] {
    switch q.kind {
    case .bool: return [.bool(true), .bool(false), nil]
    case .choice: return q.values.map { .choice($0.id) } + [nil]
    case .integer: return [0, 1, 3, 4, 10].map { .integer($0) } + [nil]
    case .number: return [0, 2, 3, 26, 60, 61, 100].map { .number($0) } + [nil]
    default: return [nil]
    }
  }

  @Test("every example reaches its plan in at most 12 screens, with the same plan", arguments: examples)
  func example(_ name: String) throws {
    try Self.check(name, try Self.exampleAnswers(name))
  }

  @Test("our own food truck, café, bar and catering founders each need at most 12 screens")
  func ownFounders() throws {
    for (name, yaml) in Self.founders.sorted(by: { $0.key < $1.key }) {
      try Self.check(name, try Fixtures.answers(yaml).0)
    }
  }

  @Test("a food truck is not asked about the premises' works, a sign, a heat pump or gasol indoors")
  func foodTruck() throws {
    let answers = try Fixtures.answers(Self.founders["food truck"] ?? "").0
    let ids = Set(Self.interview.path(for: answers).flatMap(\.ids))
    for id in ["works_interior", "sign", "heat_pump", "refrigerant_over_14t", "lpg_indoor_litres", "serving_after_01"] {
      #expect(!ids.contains(id), "a food truck was asked '\(id)'")
    }
    #expect(ids.contains("lpg_outdoor_litres"))
  }

  @Test("the kommun comes first and the opening day last")
  func placement() throws {
    let path = Self.interview.path(for: try Self.exampleAnswers("kafe-umea"))
    #expect(path.first?.ids == ["kommun"])
    #expect(path.last?.ids == ["opening_date"])
  }

  @Test("gasol: no gasol is one box; gasol opens the detail right after")
  func gate() throws {
    let none = try Fixtures.answers("premises: same_use\nlpg_indoor_litres: 0\nlpg_outdoor_litres: 0\n").0
    #expect(!Self.interview.path(for: none).contains { $0.part == .detail })
    let some = try Fixtures.answers("premises: same_use\nlpg_indoor_litres: 0\nlpg_outdoor_litres: 40\n").0
    let path = Self.interview.path(for: some)
    let host = try #require(path.firstIndex { $0.hosted.contains { $0.screen.id == "gasol" } })
    #expect(path[host + 1].part == .detail)
    #expect(path[host + 1].ids == ["lpg_indoor_litres", "lpg_outdoor_litres"])
  }

  @Test("generated founders: the plan from the questions asked is the plan from every answer")
  func generated() throws {
    var rng = SeededGenerator(seed: 20_261_201)
    let landscape = Fixtures.landscape
    for n in 0..<60 {
      var answers = Answers()
      for q in landscape.questions {
        if Int.random(in: 0..<10, using: &rng) == 0 { continue }  // sometimes left out
        switch q.kind {
        case .bool: answers[q.id] = .bool(Bool.random(using: &rng))
        case .choice: answers[q.id] = q.values.randomElement(using: &rng).map { .choice($0.id) }
        case .integer: answers[q.id] = .integer([0, 1, 2, 4, 9].randomElement(using: &rng) ?? 0)
        case .number: answers[q.id] = .number([0, 0, 11, 26, 52, 78].randomElement(using: &rng) ?? 0)
        case .kommun: answers[q.id] = landscape.kommuner.randomElement(using: &rng).map { .kommun($0.name) }
        case .kommunList: answers[q.id] = .list(["Lund"])
        case .date: answers[q.id] = .date(Fixtures.today.adding(days: Int.random(in: 30...400, using: &rng)))
        case .stepList: continue
        }
      }
      let path = Self.interview.path(for: answers)
      #expect(path.count <= 13, "generated \(n): \(path.count) screens")
      #expect(
        try Self.outcome(Self.asked(answers, path: path)) == Self.outcome(answers),
        "generated \(n): the plan from the questions asked differs")
      if n < 15 { try Self.checkEveryQuestionMatters("generated \(n)", answers, path: path) }
    }
  }
}

/// A small deterministic generator (SplitMix64), so the generated founders are the same each run.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
