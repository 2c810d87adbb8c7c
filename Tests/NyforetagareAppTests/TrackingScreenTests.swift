import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Saving and tracking in the UI")
struct TrackingScreenTests {
  @Test("every answer is saved by the runtime; the title bar says so; quitting then needs no question")
  func autosave() throws {
    var m = AppModel.make()
    m.persistent = true
    let fake = FakeServices()
    let terminal = FakeTerminal([.key(.enter)] + FakeTerminal.typing("Malmö") + [.key(.enter)])
    let runtime = Runtime(model: m, terminal: terminal, services: fake.services)
    m = runtime.run()
    #expect(fake.saves.count == 1)
    #expect(fake.saves.last?.answers["kommun"] == .string("Malmö"))
    // The plan got an id at its first save, and keeps it.
    let id = try #require(fake.saves.last?.planID)
    #expect(PlanIdentity.isValid(id))
    #expect(m.document.planID == id)
    #expect(terminal.screen.split(separator: "\n")[0].contains("✓ sparad"))
    #expect(m.press(.character("q")) == [.quit])  // saved: no need to ask
  }

  @Test("a failed save keeps the work, says why, and asks before quitting")
  func saveFailure() {
    var m = AppModel.make()
    m.persistent = true
    let fake = FakeServices()
    fake.failSaves = "disk full"
    let terminal = FakeTerminal([.key(.enter)] + FakeTerminal.typing("Malmö") + [.key(.enter)])
    m = Runtime(model: m, terminal: terminal, services: fake.services).run()
    #expect(terminal.screen.contains("Kunde inte spara: disk full"))
    #expect(terminal.screen.split(separator: "\n")[0].contains("⚠ inte sparad"))
    #expect(m.answers.kommun == "Malmö")
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

  @Test("the plan screen says what to do first, and 'o' lists the duties after opening")
  func firstActionsAndDuties() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    let plan = try Fixtures.plan(restaurantAnswers)
    let first = try #require(plan.firstActions.first.flatMap { plan.entry($0) })
    #expect(m.screen.contains("Gör först: 1. " + first.step.title.sv.prefix(20)))
    m.press(.character("o"))
    #expect(m.route == .duties)
    #expect(m.screen.contains("Efter öppning"))
    #expect(m.screen.contains("Restaurangrapport"))
    #expect(m.screen.contains("Första gången: " + (plan.duties.first?.firstDue.iso ?? "?")))
    m.press(.escape)
    #expect(m.route == .plan)
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
    _ = m.update(.opened(doc, path: "/tmp/plan.json"))
    #expect(m.route == .plan)
    #expect(m.answers.kommun == "Upplands Väsby")
    #expect(m.data["telefon"] == "08-123 456 78")
    #expect(m.screen.contains("Ändrad handläggningstid för Bygglov"))
    m.press(.character("x"))
    #expect(m.contentChanges.isEmpty)
    #expect(m.plan?.entry("bygglov")?.isDone == true)
  }

  @Test("a half-typed field goes to the journal at every keystroke, not to the plan file; it is restored on opening")
  func drafts() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.persistent = true
    _ = m.update(.saved(path: "/plans/plan.json"))
    let fake = FakeServices()
    let terminal = FakeTerminal(
      [.key(.character("d")), .key(.enter), .key(.control("u"))] + FakeTerminal.typing("XY"))
    m = Runtime(model: m, terminal: terminal, services: fake.services).run()
    let item = try #require(m.editingItem)
    #expect(fake.saves.isEmpty, "the plan file was rewritten for a keystroke")
    #expect(fake.journal.last == PlanDocument.Draft(kind: .data, id: item, text: "XY"))
    #expect(fake.journal.contains(PlanDocument.Draft(kind: .data, id: item, text: "X")))
    var doc = m.document
    #expect(doc.draft == PlanDocument.Draft(kind: .data, id: item, text: "XY"))
    doc.draft = PlanDocument.Draft(kind: .data, id: item, text: "X")
    var reopened = AppModel.make()
    _ = reopened.update(.opened(doc, path: "/tmp/p.json"))
    #expect(reopened.route == .dataSheet)
    #expect(reopened.editingItem == item)
    #expect(reopened.fieldText == "X")
    // Enter settles it (here: emptied, so the datum is removed): the plan file is written
    // once, with no draft left.
    reopened.persistent = true
    let settle = FakeServices()
    reopened = Runtime(
      model: reopened, terminal: FakeTerminal([.key(.control("u")), .key(.enter)]),
      services: settle.services
    ).run()
    #expect(settle.saves.count == 1)
    #expect(settle.saves.first?.draft == nil)
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
