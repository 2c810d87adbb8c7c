import Foundation
import NyforetagareEngine
import NyforetagareExport
import NyforetagareText
import TestSupport
import Testing

/// A step with no known handling time for the kommun (no figure of its own, no national one,
/// no statute, no range) is counted as taking no days. What the founder reads must say that the
/// time is unknown, never give the send-in day as the decision day, and the opening day must
/// say it counts no time for such steps.
@Suite("Steps whose time is not known")
struct UnknownDurationTests {
  static let answers = """
    kommun: Malmö
    business_type: restaurant
    premises: change_of_use
    new_grease_trap: true
    outdoor_seating: public_ground
    alcohol: public
    """

  /// The Malmö restaurant's grease trap: the VA-huvudman publishes no time, and no rule sets one.
  static let stepID = "fettavskiljare"

  func plan(cases: [String: CaseRecord] = [:]) throws -> Plan {
    let (answers, data) = try Fixtures.answers(Self.answers)
    return try Planner.plan(Fixtures.landscape, answers: answers, data: data, today: Fixtures.today, cases: cases)
  }

  @Test("the plan knows it has no time for the step")
  func engineKnows() throws {
    let plan = try plan()
    let entry = try #require(plan.entry(Self.stepID))
    #expect(entry.figures?.handlingBasis == HandlingBasis.none)
    #expect(!entry.durationKnown)
    #expect(plan.entriesWithUnknownDuration.contains { $0.step.id == Self.stepID })
    // Every step with a time is known; the opening milestone is never listed.
    #expect(plan.entriesWithUnknownDuration.allSatisfy { $0.handling == nil && $0.step.kind != .milestone })
  }

  @Test(
    "the Markdown says the decision time is unknown and the opening day counts none for it",
    arguments: [Language.sv, .en])
  func markdown(language: Language) throws {
    let plan = try plan()
    let view = PlanView(plan, landscape: Fixtures.landscape, language: language)
    let md = MarkdownRenderer().render(view)
    let title = try #require(view.entries.first { $0.entry.step.id == Self.stepID }).title
    let line = try #require(md.split(separator: "\n").first { $0.hasPrefix("- [ ] **\(title)**") })
    let words = DateWords(language: language)
    #expect(line.contains(words.unknownDecision))
    #expect(!line.contains(words.expectedDecision))
    let opening = try #require(
      md.components(separatedBy: "## ").first { $0.hasPrefix(Words(language: language).earliestOpening) })
    #expect(opening.contains(language == .sv ? "räknar inte med någon tid" : "counts no time"))
    #expect(opening.contains(title))
  }

  @Test("JSON gives no expected decision and the iCalendar file no event for it")
  func jsonAndCalendar() throws {
    let plan = try plan()
    let view = PlanView(plan, landscape: Fixtures.landscape, language: .sv)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(view).utf8)) as? [String: Any])
    let steps = try #require(json["steps"] as? [[String: Any]])
    let step = try #require(steps.first { $0["id"] as? String == Self.stepID })
    #expect(step["handling_basis"] as? String == "none")
    #expect(step["expected_decision"] == nil || step["expected_decision"] is NSNull)
    #expect(step["submit"] as? String != nil)
    // Steps with a known time keep their expected decision.
    #expect(steps.contains { $0["id"] as? String == "bygglov" && $0["expected_decision"] as? String != nil })
    let ics = ICalendarRenderer(planID: "p").render(view)
    #expect(!ics.contains("UID:p-\(Self.stepID)-done@"))
    #expect(ics.contains("UID:p-\(Self.stepID)-submit@"))
    #expect(ics.contains("UID:p-bygglov-done@"))
  }

  @Test("a case sent in with no known time is not late the next day")
  func trackingNotLate() throws {
    let sent = Fixtures.today.adding(days: -30)
    let plan = try plan(cases: [Self.stepID: CaseRecord(state: .submitted, submitted: sent)])
    let tracking = try #require(plan.entry(Self.stepID)?.tracking)
    #expect(!tracking.expectedKnown)
    #expect(!tracking.late)
    #expect(!tracking.overdue)  // förvaltningslagen's six months are not up
    let md = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    #expect(md.contains("beslut: ingen känd handläggningstid"))
  }
}
