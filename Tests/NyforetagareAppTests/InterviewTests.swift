import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Interview")
struct InterviewTests {
  @Test("Enter on the welcome screen starts the interview at the kommun question")
  func start() {
    var m = AppModel.make()
    m.press(.enter)
    #expect(m.route == .interview)
    #expect(m.currentQuestion?.id == "kommun")
    #expect(m.screen.contains("Fråga 1 av ungefär"))
  }

  @Test("typing å, ä and ö filters the kommun list; plain letters match too")
  func kommunFilter() {
    var m = AppModel.make()
    m.press(.enter)
    m.type("umeå")
    #expect(m.kommunMatches.first?.name == "Umeå")
    m.press(.control("u"))
    m.type("umea")
    #expect(m.kommunMatches.first?.name == "Umeå")
    m.press(.control("u"))
    m.type("göteborg")
    #expect(m.kommunMatches.map(\.name) == ["Göteborg"])
    m.press(.enter)
    #expect(m.answers.kommun == "Göteborg")
    #expect(m.currentQuestion?.id == "business_type")
  }

  @Test("a kommun that matches nothing says so and does not advance")
  func noMatch() {
    var m = AppModel.make()
    m.press(.enter)
    m.type("xyzzy")
    m.press(.enter)
    #expect(m.currentQuestion?.id == "kommun")
    #expect(m.screen.contains("Ingen kommun matchar"))
  }

  @Test("Esc goes back to the previous question with its answer selected")
  func back() {
    var m = AppModel.make()
    m.press(.enter)
    m.type("Malmö")
    m.press(.enter)
    m.press(.down, .down, .enter)  // business_type: bar
    #expect(m.answers["business_type"] == .choice("bar"))
    m.press(.escape)
    #expect(m.currentQuestion?.id == "business_type")
    #expect(m.screen.contains("▸ Bar eller pub"))
  }

  @Test("the live line shows the effect of an answer at once")
  func liveLine() {
    var m = AppModel.make()
    m.press(.enter)
    m.type("Malmö")
    m.press(.enter)
    let before = m.plan?.entries.count ?? 0
    // business_type: catering narrows the landscape.
    m.press(.end, .up, .enter)
    #expect(m.answers["business_type"] == .choice("catering"))
    #expect(m.plan?.entries.count != before)
    #expect(m.screen.contains("Just nu:"))
  }

  @Test("a bad number is refused at the field and a good one accepted")
  func numberField() {
    var m = AppModel.make()
    m.ask("employees", answers: Answers(["kommun": .kommun("Malmö")]))
    m.type("tre")
    m.press(.enter)
    #expect(m.currentQuestion?.id == "employees")
    #expect(m.screen.contains("Skriv ett heltal"))
    m.press(.control("u"))
    m.type("3")
    m.press(.enter)
    #expect(m.answers["employees"] == .integer(3))
    #expect(m.currentQuestion?.id != "employees")
  }

  @Test("\"Vet inte\" leaves the question unknown, so its steps are marked check")
  func unknownAnswer() {
    var m = AppModel.make()
    m.ask("tobacco", answers: Answers(["kommun": .kommun("Malmö"), "business_type": .choice("restaurant")]))
    m.press(.end, .enter)  // the last option is "Vet inte"
    #expect(m.answers["tobacco"] == nil)
    #expect(m.plan?.entry("tobakstillstand")?.status == .check)
  }

  @Test("answering the last question shows the plan")
  func finish() {
    var m = AppModel.make()
    m.press(.enter)
    for _ in 0..<60 where m.route == .interview {
      if m.currentQuestion?.kind == .kommun { m.type("Malmö") }
      m.press(.enter)
    }
    #expect(m.route == .plan)
    #expect(m.screen.contains("Tidigaste öppningsdag"))
  }
}
