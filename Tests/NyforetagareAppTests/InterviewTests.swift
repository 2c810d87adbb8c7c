import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Interview")
struct InterviewTests {
  @Test("Enter on the welcome screen starts the interview at the kommun, screen 1")
  func start() {
    var m = AppModel.make()
    m.press(.enter)
    #expect(m.route == .interview)
    #expect(m.currentQuestion?.id == "kommun")
    #expect(m.screen.contains("Skärm 1 av ungefär"))
  }

  @Test("\"Göt\" and \"got\" highlight Göteborg, not Gotland; the list is in Swedish order; \"umea\" is Umeå")
  func kommunFilter() {
    var m = AppModel.make()
    m.press(.enter)
    m.type("Göt")
    #expect(m.kommunMatches.prefix(2).map(\.name) == ["Göteborg", "Götene"])
    #expect(m.screen.contains("▸ Göteborg"))
    m.press(.control("u"))
    m.type("got")
    #expect(m.kommunMatches.first?.name == "Göteborg")
    #expect(m.screen.contains("▸ Göteborg"))
    m.press(.control("u"))
    let all = m.kommunMatches.map(\.name)
    let order = ["Avesta", "Båstad", "Pajala", "Ystad", "Åtvidaberg", "Älmhult", "Öckerö"].map {
      all.firstIndex(of: $0)
    }
    #expect(order.allSatisfy { $0 != nil } && order == order.sorted { ($0 ?? 0) < ($1 ?? 0) }, "\(order)")
    m.type("umea")
    m.press(.enter)
    #expect(m.answers.kommun == "Umeå")
    #expect(m.currentQuestion?.id != "kommun")
    #expect(m.screen.contains("Kommun: Umeå (Västerbottens län)."))
  }

  @Test("an untouched kommun list highlights nothing and Enter picks nothing; a kommun that matches nothing says so")
  func noMatch() {
    var m = AppModel.make()
    m.press(.enter)
    #expect(!m.screen.contains("▸"))
    #expect(!m.isHighlighted("Ale  Västra Götalands län"))
    m.press(.enter)
    #expect(m.answers.kommun == nil)
    #expect(m.screen.contains("⚠ Skriv kommunens namn eller välj med ↑↓, och tryck Enter."))
    // A filter typed and erased again leaves nothing highlighted either.
    m.type("U")
    #expect(m.screen.contains("▸ Uddevalla"))
    m.press(.backspace)
    #expect(!m.screen.contains("▸"))
    m.press(.enter)
    #expect(m.answers.kommun == nil)
    m.type("xyzzy")
    m.press(.enter)
    #expect(m.currentQuestion?.id == "kommun")
    #expect(m.screen.contains("Ingen kommun matchar – skriv färre bokstäver."))
  }

  @Test("the highlighted kommun is the one Enter chooses: ↓ highlights Ale, ↓ again Alingsås")
  func kommunArrows() {
    var m = AppModel.make()
    m.press(.enter)
    m.press(.down)
    #expect(m.screen.contains("▸ Ale  Västra Götalands län"))
    #expect(m.isHighlighted("Ale  Västra Götalands län"))
    m.press(.enter)
    #expect(m.answers.kommun == "Ale")
    #expect(m.currentQuestion?.id != "kommun")

    var n = AppModel.make()
    n.press(.enter)
    n.press(.down, .down)
    #expect(n.screen.contains("▸ Alingsås"))
    n.press(.up)
    #expect(n.screen.contains("▸ Ale"))
    n.press(.down, .enter)
    #expect(n.answers.kommun == "Alingsås")
    // Opened again, the kommun answered is highlighted, and Enter keeps it.
    n.press(.escape)
    #expect(n.currentQuestion?.id == "kommun")
    #expect(n.screen.contains("▸ Alingsås"))
    n.press(.enter)
    #expect(n.answers.kommun == "Alingsås")
    #expect(n.currentQuestion?.id != "kommun")
  }

  @Test("in English, Enter on an untouched kommun list says to type or choose with ↑↓")
  func kommunHintEnglish() {
    var m = AppModel.make(language: .en)
    m.press(.enter)
    m.press(.enter)
    #expect(m.answers.kommun == nil)
    #expect(m.screen.contains("⚠ Type the kommun's name or choose with ↑↓, then press Enter."))
  }

  @Test("no silent Ja: nothing is chosen at first; Enter asks for a choice and does not advance")
  func noSilentYes() {
    var m = AppModel.make()
    m.ask("premises", answers: Answers(["kommun": .kommun("Malmö")]))
    #expect(!m.screen.contains("▸"))
    m.press(.enter)
    #expect(m.currentQuestion?.id == "premises")
    #expect(m.answers["premises"] == nil)
    #expect(m.screen.contains("Välj ett svar med ↑↓ först"))
    m.press(.down, .enter)
    #expect(m.answers["premises"] == .choice("same_use"))
  }

  @Test("no silent choice on a checklist of kinds: the business type must be ticked or said unknown")
  func requiredChoice() {
    var m = AppModel.make(language: .en)
    m.ask("business_type", answers: Answers(["kommun": .kommun("Malmö")]))
    #expect(m.screen.contains("What are you starting?"))
    #expect(m.screen.contains("( ) Restaurant"))
    m.press(.enter)
    #expect(m.screen.contains("Tick one of the options for “Business”"))
    #expect(m.answers["business_type"] == nil)
    m.press(.down, .character(" "), .enter)
    #expect(m.answers["business_type"] == .choice("cafe"))
    #expect(m.answers["takeover"] == .choice("none"), "the screen's `otherwise`")
  }

  @Test("a checklist: nothing ticked at first; an untouched Enter asks once; ticks become answers")
  func checklist() {
    var m = AppModel.make()
    m.ask("tobacco", answers: Answers(["kommun": .kommun("Malmö"), "business_type": .choice("restaurant")]))
    #expect(m.screen.contains("Vad ska du sälja eller servera?"))
    #expect(m.screen.contains("[ ] Tobak"))
    #expect(!m.screen.contains("[x]") && !m.screen.contains("(•)"))
    m.press(.enter)
    #expect(m.screen.contains("Inget är kryssat. Enter: inget av detta gäller"))
    #expect(m.answers["tobacco"] == nil)
    m.press(.escape)
    #expect(m.currentQuestion?.id == "alcohol")
    // "To the public": the follow-up about 01:00 appears; then tobacco.
    #expect(!m.screen.contains("efter klockan 01"))
    m.press(.down, .character(" "))
    #expect(m.screen.contains("(•) Starköl, vin eller sprit till allmänheten"))
    #expect(m.screen.contains("Servering av alkohol efter klockan 01"))
    for _ in 0..<12 where !m.screen.contains("▸ [ ] Tobak") { m.press(.down) }
    m.press(.character(" "), .enter)
    #expect(m.answers["alcohol"] == .choice("public"))
    #expect(m.answers["tobacco"] == .bool(true))
    #expect(m.answers["serving_after_01"] == .bool(false))
    #expect(m.answers["e_cigarettes"] == .bool(false))
    #expect(m.currentQuestion?.id != "alcohol")
  }

  @Test("v on the alcohol boxes keeps the follow-ups of every answer alcohol may have; their answers still count")
  func unknownAlcohol() {
    var m = AppModel.make()
    m.ask("tobacco", answers: Answers(["kommun": .kommun("Malmö"), "business_type": .choice("nightclub")]))
    // Untouched, alcohol counts as "no" (the screen's `otherwise`): no question about 01:00.
    #expect(!m.screen.contains("efter klockan 01"))
    #expect(m.screen.contains("Alkohol vid enstaka evenemang"))
    m.press(.character("v"))
    #expect(m.screen.contains("(?) Starköl, vin eller sprit till allmänheten"))
    // "Don't know" may be "to the public" or "no": both follow-ups are asked, since the plan
    // reads them (with alcohol unknown, "after 01" alone decides the serving-hours step).
    #expect(m.screen.contains("[ ] Servering av alkohol efter klockan 01"))
    #expect(m.screen.contains("[ ] Alkohol vid enstaka evenemang"))
    for _ in 0..<12 where !m.screen.contains("▸ [ ] Servering av alkohol efter klockan 01") { m.press(.down) }
    m.press(.character(" "), .enter)
    #expect(m.answers["alcohol"] == nil)
    #expect(m.answers["serving_after_01"] == .bool(true))
    #expect(m.plan?.entry("serveringstid_efter_01")?.status == .applies)
    #expect(m.plan?.entry("serveringstillstand")?.status == .check)
  }

  @Test("v on a box is \"don't know\": the step it decides is marked check")
  func unknownBox() {
    var m = AppModel.make()
    m.ask("tobacco", answers: Answers(["kommun": .kommun("Malmö"), "business_type": .choice("restaurant")]))
    for _ in 0..<12 where !m.screen.contains("▸ [ ] Tobak") { m.press(.down) }
    m.press(.character("v"))
    #expect(m.screen.contains("▸ [?] Tobak"))
    m.press(.enter)
    #expect(m.answers["tobacco"] == nil)
    #expect(m.answers["nicotine_products"] == .bool(false))
    #expect(m.plan?.entry("tobakstillstand")?.status == .check)
    // Back on the screen, the box still says "don't know", and Enter keeps it so.
    m.press(.escape)
    #expect(m.screen.contains("[?] Tobak"))
    m.press(.enter)
    #expect(m.answers["tobacco"] == nil && m.answers["nicotine_products"] == .bool(false))
  }

  @Test("gasol on the checklist opens its detail; \"2 st P11\" is 52 litres and says so")
  func gasol() throws {
    var m = AppModel.make()
    let answers = try Fixtures.answers("kommun: Malmö\npremises: same_use\nbusiness_type: restaurant\n").0
    m.ask("near_shore", answers: answers)
    #expect(m.screen.contains("[ ] Gasol"))
    for _ in 0..<12 where !m.screen.contains("▸ [ ] Gasol") { m.press(.down) }
    m.press(.character(" "), .enter)
    #expect(m.screen.contains("Hur mycket gasol?"))
    m.press(.tab)
    m.type("2 st P11")
    m.press(.enter)
    #expect(m.answers["lpg_outdoor_litres"] == .number(52))
    #expect(m.answers["lpg_indoor_litres"] == nil, "an empty field is \"don't know\"")
    #expect(m.screen.contains("Uppfattat: 2 × gasolflaska P11"))
  }

  @Test("no gasol ticked: both amounts are 0 and no detail is shown")
  func noGasol() throws {
    var m = AppModel.make()
    let answers = try Fixtures.answers("kommun: Malmö\npremises: same_use\nbusiness_type: restaurant\n").0
    m.ask("near_shore", answers: answers)
    m.press(.character(" "), .enter)
    #expect(m.answers["near_shore"] == .bool(true))
    #expect(m.answers["lpg_indoor_litres"] == .number(0) && m.answers["lpg_outdoor_litres"] == .number(0))
    #expect(!m.screen.contains("Hur mycket gasol?"))
  }

  @Test("a gate on a screen of its own: nothing chosen; Enter asks; Nej sets its detail at once; Ja opens it")
  func gate() throws {
    var m = AppModel.make()
    m.session.founder.answers = Answers(["kommun": .kommun("Malmö"), "premises": .choice("same_use")])
    m.replan()
    var spec = try #require(m.landscape.screens.first { $0.kind == .gate })
    spec.host = nil
    let items = spec.items
    var screen = InterviewScreen()
    screen.show(Interview.Turn(screen: spec, part: .main, items: items), m.answers, m.env)
    m.session.stack = [WelcomeScreen(), screen]
    m.relayout()
    #expect(m.screen.contains("Ska du använda gasol"))
    #expect(!m.screen.contains("▸"))
    m.press(.enter)
    #expect(m.screen.contains("Välj Ja, Nej eller Vet inte med ↑↓ först."))
    #expect(m.answers["lpg_indoor_litres"] == nil)
    var no = m
    no.press(.character("n"))
    #expect(no.answers["lpg_indoor_litres"] == .number(0) && no.answers["lpg_outdoor_litres"] == .number(0))
    m.press(.down, .enter)
    #expect(m.screen.contains("Hur mycket gasol?"))
    #expect(m.answers["lpg_indoor_litres"] == nil)
  }

  @Test("a date typed as \"1 maj 2027\" is understood and said back; a bad number explains itself")
  func typed() throws {
    var m = AppModel.make()
    m.ask("opening_date", answers: Answers(["kommun": .kommun("Malmö")]))
    m.type("1 maj 2027")
    m.press(.enter)
    #expect(m.answers["opening_date"] == .date(try #require(Day(year: 2027, month: 5, day: 1))))
    #expect(m.screen.contains("Uppfattat: 1 maj 2027 (2027-05-01)."))
    m.ask("employees", answers: Answers(["kommun": .kommun("Malmö")]))
    m.type("tre")
    m.press(.enter)
    #expect(m.currentQuestion?.id == "employees")
    #expect(m.screen.contains("”tre” förstår jag inte"))
    m.press(.control("u"))
    m.type("2 st")
    m.press(.enter)
    #expect(m.answers["employees"] == .integer(2))
  }

  @Test("Esc goes back to the screen before, its answer chosen; going on asks the next screen again")
  func back() {
    var m = AppModel.make()
    m.press(.enter)
    m.type("Malmö")
    m.press(.enter)
    let first = m.currentQuestion?.id
    m.press(.down, .down, .enter)
    #expect(m.currentQuestion?.id != first)
    let second = m.currentQuestion?.id
    m.press(.escape)
    #expect(m.currentQuestion?.id == first)
    #expect(m.screen.contains("▸ Lokalen byter användning"))
    m.press(.enter)
    #expect(m.currentQuestion?.id == second)
  }

  @Test("`i` shows every answer on one screen; changing one returns there, the rest and the cases kept")
  func summary() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.session.founder.cases["serveringstillstand"] = CaseRecord(state: .submitted, submitted: Fixtures.today)
    m.press(.character("i"))
    #expect(m.route == .answers)
    #expect(m.screen.contains("Dina svar"))
    #expect(m.screen.contains("Upplands Väsby"))
    #expect(m.screen.contains("Starköl, vin eller sprit till allmänheten"))
    m.press(.enter)
    #expect(m.route == .interview)
    #expect(m.currentQuestion?.id == "kommun")
    #expect(m.screen.contains("Ändra dina svar"))
    m.type("Göteborg")
    m.press(.enter)
    #expect(m.route == .answers)
    #expect(m.answers.kommun == "Göteborg")
    #expect(m.answers["alcohol"] == .choice("public"))
    #expect(m.cases["serveringstillstand"]?.state == .submitted)
    m.press(.escape)
    #expect(m.route == .plan)
    #expect(m.screen.contains("Göteborg"))
  }

  @Test("a founder who answers every screen reaches the plan in at most 12 screens")
  func finish() {
    var m = AppModel.make()
    m.press(.enter)
    var screens = 0
    for _ in 0..<40 where m.route == .interview {
      screens += 1
      m.answerScreen()
    }
    #expect(m.route == .plan)
    #expect(screens <= 12, "\(screens) screens")
    #expect(m.screen.contains("Tidigaste öppningsdag"))
  }
}
