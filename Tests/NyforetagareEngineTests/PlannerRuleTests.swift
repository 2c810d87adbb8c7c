import Testing

@testable import NyforetagareEngine

// Tuesday 1 December 2026, as in the example.
private let today = Build.day(2026, 12, 1)

private func plan(
  _ steps: [Step], answers: [String: AnswerValue] = [:],
  questions: [Question] = [Build.question("opening_date", .date)],
  cases: [String: CaseRecord] = [:], profiles: [String: KommunProfile] = [:]
) throws -> Plan {
  var landscape = Build.landscape(steps, questions: questions)
  landscape.profiles = KommunProfiles(profiles)
  return try Planner.plan(landscape, answers: Answers(answers), today: today, cases: cases)
}

/// A step with its requirements given as (id, event, gates).
private func step(
  _ id: String, days: Int = 0, waits: [(String, StepEvent, StepEvent)] = [], kind: Step.Kind = .permit,
  working: Bool = false, window: TimingWindow? = nil, recurring: Recurrence? = nil, phase: Step.Phase = .beforeOpening,
  appliesWhen: Condition? = nil
) -> Step {
  var s = Build.step(id, days: days, phase: phase, kind: kind, appliesWhen: appliesWhen)
  s.requires = waits.map { w in
    var r = Step.Requirement(step: w.0, lagDays: 0, note: nil, location: Build.here)
    r.event = w.1
    r.gates = w.2
    return r
  }
  if working { s.timing.handling?.workingDays = true }
  s.timing.window = window
  s.timing.recurring = recurring
  return s
}

private func before(_ days: Int) -> TimingWindow.Bound {
  TimingWindow.Bound(.beforeOpening(days: days), location: Build.here)
}

@Suite("Planner: events, windows, working days, duties, first actions")
struct PlannerRuleTests {
  @Test("a step that waits for another's sending in starts on that day, not at its decision")
  func waitsForSubmitted() throws {
    let p = try plan([
      step("ansokan", days: 60), step("prov", days: 7, waits: [("ansokan", .submitted, .submitted)]), Build.opening(),
    ])
    let a = try #require(p.entry("ansokan"))
    let t = try #require(p.entry("prov"))
    #expect(t.start == a.submit)
    #expect(t.waitsFor == [Plan.Wait(step: "ansokan", event: .submitted, gates: .submitted)])
    #expect(t.requires.isEmpty, "the contract's requires keeps only decided-before-start requirements")
  }

  @Test("a decision that waits for another step comes after it, while the application goes in at once")
  func decisionGated() throws {
    let p = try plan([
      step("prov", days: 70, kind: .task), step("tillstand", days: 30, waits: [("prov", .decided, .decided)]),
      Build.opening(),
    ])
    let prov = try #require(p.entry("prov"))
    let t = try #require(p.entry("tillstand"))
    #expect(t.submit == today)
    #expect(t.done >= prov.done)
    #expect(t.done == SwedishCalendar.nextWorkingDay(onOrAfter: prov.done))
  }

  @Test("a step that waits for a submission while the other's decision waits for it is not a cycle")
  func eventCycleIsFine() throws {
    let p = try plan([
      step("tillstand", days: 60, waits: [("prov", .decided, .decided)]),
      step("prov", days: 7, waits: [("tillstand", .submitted, .submitted)], kind: .task), Build.opening(),
    ])
    let prov = try #require(p.entry("prov"))
    let t = try #require(p.entry("tillstand"))
    #expect(prov.start == t.submit)
    #expect(t.done >= prov.done)
    // A real cycle of events is still an error.
    #expect(throws: Planner.Failure.self) {
      try plan([step("a", waits: [("b", .decided, .submitted)]), step("b", waits: [("a", .decided, .submitted)])])
    }
  }

  @Test("working days skip weekends and holidays; authority decisions never fall on them")
  func workingDaysAndHolidays() throws {
    let p = try plan([
      step("bolag", days: 7, kind: .registration, working: true), step("jul", days: 24), Build.opening(),
    ])
    #expect(p.entry("bolag")?.done == Build.day(2026, 12, 10))
    // 1 December + 24 calendar days is Christmas Day: the decision moves to Monday 28 December.
    #expect(p.entry("jul")?.done == Build.day(2026, 12, 28))
  }

  @Test("'not earlier than N days before opening' moves the step into its window")
  func earliestWindow() throws {
    let w = TimingWindow(earliest: before(30), location: Build.here)
    let p = try plan(
      [
        step("registrering", days: 0, kind: .registration, window: w), step("bygg", days: 150, kind: .task),
        Build.opening(),
      ]
    )
    let e = try #require(p.entry("registrering"))
    let opening = p.plannedOpening
    #expect(e.window?.earliest == opening.adding(days: -30))
    #expect(try #require(e.submit) >= opening.adding(days: -30))
    #expect(e.done <= opening)
    #expect(p.windowConflicts.isEmpty)
    #expect(!p.canStartNow.map(\.step.id).contains("registrering"), "the window has not opened yet")
  }

  @Test("a window that cannot be met names the rule, the step that needs it and the days")
  func earliestWindowConflict() throws {
    let w = TimingWindow(earliest: before(30), note: Build.text("tidigast 30 dagar före"), location: Build.here)
    let p = try plan([
      step("registrering", kind: .registration, window: w),
      step("tillstand", days: 60, waits: [("registrering", .decided, .submitted)]), Build.opening(),
    ])
    let c = try #require(p.windowConflicts.first)
    #expect(c.step == "registrering")
    #expect(c.bound == .earliest)
    #expect(c.because == "tillstand")
    // The licence needs ~60 days after it, the window allows 30: it must go in about 30 days sooner.
    #expect((29...33).contains(c.days), "missed by \(c.days) days")
    #expect(p.earliestOpening <= p.plannedOpening)
  }

  @Test("'no later than N days after another step' that cannot be met says by how much")
  func latestAfterStepConflict() throws {
    let w = TimingWindow(
      latest: TimingWindow.Bound(.afterStep(step: "a", event: .decided, days: 5), location: Build.here),
      location: Build.here)
    let p = try plan([
      step("a", days: 10, kind: .task), step("b", days: 20, kind: .task),
      step("c", waits: [("b", .decided, .submitted)], window: w),
      Build.opening(),
    ])
    let c = try #require(p.windowConflicts.first { $0.step == "c" })
    #expect(c.bound == .latest)
    #expect(c.because == "a")
    #expect(c.days > 0)
  }

  @Test("the firm opening leaves out check steps and names the questions that settle it")
  func firmOpening() throws {
    let p = try plan(
      [
        step("kanske", days: 90, appliesWhen: Build.isTrue("ny_fettavskiljare")), step("saker", days: 30),
        Build.opening(),
      ],
      questions: [Build.question("opening_date", .date), Build.question("ny_fettavskiljare")])
    #expect(p.earliestOpening == Build.day(2027, 3, 1))
    #expect(p.earliestOpeningFirm == SwedishCalendar.nextWorkingDay(onOrAfter: today.adding(days: 30)))
    #expect(p.settlingQuestions == ["ny_fettavskiljare"])
  }

  @Test("first actions: at most three, critical first, then least slack; never optional, a duty or after opening")
  func firstActions() throws {
    var optional = step("lan", days: 20, kind: .support)
    optional.optional = true
    let p = try plan([
      step("kort", days: 5), step("lang", days: 100), step("mellan", days: 60), step("medel", days: 40), optional,
      step("plikt", kind: .duty), step("efter", phase: .afterOpening), Build.opening(),
    ])
    #expect(p.firstActions == ["lang", "mellan", "medel"])
    #expect(!p.canStartNow.map(\.step.id).contains("efter"))
    for id in p.firstActions { #expect(p.entry(id)?.canStartToday == true) }
  }

  @Test("a recurring duty leaves the to-do list and is due after opening")
  func duties() throws {
    let yearly = Recurrence(
      frequency: .yearly, month: 3, day: 1, coversPreviousPeriod: true, rule: Build.text("1 mars"), location: Build.here
    )
    let monthly = Recurrence(
      frequency: .monthly, day: 12, coversPreviousPeriod: true, rule: Build.text("den 12:e"), location: Build.here)
    let every3 = Recurrence(frequency: .yearly, interval: 3, rule: Build.text("vart tredje år"), location: Build.here)
    let p = try plan(
      [
        step("rapport", kind: .duty, recurring: yearly, phase: .afterOpening),
        step("lon", kind: .registration, recurring: monthly),
        step("ovk", days: 3, kind: .task, recurring: every3), step("bygg", days: 150, kind: .task), Build.opening(),
      ], answers: ["opening_date": .date(Build.day(2027, 6, 8))])
    #expect(p.entry("rapport") == nil)
    #expect(p.entry("lon") != nil, "a registration keeps its one-off step")
    let due = Dictionary(p.duties.map { ($0.id, $0.firstDue) }, uniquingKeysWith: { a, _ in a })
    #expect(due["rapport"] == Build.day(2028, 3, 1))
    #expect(due["lon"] == Build.day(2027, 7, 12))
    #expect(due["ovk"] == Build.day(2030, 6, 10), "8 June 2030 is a Saturday")
    for d in p.duties { #expect(d.firstDue >= p.plannedOpening) }
    #expect(yearly.rrule == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1")
    #expect(monthly.rrule == "FREQ=MONTHLY;BYMONTHDAY=12")
    #expect(every3.rrule == "FREQ=YEARLY;INTERVAL=3")
  }

  @Test("a duty due on a weekend moves to the next working day")
  func dutyOnWeekend() throws {
    let monthly = Recurrence(
      frequency: .monthly, day: 12, coversPreviousPeriod: true, rule: Build.text("den 12:e"), location: Build.here)
    // Opening in May 2027: the first declaration is due 12 June 2027, a Saturday.
    let p = try plan(
      [step("lon", kind: .registration, recurring: monthly), Build.opening()],
      answers: ["opening_date": .date(Build.day(2027, 5, 3))])
    #expect(p.duties.first?.firstDue == Build.day(2027, 6, 14))
    #expect(p.duties.first?.ruleStart == Build.day(2027, 6, 12))
  }

  @Test("a seasonal permit is planned for the season that contains the opening, and renewed before the next")
  func seasons() throws {
    let summer = Season(
      name: Build.text("sommarsäsongen", "summer season"), from: MonthDay(month: 4, day: 1),
      to: MonthDay(month: 10, day: 31),
      location: Build.here)
    let winter = Season(
      name: Build.text("vintersäsongen", "winter season"), from: MonthDay(month: 11, day: 1),
      to: MonthDay(month: 3, day: 31),
      location: Build.here)
    var o = KommunProfile.StepOverride(
      fee: nil, handling: nil, eService: nil, contact: nil, note: nil, location: Build.here)
    o.seasons = [summer, winter]
    let profile = KommunProfile(kommun: "Malmö", updated: nil, sources: [], steps: ["polis": o], location: Build.here)
    let p = try plan(
      [step("polis", days: 28), Build.opening()],
      answers: ["opening_date": .date(Build.day(2027, 5, 1)), "kommun": .kommun("Malmö")],
      questions: [Build.question("opening_date", .date), Build.question("kommun", .kommun)],
      profiles: ["Malmö": profile])
    let s = try #require(p.entry("polis")?.season)
    #expect(s.from == Build.day(2027, 4, 1))
    #expect(s.to == Build.day(2027, 10, 31))
    let renewals = p.duties.filter { $0.id.hasPrefix("polis-season") }
    #expect(renewals.count == 2)
    #expect(renewals.first?.firstDue == Build.day(2027, 10, 4))
    #expect(winter.occurrence(containing: Build.day(2027, 1, 15)) == Build.day(2026, 11, 1)...Build.day(2027, 3, 31))
  }

  @Test("a requirement with 'when' holds only when its condition is not no")
  func conditionalRequirement() throws {
    var polis = step("polis", days: 28)
    var req = Step.Requirement(step: "fskatt", lagDays: 0, note: nil, location: Build.here)
    req.when = Build.isTrue("food_truck")
    polis.requires = [req]
    let steps = [step("fskatt", days: 30, kind: .registration), polis, Build.opening()]
    let qs = [Build.question("opening_date", .date), Build.question("food_truck")]
    let truck = try plan(steps, answers: ["food_truck": .bool(true)], questions: qs)
    #expect(try #require(truck.entry("polis")).start >= (try #require(truck.entry("fskatt"))).done)
    let terrace = try plan(steps, answers: ["food_truck": .bool(false)], questions: qs)
    #expect(terrace.entry("polis")?.start == today)
  }
}
