import NyforetagareEngine
import TerminalUI
import TestSupport

@testable import NyforetagareApp

extension AppModel {
  /// A model on the real content with the fixed test day.
  static func make(language: Language = .sv, width: Int = 80, height: Int = 24) -> AppModel {
    AppModel(landscape: Fixtures.landscape, today: Fixtures.today, language: language, width: width, height: height)
  }

  /// A model showing the plan for answers YAML.
  static func showingPlan(_ yaml: String, language: Language = .sv, width: Int = 80, height: Int = 24) throws
    -> AppModel
  {
    let (answers, data) = try Fixtures.answers(yaml)
    var m = AppModel(
      landscape: Fixtures.landscape, today: Fixtures.today, language: language, width: width, height: height,
      answers: answers, data: data)
    m.session.stack = [WelcomeScreen(), PlanScreen()]
    m.relayout()
    return m
  }

  /// Shows the interview at a question, with answers given so far.
  mutating func ask(_ id: String, answers: Answers) {
    session.founder.answers = answers
    replan()
    session.stack = [WelcomeScreen(), InterviewScreen.at(landscape.question(id), answers, env)]
    relayout()
  }

  /// Presses keys; returns the commands of the last.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Command] {
    var commands: [Command] = []
    for k in keys { commands = update(.key(k)) }
    return commands
  }

  /// Presses a key at a time (the kiosk's clock).
  mutating func press(_ key: Key, at now: Double) -> [Command] {
    update(.key(key), now: now)
  }

  /// Answers the screen shown the way a hurried founder does: Malmö for a kommun, 0 for a
  /// number, the first option where one must be chosen, nothing ticked on a checklist (said
  /// so when asked), no gasol. `now` is the kiosk's clock (nil: keys without a time).
  mutating func answerScreen(at now: inout Double) {
    func key(_ k: Key) {
      now += 1
      _ = update(.key(k), now: now)
    }
    if currentQuestion?.kind == .kommun { for ch in "Malmö" { key(.character(ch)) } }
    if fieldText?.isEmpty == true, currentQuestion?.kind == .integer { key(.character("0")) }
    key(.enter)
    if screen.contains("Välj ett svar med") || screen.contains("Choose an answer with") { key(.down); key(.enter) }
    if screen.contains("Kryssa i ett av alternativen") || screen.contains("Tick one of the options") {
      key(.character(" "))
      key(.enter)
    }
    if screen.contains("Inget är kryssat. Enter") || screen.contains("Nothing is ticked. Enter") { key(.enter) }
  }

  /// Answers a screen as ``answerScreen(at:)`` does, without a clock.
  mutating func answerScreen() {
    var now = 0.0
    answerScreen(at: &now)
  }

  /// Answers every screen left as a hurried founder does, until the plan shows; returns the
  /// clock after the last key.
  @discardableResult
  mutating func finishInterview(from start: Double = 0) -> Double {
    var now = start
    for _ in 0..<40 where route == .interview { answerScreen(at: &now) }
    return now
  }

  /// Types text character by character.
  mutating func type(_ text: String) {
    for ch in text { _ = update(.key(.character(ch))) }
  }

  /// The screen as text.
  var screen: String { render().text }

  /// Whether the line showing this text is drawn highlighted (the list's cursor).
  func isHighlighted(_ text: String) -> Bool {
    let buffer = render()
    guard let y = (0..<buffer.height).first(where: { buffer.line($0).contains(text) }) else { return false }
    return (0..<buffer.width).contains { buffer[$0, y].style == .selected }
  }
}

let restaurantAnswers = """
  kommun: Upplands Väsby
  business_type: restaurant
  company_form: aktiebolag
  company_registered: false
  takeover: none
  premises: change_of_use
  works_interior: true
  new_ventilation: true
  new_grease_trap: true
  facade_or_extension: false
  sign: large
  alcohol: public
  serving_after_01: false
  outdoor_seating: public_ground
  employees: 4
  payments: cash_card
  sales_below_4_pbb: false
  lpg_indoor_litres: 0
  lpg_outdoor_litres: 0
  music: background
  public_dancing: false
  tobacco: false
  nicotine_products: false
  e_cigarettes: false
  near_shore: false
  heat_pump: none
  refrigerant_over_14t: false
  unemployment_support: false
  opening_date: 2027-03-01
  data:
    foretagsnamn: 寿司バー Väsby AB
    telefon: 08-123 456 78
  """
