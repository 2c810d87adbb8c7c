import Testing

@testable import NyforetagareEngine

private let today = Build.day(2027, 1, 1)

private func plan(
  _ steps: [Step], answers: [String: AnswerValue] = [:], questions: [Question] = [Build.question("opening_date", .date)]
) throws -> Plan {
  // A private actor: these tests check calendar arithmetic, without moving dates off holidays
  // (today is New Year's Day); PlannerRuleTests checks authority dates.
  try Planner.plan(
    Build.landscape(steps, questions: questions, actorLevel: .private), answers: Answers(answers), today: today)
}

private func offset(_ plan: Plan, _ id: String) -> (start: Int, done: Int)? {
  plan.entry(id).map { (today.days(until: $0.start), today.days(until: $0.done)) }
}

@Suite("Planner: order, dates, critical path and opening day")
struct PlannerTests {
  @Test("independent steps that start the same day come in id order, opening last")
  func stableOrder() throws {
    let p = try plan([Build.step("c"), Build.opening(), Build.step("a"), Build.step("b")])
    #expect(p.entries.map(\.step.id) == ["a", "b", "c", "oppning"])
    // The order does not depend on the order the content was written in.
    let q = try plan([Build.step("b"), Build.step("a"), Build.opening(), Build.step("c")])
    #expect(q.entries.map(\.step.id) == p.entries.map(\.step.id))
  }

  @Test("a step starts when every step it requires is done")
  func requiresDone() throws {
    let p = try plan([
      Build.step("a", days: 10), Build.step("b", days: 3), Build.step("c", days: 2, requires: [("a", 0), ("b", 0)]),
      Build.opening(),
    ])
    #expect(offset(p, "c")?.start == 10)
    #expect(offset(p, "c")?.done == 12)
    #expect(p.entry("c")?.requires == ["a", "b"])
    #expect(p.entry("a")?.requiredBy == ["c"])
    for e in p.entries {
      for r in e.requires { #expect(try #require(p.entry(r)).done <= e.start, "\(r) before \(e.step.id)") }
    }
    #expect(p.entries.map(\.step.id) == ["a", "b", "c", "oppning"])
  }

  @Test("lag_days waits after the required step is done")
  func lag() throws {
    let p = try plan([Build.step("a", days: 5), Build.step("b", days: 1, requires: [("a", 28)]), Build.opening()])
    #expect(offset(p, "b")?.start == 33)
    #expect(p.earliestOpening == today.adding(days: 34))
  }

  @Test("notice_days_before_opening holds the opening until the notice has run")
  func notice() throws {
    let p = try plan([Build.step("anmalan", days: 3, notice: 14), Build.opening()])
    #expect(p.earliestOpening == today.adding(days: 14))
    #expect(p.entry("anmalan")?.sendBy == today)
    #expect(p.criticalPath == ["anmalan", "oppning"])
    // With a later desired day, the send-by day moves with it.
    let later = try plan(
      [Build.step("anmalan", days: 3, notice: 14), Build.opening()],
      answers: ["opening_date": .date(today.adding(days: 60))])
    #expect(later.entry("anmalan")?.sendBy == today.adding(days: 46))
  }

  @Test("the critical path is the longest chain to opening; other steps have slack")
  func criticalPath() throws {
    let p = try plan([
      Build.step("a", days: 10), Build.step("b", days: 5, requires: [("a", 0)]), Build.step("c", days: 3),
      Build.opening(),
    ])
    #expect(p.earliestOpening == today.adding(days: 15))
    #expect(p.criticalPath == ["a", "b", "oppning"])
    #expect(p.entry("a")?.critical == true)
    #expect(p.entry("b")?.critical == true)
    #expect(p.entry("c")?.critical == false)
    #expect(p.entry("oppning")?.critical == true)
  }

  @Test("after-opening steps are scheduled from the opening day")
  func afterOpening() throws {
    let steps = [
      Build.step("a", days: 10), Build.step("rapport", days: 0, phase: .afterOpening), Build.opening(),
    ]
    let p = try plan(steps)
    #expect(offset(p, "rapport")?.start == 10)
    #expect(p.entries.map(\.step.id) == ["a", "oppning", "rapport"])
    #expect(p.entry("rapport")?.critical == false)
    let later = try plan(steps, answers: ["opening_date": .date(today.adding(days: 40))])
    #expect(offset(later, "rapport")?.start == 40)
    #expect(later.openingDelay == nil)
    #expect(later.plannedOpening == today.adding(days: 40))
  }

  @Test("an opening day that cannot be met gives the delay and the chain that causes it")
  func infeasibleOpening() throws {
    let p = try plan(
      [
        Build.step("bygglov", days: 30), Build.step("startbesked", days: 10, requires: [("bygglov", 0)]),
        Build.step("kort", days: 2), Build.opening(),
      ], answers: ["opening_date": .date(today.adding(days: 25))])
    #expect(p.earliestOpening == today.adding(days: 40))
    #expect(p.openingDelay == 15)
    #expect(p.plannedOpening == p.earliestOpening)
    #expect(p.criticalPath == ["bygglov", "startbesked", "oppning"])
  }

  @Test("a step that does not apply is left out of the graph, and its dependants do not wait for it")
  func notApplicableRequirement() throws {
    let p = try plan(
      [
        Build.step("bygglov", days: 30, appliesWhen: Build.isTrue("bygg")),
        Build.step("livsmedel", days: 10, requires: [("bygglov", 0)]), Build.opening(),
      ], answers: ["bygg": .bool(false)],
      questions: [Build.question("bygg")])
    #expect(p.entry("bygglov") == nil)
    #expect(p.notNeeded.map(\.step.id) == ["bygglov"])
    #expect(offset(p, "livsmedel")?.start == 0)
    #expect(p.entry("livsmedel")?.requires == [])
  }

  @Test("a dependency cycle throws, naming the path in the order the steps require each other")
  func cycle() {
    #expect(throws: Planner.Failure.cycle(["a", "b"])) {
      try plan([Build.step("a", requires: [("b", 0)]), Build.step("b", requires: [("a", 0)]), Build.opening()])
    }
    #expect(throws: Planner.Failure.cycle(["a", "b", "c"])) {
      try plan([
        Build.step("c", requires: [("a", 0)]), Build.step("b", requires: [("c", 0)]),
        Build.step("a", requires: [("b", 0)]), Build.opening(),
      ])
    }
    #expect(Planner.Failure.cycle(["a", "b"]).description == "dependency cycle: a → b → a")
  }

  @Test("the same inputs give the same plan")
  func deterministic() throws {
    let steps = (0..<40).map { i in
      Build.step("s\(i)", days: i % 7, requires: i > 2 ? [("s\(i / 2)", i % 3), ("s\(i - 3)", 0)] : [])
    }
    let a = try plan(steps + [Build.opening()])
    let b = try plan((steps + [Build.opening()]).reversed())
    #expect(a.entries == b.entries)
    #expect(a.criticalPath == b.criticalPath)
    for e in a.entries {
      for r in e.requires {
        let req = try #require(a.entry(r))
        #expect(req.done <= e.start)
        let reqIndex = try #require(a.entries.firstIndex { $0.step.id == r })
        let ownIndex = try #require(a.entries.firstIndex { $0.step.id == e.step.id })
        #expect(reqIndex < ownIndex)
      }
    }
  }

  @Test("data items are counted once, fields once per form")
  func dataCounts() throws {
    let p = try Planner.plan(
      Build.landscape(
        [Build.step("a", data: ["namn", "orgnr"]), Build.step("b", data: ["orgnr"]), Build.opening()],
        dataItems: [Build.dataItem("namn"), Build.dataItem("orgnr"), Build.dataItem("oanvand")]),
      answers: Answers(), data: FounderData(["orgnr": "556677-8899"]), today: today)
    #expect(p.dataUsage.map(\.item.id) == ["namn", "orgnr"])
    #expect(p.dataUsage.map(\.steps) == [["a"], ["a", "b"]])
    #expect(p.dataUsage.last?.value == "556677-8899")
    #expect(p.entriesWithoutPrefill == 3)
    #expect(p.prefillSaving == 1)
  }
}
