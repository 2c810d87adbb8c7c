import NyforetagareEngine
import TestSupport
import Testing

/// A small deterministic random generator (SplitMix64), so a failing answer set can be rerun.
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random answers to the real interview: every question answered at random or left unknown.
private func randomAnswers(_ rng: inout SplitMix, today: Day) -> [String: AnswerValue] {
  let landscape = Fixtures.landscape
  let kommuner =
    landscape.profiles.keys.sorted() + ["Ale", "Kiruna", "Visby"].filter { landscape.kommun(named: $0) != nil }
  var values: [String: AnswerValue] = [:]
  for q in landscape.questions where Int.random(in: 0..<5, using: &rng) > 0 {
    switch q.kind {
    case .choice:
      if let v = q.values.randomElement(using: &rng) { values[q.id] = .choice(v.id) }
    case .bool: values[q.id] = .bool(Bool.random(using: &rng))
    case .integer: values[q.id] = .integer(Int.random(in: 0...12, using: &rng))
    case .number: values[q.id] = .number(Double(Int.random(in: 0...200, using: &rng)))
    case .date: values[q.id] = .date(today.adding(days: Int.random(in: 0...500, using: &rng)))
    case .kommun: if let k = kommuner.randomElement(using: &rng) { values[q.id] = .kommun(k) }
    case .kommunList, .stepList: break
    }
  }
  return values
}

@Suite("Plan properties over generated answer sets")
struct PlanPropertyTests {
  @Test("every date obeys its rule, for 250 generated founders")
  func properties() throws {
    let landscape = Fixtures.landscape
    let today = Day(year: 2026, month: 12, day: 1) ?? Fixtures.today
    var rng = SplitMix(state: 20_261_201)
    for n in 0..<250 {
      let values = randomAnswers(&rng, today: today)
      let label = "answer set \(n): \(values.keys.sorted().map { "\($0)=\(values[$0].map { "\($0)" } ?? "")" })"
      let plan = try Planner.plan(landscape, answers: Answers(values), today: today)
      let opening = plan.plannedOpening
      let conflicted = Set(plan.windowConflicts.map(\.step))
      let byID = Dictionary(plan.entries.map { ($0.step.id, $0) }, uniquingKeysWith: { a, _ in a })
      for e in plan.entries {
        let sent = e.submit ?? e.start
        // Every windowed step inside its window (unless the plan reports that it cannot be).
        if let w = e.window, !conflicted.contains(e.step.id) {
          if let earliest = w.earliest { #expect(sent >= earliest, "\(e.step.id) before its window – \(label)") }
          if let latest = w.latest { #expect(sent <= latest, "\(e.step.id) after its window – \(label)") }
        }
        // No required event after the event that needs it.
        for r in e.requires {
          let req = try #require(byID[r])
          #expect(req.done <= e.start, "\(r) decided after \(e.step.id) starts – \(label)")
        }
        for w in e.waitsFor {
          let other = try #require(byID[w.step])
          let event = w.event == .submitted ? (other.submit ?? other.start) : other.done
          let gated = w.gates == .submitted ? e.start : e.done
          #expect(event <= gated, "\(w.step) \(w.event) after \(e.step.id) \(w.gates) – \(label)")
        }
        if e.step.phase == .beforeOpening && e.step.kind != .milestone {
          #expect(e.done <= opening, "\(e.step.id) done after opening – \(label)")
        }
        // No authority event on a weekend or Swedish public holiday.
        let level = landscape.actors[e.step.actor]?.level
        if e.step.kind != .milestone, let level, level != .private {
          #expect(SwedishCalendar.isWorkingDay(e.done), "\(e.step.id) decided on \(e.done.iso) – \(label)")
          if let s = e.submit {
            #expect(SwedishCalendar.isWorkingDay(s), "\(e.step.id) sent in on \(s.iso) – \(label)")
          }
        }
      }
      // No recurring duty before opening, and no duty among the steps.
      for d in plan.duties {
        #expect(d.firstDue >= opening, "duty \(d.id) due \(d.firstDue.iso) before opening – \(label)")
        #expect(byID[d.id] == nil || d.step.kind != .duty, "duty \(d.id) is also a to-do – \(label)")
      }
      // First actions: at most three steps whose prerequisites are done (nothing is recorded,
      // so: none), never optional or a duty.
      #expect(plan.firstActions.count <= 3, "\(label)")
      for id in plan.firstActions {
        let e = try #require(byID[id])
        #expect(e.requires.isEmpty && e.waitsFor.allSatisfy { $0.gates == .decided }, "\(id) waits – \(label)")
        #expect(e.start <= today && !e.step.optional && e.step.kind != .duty, "\(id) – \(label)")
      }
      if let firm = plan.earliestOpeningFirm { #expect(firm <= plan.earliestOpening, "\(label)") }
    }
  }
}
