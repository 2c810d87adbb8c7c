import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Saving and tracking in the UI")
struct TrackingScreenTests {
  @Test("every answer is autosaved when the plan is kept on disk")
  func autosave() {
    var m = AppModel.make()
    m.persistent = true
    m.press(.enter)
    m.type("Malmö")
    let effects = m.press(.enter)
    guard case .save(let doc)? = effects.first else {
      Issue.record("no save effect after an answer")
      return
    }
    #expect(doc.answers["kommun"] == .string("Malmö"))
    m.saved(path: "/tmp/p.json")
    #expect(m.screen.hasPrefix(" Nyföretagare") && m.screen.split(separator: "\n")[0].contains("✓ sparad"))
    #expect(m.press(.character("q")) == [.quit])  // saved: no need to ask
  }

  @Test("a failed save keeps the work and asks before quitting")
  func saveFailure() {
    var m = AppModel.make()
    m.persistent = true
    m.press(.enter)
    m.type("Malmö")
    m.press(.enter)
    m.saveFailed("disk full")
    #expect(m.screen.contains("Kunde inte spara: disk full"))
    #expect(m.screen.split(separator: "\n")[0].contains("⚠ inte sparad"))
    #expect(m.press(.character("q")).isEmpty)
    #expect(m.confirmingQuit)
  }

  @Test("the case editor records a submitted case with date and reference, and refuses a bad date")
  func caseEditor() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    while m.selectedStepID != "bygglov" { m.press(.down) }
    m.press(.enter, .character("s"))
    #expect(m.screen.contains("Ärendets läge"))
    m.press(.right, .right)  // att göra → förbereder → inskickad
    m.press(.tab, .control("u"))
    m.type("2026-13-01")
    m.press(.enter)
    #expect(m.screen.contains("ÅÅÅÅ-MM-DD"))
    m.press(.control("u"))
    m.type("2026-11-02")
    m.press(.tab)
    m.type("BN 2026/55")
    m.press(.enter)
    let record = try #require(m.cases["bygglov"])
    #expect(record.state == .submitted)
    #expect(record.submitted == Day(iso: "2026-11-02"))
    #expect(record.reference == "BN 2026/55")
    #expect(m.screen.contains("dnr BN 2026/55"))
    m.press(.escape)
    #expect(m.screen.contains("[→] Bygglov"))
  }

  @Test("'Kan göras nu' lists what can start and opens a step")
  func canDoNow() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.press(.character("c"))
    #expect(m.route == .canDoNow)
    #expect(m.screen.contains("Kan göras nu"))
    m.press(.enter)
    if case .step = m.route {} else { Issue.record("Enter did not open a step") }
  }

  @Test("opening a saved plan restores answers, data and cases, and tells what newer content changed")
  func load() throws {
    let p = try Fixtures.plan(restaurantAnswers)
    var snapshot = PlanDocument.snapshot(of: p)
    snapshot["bygglov"]?.typicalDays = 1
    let doc = PlanDocument(
      contentVersion: "2000.1", created: Fixtures.today, updated: Fixtures.today, language: .sv, answers: p.answers,
      data: p.data, cases: ["bygglov": CaseRecord(state: .granted, submitted: Fixtures.today, decided: Fixtures.today)],
      snapshot: snapshot)
    var m = AppModel.make()
    m.load(doc, path: "/tmp/plan.json")
    #expect(m.route == .plan)
    #expect(m.answers.kommun == "Upplands Väsby")
    #expect(m.data["telefon"] == "08-123 456 78")
    #expect(m.screen.contains("Ändrad handläggningstid för Bygglov"))
    m.press(.character("x"))
    #expect(m.contentChanges.isEmpty)
    #expect(m.plan?.entry("bygglov")?.isDone == true)
  }

  @Test("a half-typed field is saved at every keystroke and restored on opening")
  func drafts() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.persistent = true
    m.press(.character("d"), .enter)
    let item = try #require(m.editingItem)
    m.press(.control("u"))
    let effects = m.handle(.character("X"))
    guard case .save(let doc)? = effects.last else {
      Issue.record("no save at a keystroke")
      return
    }
    #expect(doc.draft == PlanDocument.Draft(kind: .data, id: item, text: "X"))
    var reopened = AppModel.make()
    reopened.load(doc, path: "/tmp/p.json")
    #expect(reopened.route == .dataSheet)
    #expect(reopened.editingItem == item)
    #expect(reopened.field.text == "X")
  }

  @Test("the case officer's name is kept with the case")
  func contact() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    while m.selectedStepID != "bygglov" { m.press(.down) }
    m.press(.enter, .character("s"), .right, .tab, .tab, .tab, .tab)
    m.type("Eva Ek, 08-123 45")
    m.press(.enter)
    #expect(m.cases["bygglov"]?.contact == "Eva Ek, 08-123 45")
    #expect(m.cases["bygglov"]?.state == .preparing)
  }
}
