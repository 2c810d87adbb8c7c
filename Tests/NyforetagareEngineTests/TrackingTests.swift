import TestSupport
import Testing

@testable import NyforetagareEngine

@Suite("Case tracking and re-planning")
struct TrackingTests {
  let answers = """
    kommun: Malmö
    business_type: restaurant
    company_form: aktiebolag
    company_registered: true
    takeover: none
    premises: change_of_use
    alcohol: public
    employees: 3
    """

  func plan(_ cases: [String: CaseRecord], today: Day = Fixtures.today) throws -> Plan {
    let (a, d) = try Fixtures.answers(answers)
    return try Planner.plan(Fixtures.landscape, answers: a, data: d, today: today, cases: cases)
  }

  @Test("a decision that came early moves everything after it earlier; a late one later")
  func earlyAndLate() throws {
    let base = try plan([:])
    let bygglov = try #require(base.entry("bygglov"))
    let startbesked = try #require(base.entry("startbesked"))
    let sent = Fixtures.today.adding(days: -20)
    let early = try plan([
      "bygglov": CaseRecord(state: .granted, submitted: sent, decided: Fixtures.today.adding(days: -1))
    ])
    let earlyStart = try #require(early.entry("startbesked")).start
    #expect(earlyStart < startbesked.start)
    #expect(early.earliestOpening <= base.earliestOpening)
    // Still pending long after the typical time: the expected day is today at the earliest.
    let later = Fixtures.today.adding(days: 200)
    let pending = try plan(["bygglov": CaseRecord(state: .submitted, submitted: Fixtures.today)], today: later)
    #expect(try #require(pending.entry("bygglov")).done >= later)
    #expect(pending.earliestOpening > base.earliestOpening)
    _ = bygglov
  }

  @Test("a pending case past the statutory maximum is overdue, with the law named")
  func overdueAgainstStatute() throws {
    let step = try #require(Fixtures.landscape.step("bygglov"))
    let statute = try #require(step.timing.statutoryMax)
    let sent = Fixtures.today.adding(days: -(statute.days + 5))
    let p = try plan(["bygglov": CaseRecord(state: .submitted, submitted: sent, reference: "BN 2026-77")])
    let t = try #require(p.entry("bygglov")?.tracking)
    #expect(t.overdue)
    #expect(t.latestBasis == .statute)
    #expect(t.latestDecision == sent.adding(days: statute.days))
    #expect(p.overdue.map(\.step.id).contains("bygglov"))
  }

  @Test("a completion request restarts the clock")
  func completionRestarts() throws {
    let sent = Fixtures.today.adding(days: -60)
    let asked = Fixtures.today.adding(days: -5)
    let p = try plan([
      "bygglov": CaseRecord(state: .supplementRequested, submitted: sent, supplementRequested: asked)
    ])
    let t = try #require(p.entry("bygglov")?.tracking)
    #expect(t.latestDecision > sent.adding(days: 70))
    #expect(!t.overdue)
  }

  @Test("without a statute or promise the latest day is six months (förvaltningslagen 12 §)")
  func administrativeProcedureAct() throws {
    let step = Step(
      id: "x", title: LocalizedText(sv: "X", en: "X"), actor: "a", kind: .permit, phase: .beforeOpening,
      summary: nil, why: LocalizedText(sv: "", en: ""), whyNot: nil, appliesWhen: nil, doneWhen: nil, requires: [],
      timing: .none, fee: nil, legalBasis: [], legalBasisNone: nil, requirements: [], documents: [], data: [],
      apply: nil, sources: [], certainty: .confirmed, uncertainty: nil,
      location: SourceLocation(file: "f", line: 1, column: 1))
    let t = try #require(
      CaseTracking.of(
        CaseRecord(state: .submitted, submitted: Fixtures.today), step: step, handling: nil, today: Fixtures.today))
    #expect(t.latestBasis == .administrativeProcedureAct)
    #expect(Fixtures.today.days(until: t.latestDecision) == 182)
    // Our estimate's longest time is no promise either; an authority's is.
    var estimate = HandlingTime(typicalDays: 14, maxDays: 28, source: "https://example.se/e")
    estimate.scope = .estimate
    let e = try #require(
      CaseTracking.of(
        CaseRecord(state: .submitted, submitted: Fixtures.today), step: step, handling: estimate,
        today: Fixtures.today))
    #expect(e.latestBasis == .administrativeProcedureAct)
    #expect(e.expectedKnown)
    var national = estimate
    national.scope = .national
    let n = try #require(
      CaseTracking.of(
        CaseRecord(state: .submitted, submitted: Fixtures.today), step: step, handling: national,
        today: Fixtures.today))
    #expect(n.latestBasis == .promise)
    #expect(Fixtures.today.days(until: n.latestDecision) == 28)
  }

  @Test("a step set aside as not applicable is kept apart and satisfies what requires it")
  func setAside() throws {
    let p = try plan(["kunskapsprov": CaseRecord(state: .notApplicable, reason: "Provet redan gjort 2024")])
    #expect(p.entry("kunskapsprov") == nil)
    #expect(p.setAside.map(\.step.id) == ["kunskapsprov"])
    #expect(p.entry("serveringstillstand")?.requires.contains("kunskapsprov") == false)
  }

  @Test("'can be done now' lists steps whose prerequisites are all done")
  func canStartNow() throws {
    let before = try plan([:]).canStartNow.map(\.step.id)
    #expect(!before.contains("startbesked"))
    var cases: [String: CaseRecord] = [:]
    for id in try plan([:]).entry("startbesked")?.requires ?? [] {
      // Decided long enough ago that any wait after it (a permit's four weeks) has run.
      cases[id] = CaseRecord(
        state: .granted, submitted: Fixtures.today.adding(days: -90), decided: Fixtures.today.adding(days: -60))
    }
    let after = try plan(cases).canStartNow.map(\.step.id)
    #expect(after.contains("startbesked"))
  }

  @Test("a case that no longer applies keeps its history, shown apart")
  func formerCases() throws {
    let p = try plan(["nyttoparkering": CaseRecord(state: .submitted, submitted: Fixtures.today, reference: "T-1")])
    #expect(p.formerCases.map(\.id) == ["nyttoparkering"])
  }

  @Test("a case record with dates out of order or missing says which")
  func recordProblems() {
    #expect(CaseRecord(state: .submitted).problem(today: Fixtures.today)?.en.contains("sent in") == true)
    let future = Fixtures.today.adding(days: 3)
    #expect(
      CaseRecord(state: .granted, decided: future).problem(today: Fixtures.today)?.en.contains("future") == true)
    #expect(
      CaseRecord(state: .granted, submitted: Fixtures.today, decided: Fixtures.today.adding(days: -2))
        .problem(today: Fixtures.today)?.en.contains("before") == true)
    #expect(CaseRecord(state: .notApplicable).problem(today: Fixtures.today) != nil)
  }

  @Test("a saved plan tells what newer content changed")
  func contentChanges() throws {
    let p = try plan([:])
    var snapshot = PlanDocument.snapshot(of: p)
    snapshot["bygglov"]?.feeSEK = 1
    snapshot.removeValue(forKey: "startbesked")
    snapshot["gammalt_steg"] = .init(title: "Gammalt steg", feeSEK: nil, typicalDays: nil)
    let doc = PlanDocument(
      contentVersion: "old", created: Fixtures.today, updated: Fixtures.today, language: .sv, answers: p.answers,
      data: FounderData(), cases: [:], snapshot: snapshot)
    let changes = doc.changes(comparedWith: p, language: .sv)
    #expect(changes.contains { $0.hasPrefix("Nytt steg: Startbesked") })
    #expect(changes.contains { $0.contains("Gammalt steg") })
    #expect(changes.contains { $0.hasPrefix("Ändrad avgift för Bygglov") })
  }
}
