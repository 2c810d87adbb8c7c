import NyforetagareEngine
import TestSupport
import Testing

/// A small edition: one step whose only handling time is kommun A's, and profiles for B and C.
private func rangeEdition(profiles: [String: Int]) -> Landscape? {
  var files: [String: String] = [
    "meta.yaml": "version: \"t1\"\ndate: 2026-11-22\ndisclaimer: {sv: Kontrollera., en: Check.}\n",
    "actors/core.yaml": "actors:\n  - {id: kommun, level: kommun, name: {sv: Kommunen, en: The kommun}}\n",
    "questions/interview.yaml": """
    questions:
      - {id: kommun, type: kommun, plan_input: true, label: {sv: Kommun, en: Kommun}, text: {sv: Kommun?, en: Kommun?}}
    """,
    "data/core.yaml": "data_items:\n  - {id: namn, type: text, label: {sv: Namn, en: Name}}\n",
    "kommuner/kommuner.yaml": """
    lan:
      - {code: "01", name: Stockholms län}
    kommuner:
      - {code: "0114", name: Upplands Väsby}
      - {code: "0115", name: Vallentuna}
      - {code: "0117", name: Österåker}
      - {code: "0120", name: Värmdö}
    """,
    "steps/t.yaml": """
    id: t
    title: {sv: Steg, en: Step}
    actor: kommun
    kind: permit
    why: {sv: Lagen kräver det., en: The law requires it.}
    timing:
      handling_days: {scope: example, kommun: Upplands Väsby, typical: 10, year: 2025, source: "https://example.se/a"}
    fee: {scope: example, kommun: Upplands Väsby, amount_sek: 900, year: 2025, source: "https://example.se/a"}
    legal_basis:
      - {ref: "Lag (2000:1) 1 §"}
    sources: ["https://example.se/a"]
    """,
    "steps/oppning.yaml": """
    id: oppning
    title: {sv: Öppning, en: Opening}
    actor: kommun
    kind: milestone
    why: {sv: Målet., en: The goal.}
    legal_basis_none: {sv: Ingen., en: None.}
    sources: ["https://example.se/a"]
    """,
  ]
  for (name, days) in profiles {
    files["kommuner/profiles/\(name).yaml"] = """
      kommun: \(name)
      sources: ["https://example.se/\(days)"]
      steps:
        t:
          handling_days: {typical: \(days), year: 2026, source: "https://example.se/\(days)"}
      """
  }
  let result = ContentLoader.load(
    files.map { ContentFile(displayPath: "Content/" + $0.key, relativePath: $0.key, text: $0.value) })
  return result.landscape
}

@Suite("Figures: this kommun's, a national rule, or none")
struct FigureResolutionTests {
  @Test("Göteborg's bygglov: no Göteborg fee, Knivsta's only as a labelled example, dated with PBL's 10 weeks")
  func goteborgBygglov() throws {
    let plan = try Fixtures.plan("kommun: Göteborg\nbusiness_type: restaurant\npremises: change_of_use\n")
    let e = try #require(plan.entry("bygglov"))
    #expect(e.fee == nil)
    #expect(e.figures?.feeExample?.kommun == "Knivsta")
    #expect(e.figures?.feeExample?.year == 2015)
    #expect(e.figures?.handlingBasis == .statute)
    #expect(e.handling?.typicalDays == 70)
    #expect(e.start.days(until: e.done) == 70, "bygglov is dated with 10 weeks, not Knivsta's 5")
    #expect(e.figures?.handlingExample?.kommun == "Knivsta")
  }

  @Test("Knivsta's own founder gets Knivsta's figure as the kommun's own")
  func knivstaOwnFigure() throws {
    let plan = try Fixtures.plan("kommun: Knivsta\nbusiness_type: restaurant\npremises: change_of_use\n")
    let e = try #require(plan.entry("bygglov"))
    #expect(e.fee?.scope == .kommun)
    #expect(e.fee?.amount == 13299)
    #expect(e.figures?.handlingBasis == .kommun)
    #expect(e.handling?.typicalDays == 35)
  }

  @Test("a kommun's profile fee wins and is labelled with that kommun")
  func profileFee() throws {
    let plan = try Fixtures.plan("kommun: Göteborg\nbusiness_type: restaurant\nalcohol: public\n")
    let e = try #require(plan.entry("serveringstillstand"))
    #expect(e.fee?.scope == .kommun)
    #expect(e.fee?.kommun == "Göteborg")
    #expect(e.fee?.amount == 10440)
  }

  @Test("a national authority's fee stays national in every kommun")
  func nationalFee() throws {
    let plan = try Fixtures.plan("kommun: Kiruna\nbusiness_type: cafe\ncompany_form: aktiebolag\n")
    let e = try #require(plan.entry("bolagsregistrering_ab"))
    #expect(e.fee?.scope == .national)
    #expect(e.fee?.kommun == nil)
  }

  @Test("a private party's or a kommun office's time is our estimate, never a national figure or a latest day")
  func privateAndLocalTimesAreEstimates() throws {
    let plan = try Fixtures.plan(
      "kommun: Kiruna\nbusiness_type: restaurant\ncompany_form: aktiebolag\npremises: change_of_use\n"
        + "outdoor_seating: public_ground\nemployees: 2\n")
    for id in [
      "forsakring", "hyresavtal_lokal", "bredband", "ombyggnad", "foretagslots", "f_skatt_moms",
      "polistillstand_offentlig_plats", "verklig_huvudman", "detaljplan_planbesked",
    ] {
      let e = try #require(plan.entry(id), "\(id)")
      #expect(e.figures?.handlingBasis == .estimate, "\(id)")
      #expect(e.figures?.isAuthoritys == false, "\(id): no latest decision day from an estimate")
    }
    // A national authority's own published figure stays national.
    #expect(plan.entry("bolagsregistrering_ab")?.figures?.handlingBasis == .national)
  }

  @Test(
    "the gasol permit: Räddningstjänsten Syd's time is Malmö's own; elsewhere an estimate, and the fee one kommun's example"
  )
  func gasolPermitIsLocal() throws {
    let answers = "business_type: restaurant\nlpg_indoor_litres: 20\n"
    let malmo = try #require(try Fixtures.plan("kommun: Malmö\n" + answers).entry("brandfarlig_vara"))
    #expect(malmo.figures?.handlingBasis == .kommun)
    #expect(malmo.handling?.kommun == "Malmö")
    #expect(malmo.fee == nil)
    #expect(malmo.figures?.feeExample?.kommun == "Sundsvall")
    let kiruna = try #require(try Fixtures.plan("kommun: Kiruna\n" + answers).entry("brandfarlig_vara"))
    #expect(kiruna.figures?.handlingBasis == .estimate)
    #expect(kiruna.fee == nil)
    let sundsvall = try #require(try Fixtures.plan("kommun: Sundsvall\n" + answers).entry("brandfarlig_vara"))
    #expect(sundsvall.fee?.scope == .kommun)
    #expect(sundsvall.fee?.amount == 5255)
  }

  @Test("a figure marked national on a private party's step is shown and counted as an estimate")
  func privateNationalBecomesEstimate() throws {
    var landscape = Fixtures.landscape
    var step = try #require(landscape.step("forsakring"))
    step.timing.handling?.scope = .national
    step.fee = try #require(landscape.step("bolagsregistrering_ab")?.fee)
    #expect(step.fee?.scope == .national)
    landscape.actors[step.actor]?.level = .private
    let r = FigureResolver.resolve(step, kommun: "Kiruna", in: landscape)
    #expect(r.handlingBasis == .estimate)
    #expect(r.handling?.scope == .estimate)
    #expect(r.fee?.scope == .estimate)
  }

  @Test("without the kommun's figure or a statute, dates use the middle of several kommuners' figures")
  func rangeFromSeveralKommuner() throws {
    let landscape = try #require(rangeEdition(profiles: ["Vallentuna": 20, "Österåker": 30]))
    let step = try #require(landscape.step("t"))
    let other = FigureResolver.resolve(step, kommun: "Värmdö", in: landscape)
    #expect(other.handlingBasis == .range(kommuner: 3, minDays: 10, maxDays: 30))
    #expect(other.handling?.typicalDays == 20)
    #expect(other.handling?.scope == .estimate)
    #expect(other.fee == nil)
    #expect(other.feeExample?.kommun == "Upplands Väsby")
    let own = FigureResolver.resolve(step, kommun: "Österåker", in: landscape)
    #expect(own.handlingBasis == .kommun)
    #expect(own.handling?.typicalDays == 30)
  }

  @Test("one other kommun's figure alone never dates the plan")
  func oneKommunIsNoRule() throws {
    let landscape = try #require(rangeEdition(profiles: [:]))
    let step = try #require(landscape.step("t"))
    let r = FigureResolver.resolve(step, kommun: "Värmdö", in: landscape)
    #expect(r.handlingBasis == .none)
    #expect(r.handling == nil)
    #expect(r.handlingExample?.kommun == "Upplands Väsby")
    let plan = try Planner.plan(
      landscape, answers: try AnswerParser.parse("kommun: Värmdö\n", file: "a.yaml", landscape: landscape).0,
      today: Fixtures.today)
    let e = try #require(plan.entry("t"))
    // No days counted for handling: decided the (working) day it is sent in, no latest day.
    #expect(e.submit != nil)
    #expect(e.done == e.submit)
    #expect(e.latest == nil)
    #expect(plan.fees.confirmedSEK == 0)
    #expect(plan.fees.stepsWithoutFigureIDs == ["t"])
  }

  @Test("totals are split: confirmed, estimated, steps without a figure; known_total stays confirmed")
  func totalsSplit() throws {
    let plan = try Fixtures.plan(
      "kommun: Göteborg\nbusiness_type: restaurant\ncompany_form: aktiebolag\npremises: change_of_use\n"
        + "alcohol: public\nmusic: background\nexternal_financing: true\n")
    let fees = plan.fees
    var confirmed = 0
    for e in plan.entries where e.status == .applies && e.step.kind != .support {
      guard let f = e.fee, let amount = f.amount else { continue }
      if f.scope == .kommun || f.scope == .national { confirmed += amount }
    }
    #expect(fees.confirmedSEK == confirmed)
    #expect(plan.feeTotal.known == fees.confirmedSEK)
    #expect(fees.stepsWithoutFigureIDs.contains("bygglov"))
    // The music licence is STIM's estimate, the Almi loan fee optional support: not confirmed.
    #expect(fees.estimatedSEK >= 3829)
    #expect(plan.entry("musiklicens")?.fee?.scope == .estimate)
  }
}
