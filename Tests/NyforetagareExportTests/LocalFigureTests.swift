import Foundation
import NyforetagareEngine
import NyforetagareExport
import NyforetagareText
import TestSupport
import Testing

/// Founder-facing output: only this kommun's or national figures, no other kommun's name, texts
/// true to the answers, and only the data this plan needs.
@Suite("Local or labelled: figures, names, why-texts and data in the rendered plan")
struct LocalFigureTests {
  /// The founder-facing text of a plan without what may name another kommun: web addresses
  /// (sources) and the engine's own labelled examples ("exempel från Knivsta 2015").
  static func founderText(_ markdown: String) -> String {
    var text = markdown
    for pattern in [#"<https?://[^>]*>"#, #"\(https?://[^)]*\)"#, #"https?://\S+"#] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    // The engine's labelled examples: "exempel från Knivsta 2015", "example from Knivsta 2015".
    text = text.replacingOccurrences(
      of: #"(exempel från|example from) [^0-9():]+ [0-9]{4}"#, with: "exempel", options: .regularExpression)
    return text
  }

  /// The 290 kommuner in four parts, so the parts run side by side on one loaded landscape.
  static let parts = 0..<4

  @Test("a plan for each of the 290 kommuner names no other kommun in founder-facing text", arguments: parts)
  func noOtherKommunNamed(part: Int) throws {
    let landscape = Fixtures.landscape
    let finder = KommunNameFinder(landscape.kommuner)
    #expect(landscape.kommuner.count == 290)
    let mine = landscape.kommuner.enumerated().filter { $0.offset % Self.parts.count == part }.map(\.element)
    let english = Set(landscape.kommuner.enumerated().filter { $0.offset % 29 == 0 }.map(\.element.name))
    for language in [Language.sv, .en] {
      let renderer = MarkdownRenderer()
      for kommun in mine where language == .sv || english.contains(kommun.name) {
        // Few answers: every step that may apply is in the plan, marked "check".
        let plan = try Fixtures.plan("kommun: \"\(kommun.name)\"\nbusiness_type: restaurant\n")
        let text = Self.founderText(renderer.render(PlanView(plan, landscape: landscape, language: language)))
        let named = finder.names(in: text, except: kommun.name)
        #expect(named.isEmpty, "a \(kommun.name) plan (\(language)) names \(named)")
        for e in plan.entries {
          if let f = e.fee, f.scope == .kommun {
            #expect(f.kommun == kommun.name, "\(kommun.name): \(e.step.id) counts \(f.kommun ?? "?")'s fee")
          }
          if let h = e.handling, h.scope == .kommun {
            #expect(h.kommun == kommun.name, "\(kommun.name): \(e.step.id) is dated with \(h.kommun ?? "?")'s time")
          }
        }
      }
    }
  }

  @Test("catering kommuner the founder chose may be named")
  func chosenKommunerMayBeNamed() throws {
    let plan = try Fixtures.plan(
      "kommun: Malmö\nbusiness_type: catering\nalcohol: catering\ncatering_kommuner: [Lund]\n")
    let text = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    #expect(text.contains("Lund"))
  }

  @Test("Göteborg's plan says it has no bygglov fee and shows Knivsta's only as a labelled example")
  func goteborgMarkdown() throws {
    let plan = try Fixtures.plan("kommun: Göteborg\nbusiness_type: restaurant\npremises: change_of_use\n")
    let md = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    let line = try #require(md.split(separator: "\n").first { $0.hasPrefix("- [ ] **Bygglov** ") })
    #expect(line.contains("ingen uppgift för Göteborg (exempel från Knivsta 2015: 13 299 kr)"))
    #expect(md.contains("| Bygglov | Kommunens byggnadsnämnd (bygglov) |"))
    #expect(md.contains("10 veckor (lagens frist)"))
    #expect(!md.contains("Kända avgifter"))
    #expect(md.contains("Bekräftade avgifter"))
    #expect(!md.contains("domänanteckning"))
    #expect(!md.contains("odaterad –"))
  }

  @Test("JSON carries steps[].fee with scope, the split fees and known_total_sek = confirmed_sek")
  func jsonFees() throws {
    let plan = try Fixtures.plan(
      "kommun: Göteborg\nbusiness_type: restaurant\ncompany_form: aktiebolag\npremises: change_of_use\nalcohol: public\n"
    )
    let json = JSONRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let fees = try #require(object["fees"] as? [String: Any])
    #expect(fees["known_total_sek"] as? Int == fees["confirmed_sek"] as? Int)
    #expect(fees["estimated_sek"] is Int)
    #expect((fees["steps_without_figure"] as? Int ?? 0) > 0)
    let steps = try #require(object["steps"] as? [[String: Any]])
    let bygglov = try #require(steps.first { $0["id"] as? String == "bygglov" })
    #expect(bygglov["fee"] == nil, "no figure for Göteborg: steps[].fee is absent")
    #expect((bygglov["fee_example"] as? [String: Any])?["kommun"] as? String == "Knivsta")
    #expect(bygglov["handling_basis"] as? String == "statute")
    let licence = try #require(steps.first { $0["id"] as? String == "serveringstillstand" })
    let fee = try #require(licence["fee"] as? [String: Any])
    #expect(fee["scope"] as? String == "kommun")
    #expect(fee["kommun"] as? String == "Göteborg")
    #expect(fee["amount_sek"] as? Int == 10440)
    #expect(fee["year"] as? Int == 2026)
    #expect((fee["source"] as? String)?.hasPrefix("https://goteborg.se/") == true)
    let ab = try #require(steps.first { $0["id"] as? String == "bolagsregistrering_ab" })
    #expect((ab["fee"] as? [String: Any])?["scope"] as? String == "national")
  }

  @Test("a step that hangs on another step that only may apply names the open questions, never 'does not apply'")
  func whyThroughAStepThatMayApply() throws {
    let plan = try Fixtures.plan("kommun: Malmö\nbusiness_type: food_truck\n")
    for language in [Language.sv, .en] {
      let x = Explanation(landscape: Fixtures.landscape, answers: plan.answers, language: language)
      for e in plan.entries where e.status == .check {
        let why = x.why(e.step, status: e.status, reasons: e.reasons)
        #expect(!why.contains("gäller inte dig") && !why.contains("does not apply to you"), "\(e.step.id): \(why)")
      }
    }
    let e = try #require(plan.entry("ombyggnad"))
    #expect(e.status == .check)
    let why = Explanation(landscape: Fixtures.landscape, answers: plan.answers, language: .sv)
      .why(e.step, status: e.status, reasons: e.reasons)
    #expect(why.contains("Kan gälla dig – svara på: ") && why.contains("Lokal"), "\(why)")
  }

  @Test("why says 'Kan gälla dig – svara på' for an open question and never claims an answer")
  func whyTrueToAnswers() throws {
    let plan = try Fixtures.plan("kommun: Göteborg\nbusiness_type: restaurant\n")
    let x = Explanation(landscape: Fixtures.landscape, answers: plan.answers, language: .sv)
    let e = try #require(plan.entry("kassaregister"))
    #expect(e.status == .check)
    let why = x.why(e.step, status: e.status, reasons: e.reasons)
    #expect(why.contains("Kan gälla dig – svara på:"))
    for e in plan.entries {
      let text = x.why(e.step, status: e.status, reasons: e.reasons)
      #expect(!text.contains("Du har svarat"), "\(e.step.id): \(text)")
    }
    let en = Explanation(landscape: Fixtures.landscape, answers: plan.answers, language: .en)
    #expect(en.why(e.step, status: e.status, reasons: e.reasons).contains("May apply to you – answer:"))
  }

  @Test("a restaurant is not asked for a vehicle's registration, an enskild firma not for share capital")
  func dataConditions() throws {
    let restaurant = try Fixtures.plan(
      "kommun: Göteborg\nbusiness_type: restaurant\ncompany_form: enskild_firma\npremises: change_of_use\n")
    let items = Set(restaurant.dataUsage.map(\.item.id))
    #expect(!items.contains("fordon_regnr"))
    #expect(!items.contains("aktiekapital_bankintyg"))
    let md = MarkdownRenderer().render(PlanView(restaurant, landscape: Fixtures.landscape, language: .sv))
    #expect(!md.contains("Fordonets registreringsnummer"))
    let truck = try Fixtures.plan(
      "kommun: Göteborg\nbusiness_type: food_truck\ncompany_form: aktiebolag\npremises: vehicle\n")
    let truckItems = Set(truck.dataUsage.map(\.item.id))
    #expect(truckItems.contains("fordon_regnr"))
    #expect(truckItems.contains("aktiekapital_bankintyg"))
  }

  @Test("interview answers that are data fill the data sheet and the drafts")
  func answersAreData() throws {
    let plan = try Fixtures.plan(
      "kommun: Göteborg\nbusiness_type: restaurant\ncompany_form: aktiebolag\npremises: change_of_use\n"
        + "employees: 3\nopening_date: 2027-09-01\n")
    func value(_ id: String) -> String? { plan.dataUsage.first { $0.item.id == id }?.value }
    #expect(value("foretagsform") == "Aktiebolag")
    #expect(value("sate") == "Göteborg")
    #expect(value("startdatum") == "2027-09-01")
    #expect(value("antal_anstallda") == "3")
    let md = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    #expect(md.contains("| Antal anställda | 3 |"))
    #expect(!md.contains("| Antal anställda | **saknas** |"))
  }

  @Test("a data row or draft field that hangs on an unanswered question says so, in both languages")
  func pendingDataSaysSo() throws {
    let plan = try Fixtures.plan("kommun: Göteborg\nbusiness_type: cafe\n")
    let sv = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    #expect(
      sv.contains("| Aktiekapital, antal aktier och bankintyg _(kan behövas – svara på: Företagsform)_ | _saknas_ |"))
    #expect(!sv.contains("| Aktiekapital, antal aktier och bankintyg | _saknas_ |"))
    // The draft of a step marked check says so too, and its field names the open question.
    #expect(sv.contains("### Registrera aktiebolaget hos Bolagsverket _(kontrollera)_"))
    #expect(
      sv.contains("| Aktiekapital, antal aktier och bankintyg _(kan behövas – svara på: Företagsform)_ | **saknas** |"))
    let en = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .en))
    #expect(en.contains("_(may be needed – answer: Company form)_"))
    // Answered, the row applies and says nothing more.
    let ab = try Fixtures.plan("kommun: Göteborg\nbusiness_type: cafe\ncompany_form: aktiebolag\n")
    let md = MarkdownRenderer().render(PlanView(ab, landscape: Fixtures.landscape, language: .sv))
    #expect(md.contains("| Aktiekapital, antal aktier och bankintyg | _saknas_ |"))
  }

  @Test("a first action that only may apply is marked check")
  func firstActionsMarkCheck() throws {
    let plan = try Fixtures.plan("kommun: Malmö\nbusiness_type: food_truck\n")
    let checks = plan.firstActions.filter { plan.entry($0)?.status == .check }
    #expect(!checks.isEmpty, "the fixture's first actions include a step marked check")
    let view = PlanView(plan, landscape: Fixtures.landscape, language: .sv)
    let md = MarkdownRenderer().render(view)
    for v in view.firstActions {
      let marked = md.contains("**\(v.title)** _(kontrollera)_ — ")
      #expect(marked == (v.entry.status == .check), "\(v.title)")
    }
  }
}
