import NyforetagareEngine
import TestSupport
import Testing

/// No row claims an answer the founder did not give: a data item whose condition, or whose every
/// step, hangs on an unanswered question is marked as one that may be needed, naming the question.
@Suite("Data the forms may ask for: pending on unanswered questions")
struct PendingDataTests {
  @Test("share capital is pending on the company form until it is answered, then asked or dropped")
  func shareCapital() throws {
    let landscape = Fixtures.landscape
    let open = try Fixtures.plan("kommun: Malmö\nbusiness_type: cafe\n")
    let usage = try #require(open.dataUsage.first { $0.item.id == "aktiekapital_bankintyg" })
    #expect(PendingData.openQuestions(of: usage, in: open, landscape: landscape) == ["company_form"])
    #expect(PendingData.itemQuestions(usage.item, answers: open.answers, landscape: landscape) == ["company_form"])
    let ab = try Fixtures.plan("kommun: Malmö\nbusiness_type: cafe\ncompany_form: aktiebolag\n")
    let asked = try #require(ab.dataUsage.first { $0.item.id == "aktiekapital_bankintyg" })
    #expect(PendingData.openQuestions(of: asked, in: ab, landscape: landscape) == nil)
    let firm = try Fixtures.plan("kommun: Malmö\nbusiness_type: cafe\ncompany_form: enskild_firma\n")
    #expect(!firm.dataUsage.contains { $0.item.id == "aktiekapital_bankintyg" })
  }

  @Test("an item asked only by steps marked check is pending on their open questions")
  func onlyCheckSteps() throws {
    let plan = try Fixtures.plan("kommun: Malmö\nbusiness_type: restaurant\n")
    let usage = try #require(plan.dataUsage.first { $0.item.id == "gasol_anlaggning" })
    #expect(usage.steps.allSatisfy { plan.entry($0)?.status == .check })
    let open = try #require(PendingData.openQuestions(of: usage, in: plan, landscape: Fixtures.landscape))
    #expect(open.contains("lpg_indoor_litres"))
    // An item a step that certainly applies asks for is not pending.
    let name = try #require(plan.dataUsage.first { $0.item.id == "namn" })
    #expect(PendingData.openQuestions(of: name, in: plan, landscape: Fixtures.landscape) == nil)
  }
}
