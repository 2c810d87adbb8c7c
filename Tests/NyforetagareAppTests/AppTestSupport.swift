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

  /// Types text character by character.
  mutating func type(_ text: String) {
    for ch in text { _ = update(.key(.character(ch))) }
  }

  /// The screen as text.
  var screen: String { render().text }
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
