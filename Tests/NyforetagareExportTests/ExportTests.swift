import Foundation
import NyforetagareEngine
import NyforetagareExport
import TestSupport
import Testing

/// An answers file in Examples/ rendered in one language.
struct Profile: CustomTestStringConvertible, Sendable {
  /// The file name in Examples/, without `.yaml`.
  var example: String
  var language: Language

  var testDescription: String { "\(example) (\(language.rawValue))" }
  /// The golden's base name: `restaurang-malmo`, or `restaurang-malmo.en` for English.
  var snapshotName: String { language == .sv ? example : "\(example).\(language.rawValue)" }

  var answersURL: URL { Fixtures.packageRoot.appendingPathComponent("Examples/\(example).yaml") }

  func plan() throws -> Plan {
    let text = try String(contentsOf: answersURL, encoding: .utf8)
    return try Fixtures.plan(text)
  }

  func markdown() throws -> String {
    MarkdownRenderer().render(PlanView(try plan(), landscape: Fixtures.landscape, language: language))
  }

  func json() throws -> String {
    JSONRenderer().render(PlanView(try plan(), landscape: Fixtures.landscape, language: language))
  }

  static let all: [Profile] = [
    Profile(example: "restaurang-malmo", language: .sv),
    Profile(example: "kafe-umea", language: .sv),
    Profile(example: "foodtruck-goteborg", language: .sv),
    Profile(example: "catering-stockholm", language: .sv),
    Profile(example: "bar-overtagande", language: .sv),
    Profile(example: "restaurang-malmo", language: .en),
    Profile(example: "kafe-umea", language: .en),
  ]
}

private let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/NyforetagareExportTests/Snapshots")

/// The contract's keys of the JSON plan.
struct PlanJSON: Decodable {
  struct StepJSON: Decodable {
    var id: String
    var title: String
    var actor: String
    var requires: [String]
    var start: String
    var done: String
    var critical: Bool
    var why: String
    var status: String
    var submit: String?
    var window: WindowJSON?
    var waits_for: [WaitJSON]?
  }
  struct WindowJSON: Decodable {
    var earliest: String?
    var latest: String?
  }
  struct WaitJSON: Decodable {
    var step: String
    var event: String
    var gates: String
  }
  struct DutyJSON: Decodable {
    var id: String
    var step: String
    var title: String
    var first_due: String
    var rule: String
  }
  struct Excluded: Decodable {
    var id: String
    var why: String
  }
  struct Done: Decodable { var id: String }
  struct DataJSON: Decodable {
    var items: Int
    var entries_without_prefill: Int
  }
  var content_version: String
  var today: String
  var earliest_opening: String
  var desired_opening: String?
  var opening_delay_days: Int?
  var critical_path: [String]
  var steps: [StepJSON]
  var earliest_opening_firm: String?
  var first_actions: [String]
  var duties: [DutyJSON]
  var not_needed: [Excluded]
  var already_done: [Done]
  var data: DataJSON
}

@Suite("Exports: golden Markdown and JSON of the example profiles")
struct GoldenTests {
  @Test("Markdown matches its golden file", arguments: Profile.all)
  func markdown(_ profile: Profile) throws {
    let url = snapshots.appendingPathComponent("\(profile.snapshotName).md")
    let failure = Snapshot.verify(try profile.markdown(), against: url)
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test("JSON matches its golden file", arguments: Profile.all)
  func json(_ profile: Profile) throws {
    let url = snapshots.appendingPathComponent("\(profile.snapshotName).json")
    let failure = Snapshot.verify(try profile.json(), against: url)
    #expect(failure == nil, "\(failure ?? "")")
  }
}

@Suite("Exports: the JSON contract holds for every profile")
struct ContractTests {
  func decode(_ profile: Profile) throws -> PlanJSON {
    try JSONDecoder().decode(PlanJSON.self, from: Data(try profile.json().utf8))
  }

  @Test("a step never comes before a step it requires, and is done before it starts", arguments: Profile.all)
  func order(_ profile: Profile) throws {
    let plan = try decode(profile)
    let position = Dictionary(uniqueKeysWithValues: plan.steps.enumerated().map { ($1.id, $0) })
    for (i, step) in plan.steps.enumerated() {
      #expect(step.start <= step.done, "\(step.id) ends before it starts")
      #expect(step.start >= plan.today, "\(step.id) starts before today")
      for r in step.requires {
        let j = try #require(position[r], "\(step.id) requires \(r), which is not in steps")
        #expect(j < i, "\(r) comes after \(step.id), which requires it")
        #expect(plan.steps[j].done <= step.start, "\(r) is done \(plan.steps[j].done) after \(step.id) starts")
      }
    }
  }

  @Test("requires lists every applicable step the content says is required first", arguments: Profile.all)
  func requiresComplete(_ profile: Profile) throws {
    let plan = try decode(profile)
    let inPlan = Set(plan.steps.map(\.id))
    for step in plan.steps {
      // `requires` is the "decided before it starts" kind; the others are in `waits_for`.
      let all = try #require(Fixtures.landscape.step(step.id)).requires
      let startKind = all.filter { $0.event == .decided && $0.gates == .submitted }
      let always = Set(startKind.filter { $0.when == nil }.map(\.step)).intersection(inPlan)
      let possible = Set(startKind.map(\.step)).intersection(inPlan)
      #expect(always.isSubset(of: Set(step.requires)) && Set(step.requires).isSubset(of: possible), "\(step.id)")
      let waits = Set((step.waits_for ?? []).map(\.step))
      let otherKind = Set(all.filter { !($0.event == .decided && $0.gates == .submitted) }.map(\.step))
      #expect(waits == otherKind.intersection(inPlan), "\(step.id) waits_for")
    }
  }

  @Test("steps, not_needed and already_done are disjoint and cover every step", arguments: Profile.all)
  func partition(_ profile: Profile) throws {
    let plan = try decode(profile)
    let steps = plan.steps.map(\.id)
    let notNeeded = plan.not_needed.map(\.id)
    let done = plan.already_done.map(\.id)
    #expect(Set(steps).count == steps.count, "a step is listed twice")
    #expect(Set(steps).isDisjoint(with: notNeeded))
    #expect(Set(steps).isDisjoint(with: done))
    #expect(Set(notNeeded).isDisjoint(with: done))
    // A step that is only a recurring duty is listed in `duties`, not in `steps`.
    let dutiesOnly = plan.duties.map(\.step).filter { !steps.contains($0) }
    #expect(Set(steps).isDisjoint(with: dutiesOnly))
    // Another kommun's instance of a step made per kommun (`<id>.<kommun code>`) is extra.
    let instances = steps.filter { Fixtures.landscape.steps.map(\.id).contains($0) == false }
    #expect(
      instances.allSatisfy { id in
        id.split(separator: ".").first.flatMap { Fixtures.landscape.step(String($0))?.perKommun } != nil
      })
    #expect(
      Set(steps + notNeeded + done + dutiesOnly).subtracting(instances) == Set(Fixtures.landscape.steps.map(\.id)))
    #expect(plan.not_needed.allSatisfy { !$0.why.isEmpty })
    #expect(plan.steps.allSatisfy { !$0.why.isEmpty })
  }

  @Test("data counts the distinct items and all the fields of the applicable forms", arguments: Profile.all)
  func dataCounts(_ profile: Profile) throws {
    let plan = try decode(profile)
    // Only the fields a form asks for with these answers (a data item's applies_when).
    let needs = DataNeeds(landscape: Fixtures.landscape, answers: try profile.plan().answers)
    let forms = try plan.steps.map { try #require(Fixtures.landscape.step($0.id)).data.filter(needs.asks) }
    if profile.example != "foodtruck-goteborg" {
      #expect(!Set(forms.joined()).contains("fordon_regnr"), "only a vehicle is asked for its registration")
    }
    #expect(plan.data.items == Set(forms.joined()).count)
    #expect(plan.data.entries_without_prefill == forms.map(\.count).reduce(0, +))
    #expect(plan.data.items <= plan.data.entries_without_prefill)
  }

  @Test("the opening day, delay and critical path agree", arguments: Profile.all)
  func opening(_ profile: Profile) throws {
    let plan = try decode(profile)
    let opening = try #require(plan.steps.first { $0.id == Planner.openingID })
    #expect(plan.critical_path.last == Planner.openingID)
    #expect(plan.critical_path.allSatisfy { id in plan.steps.contains { $0.id == id && $0.critical } })
    if let desired = plan.desired_opening.flatMap(Day.init(iso:)), let earliest = Day(iso: plan.earliest_opening) {
      #expect(plan.opening_delay_days == (desired < earliest ? desired.days(until: earliest) : nil))
      #expect(opening.start == max(desired, earliest).iso)
    } else {
      #expect(opening.start == plan.earliest_opening)
    }
  }

  @Test("rendering twice gives identical bytes", arguments: Profile.all)
  func deterministic(_ profile: Profile) throws {
    #expect(try profile.json() == profile.json())
    #expect(try profile.markdown() == profile.markdown())
  }

  @Test("the Markdown has one task per step, the opening day and the disclaimer", arguments: Profile.all)
  func markdownShape(_ profile: Profile) throws {
    let plan = try profile.plan()
    let markdown = try profile.markdown()
    let tasks = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("- [ ] ") }
    #expect(tasks.count == plan.entries.count)
    #expect(markdown.contains("**\(plan.earliestOpening.iso)**"))
    #expect(markdown.contains(Fixtures.landscape.meta.disclaimer[profile.language]))
    let heading = profile.language == .sv ? "## Att göra, i ordning" : "## To do, in order"
    #expect(markdown.contains(heading))
  }
}

@Suite("Exports: what the example profiles must contain")
struct ProfileContentTests {
  func ids(_ example: String) throws -> (steps: [String], notNeeded: [String], done: [String]) {
    let plan = try Profile(example: example, language: .sv).plan()
    return (plan.entries.map(\.step.id), plan.notNeeded.map(\.step.id), plan.alreadyDone.map(\.step.id))
  }

  @Test("restaurant with change of use, alcohol and uteservering in Malmö")
  func restaurant() throws {
    let plan = try ids("restaurang-malmo")
    for id in [
      "bolagsregistrering_ab", "bygglov", "startbesked", "slutbesked", "serveringstillstand", "kunskapsprov",
      "polistillstand_offentlig_plats", "livsmedelsregistrering", "arbetsgivarregistrering", "kassaregister",
    ] {
      #expect(plan.steps.contains(id), "\(id)")
    }
    #expect(plan.notNeeded.contains("handelsregistrering_ef"))
  }

  @Test("enskild firma café: no company registration at Bolagsverket, no alcohol licence")
  func cafe() throws {
    let plan = try ids("kafe-umea")
    #expect(plan.steps.contains("f_skatt_moms"))
    #expect(plan.steps.contains("livsmedelsregistrering"))
    #expect(plan.notNeeded.contains("bolagsregistrering_ab"))
    #expect(plan.notNeeded.contains("serveringstillstand"))
    #expect(plan.notNeeded.contains("bygglov"))
  }

  /// 11 litres of gasol on a food truck need no permit: MSB has exempted food trucks below 60
  /// litres since 2014 (Räddningstjänsten Storgöteborg, "Mobil Street Food"; Region Gotland asks
  /// for the permit at 60 litres or more).
  @Test("food truck: no gasol permit below 60 litres, no bygglov")
  func foodTruck() throws {
    let plan = try ids("foodtruck-goteborg")
    #expect(plan.notNeeded.contains("brandfarlig_vara"))
    #expect(plan.steps.contains("livsmedelsregistrering"))
    #expect(plan.notNeeded.contains("bygglov"))
  }

  @Test("catering with alcohol: a catering licence, venue notices; the company already exists")
  func catering() throws {
    let plan = try ids("catering-stockholm")
    #expect(plan.steps.contains("serveringstillstand_catering"))
    #expect(plan.steps.contains("serveringslokal_anmalan"))
    #expect(plan.notNeeded.contains("serveringstillstand"))
    #expect(plan.done.contains("bolagsregistrering_ab"))
    #expect(!plan.steps.contains("bolagsregistrering_ab"))
  }

  @Test("share purchase of a bar: notify the new owners; the company keeps its food registration")
  func takeover() throws {
    let plan = try ids("bar-overtagande")
    #expect(plan.steps.contains("agarforandring_anmalan"))
    #expect(plan.notNeeded.contains("livsmedelsregistrering"))
    #expect(plan.notNeeded.contains("serveringstillstand"))
    #expect(plan.done.contains("kassaregister"))
    #expect(plan.steps.contains("dans_anmalan"))
    #expect(plan.steps.contains("tobakstillstand"))
  }
}

@Suite("Exports: dates in the JSON")
struct DateContractTests {
  func decode(_ profile: Profile) throws -> PlanJSON {
    try JSONDecoder().decode(PlanJSON.self, from: Data(try profile.json().utf8))
  }

  @Test("first actions, duties and windows keep their promises", arguments: Profile.all)
  func dates(_ profile: Profile) throws {
    let plan = try decode(profile)
    let ids = Set(plan.steps.map(\.id))
    #expect(plan.first_actions.count <= 3)
    #expect(Set(plan.first_actions).isSubset(of: ids))
    let opening = try #require(plan.steps.first { $0.id == Planner.openingID }).start
    for d in plan.duties {
      #expect(d.first_due >= opening, "\(d.id) due before opening")
      #expect(!d.rule.isEmpty && !d.title.isEmpty)
    }
    if let firm = plan.earliest_opening_firm { #expect(firm <= plan.earliest_opening) }
    for s in plan.steps {
      guard let w = s.window else { continue }
      let sent = s.submit ?? s.start
      if let e = w.earliest { #expect(e <= sent, "\(s.id) sent in before \(e)") }
      if let l = w.latest { #expect(sent <= l, "\(s.id) sent in after \(l)") }
    }
  }
}
