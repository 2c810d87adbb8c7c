import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Plan, step, data sheet, export and quitting")
struct ScreenTests {
  @Test("Tab groups the plan by actor and keeps the selected step")
  func byActor() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.press(.down, .down)
    let selected = m.selectedStepID
    m.press(.tab)
    #expect(m.planByActor)
    #expect(m.selectedStepID == selected)
    #expect(m.screen.contains("Bolagsverket\n   [ ] Registrera aktiebolaget"))
  }

  @Test("Enter opens the selected step with why, fee, handling time and sources")
  func openStep() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    while m.selectedStepID != "bygglov" { m.press(.down) }
    m.press(.enter)
    #expect(m.route == .step("bygglov"))
    let lines = StepDetail.lines("bygglov", width: 76, m.env).map(\.0).joined(separator: "\n")
    for heading in ["Varför", "Avgift", "Handläggningstid", "Lagstöd", "Källor", "Uppgifter i formuläret"] {
      #expect(lines.contains(heading), "step screen lacks \(heading)")
    }
    m.press(.escape)
    #expect(m.route == .plan)
  }

  @Test("a bad organisationsnummer is refused at the field; a good one fills every form")
  func dataSheet() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.press(.character("d"))
    #expect(m.route == .dataSheet)
    let index = try #require(m.sheetItems.firstIndex { $0.item.id == "organisationsnummer" })
    for _ in 0..<index { m.press(.down) }
    m.press(.enter)
    #expect(m.editingItem == "organisationsnummer")
    m.type("556677-8898")
    m.press(.enter)
    #expect(m.editingItem == "organisationsnummer")
    #expect(m.screen.contains("Kontrollsiffran stämmer inte"))
    m.press(.control("u"))
    m.type("5566778899")
    m.press(.enter)
    #expect(m.editingItem == nil)
    #expect(m.data["organisationsnummer"] == "556677-8899")
    #expect(m.screen.contains("556677-8899"))
    let uses = try #require(m.sheetItems.first { $0.item.id == "organisationsnummer" }).steps.count
    #expect(uses > 1)
  }

  @Test(
    "export shows the full paths before, asks the runner for Markdown, HTML and plan file, and shows where they went")
  func export() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.workingDirectory = "/home/anna/planer"
    m.press(.character("e"))
    // Before: the full paths the name stands for, and the promise not to overwrite.
    #expect(m.screen.contains("/home/anna/planer/nyforetagare-plan.md"))
    #expect(m.screen.contains("/home/anna/planer/nyforetagare-plan.html"))
    #expect(m.screen.contains("/home/anna/planer/nyforetagare-plan.json"))
    #expect(m.screen.contains("nästa lediga nummer"))
    let effects = m.press(.enter)
    guard case .export(let path, let files)? = effects.first else {
      Issue.record("no export effect")
      return
    }
    #expect(path == "nyforetagare-plan")
    #expect(files.markdown.hasPrefix("# Din plan: Restaurang i Upplands Väsby"))
    #expect(files.html.hasPrefix("<!DOCTYPE html>") && files.html.contains("<svg"))
    // After: every file's full path, also when the name was taken and got a number.
    _ = m.update(
      .exported(path: "/tmp/x/nyforetagare-plan-2.md\n/tmp/x/nyforetagare-plan-2.html\n/tmp/x/nyforetagare-plan-2.json")
    )
    #expect(m.screen.contains("/tmp/x/nyforetagare-plan-2.md"))
    #expect(m.screen.contains("/tmp/x/nyforetagare-plan-2.json"))
  }

  @Test("quitting with unsaved answers asks first; n goes on, j quits")
  func quit() {
    var m = AppModel.make()
    #expect(m.press(.character("q")) == [.quit])  // nothing to lose yet
    m.press(.enter)
    m.type("Malmö")
    m.press(.enter)
    #expect(m.press(.control("c")).isEmpty)
    #expect(m.confirmingQuit)
    m.press(.character("n"))
    #expect(!m.confirmingQuit)
    m.press(.control("c"))
    #expect(m.press(.character("j")) == [.quit])
  }

  @Test("a too small terminal says which size is needed and loses nothing")
  func resize() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.press(.down, .down, .down)
    let selected = m.selectedStepID
    _ = m.update(.resize(width: 60, height: 20))
    #expect(m.screen.contains("minst 80×24"))
    m.press(.down)  // ignored while too small
    _ = m.update(.resize(width: 80, height: 24))
    #expect(m.route == .plan)
    #expect(m.selectedStepID == selected)
  }

  @Test("? shows help and any key closes it")
  func help() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.press(.character("?"))
    #expect(m.screen.contains("Så använder du Nyföretagare"))
    m.press(.character("x"))
    #expect(!m.showingHelp)
  }
}
