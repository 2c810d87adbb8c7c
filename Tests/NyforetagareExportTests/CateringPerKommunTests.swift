import Foundation
import NyforetagareEngine
import NyforetagareExport
import TestSupport
import Testing

/// A catering licence is valid only in the kommun that granted it: one kitchen may serve several
/// kommuner, but each kommun where alcohol is served at catering grants its own licence, and
/// each venue is then notified to that kommun before every occasion.
///
/// Sources: Tillväxtverket, verksamt.se "Catering" (updated 2023-03-03): "Om du vill bedriva
/// catering i flera kommuner räcker det med ett tillredningskök i en kommun, men det krävs
/// tillstånd för catering i de kommuner där catering är tänkt att ske … Ska verksamheten
/// bedrivas i flera kommuner måste tillstånd sökas i varje kommun."; Alkohollagen (2010:1622)
/// 8 kap. 4 § (the venue notified to the kommun); Älmhult's e-service for catering venues
/// ("Cateringtillståndet gäller i den kommun som lämnat tillståndet").
@Suite("Catering: one licence per kommun served, each with that kommun's figures")
struct CateringPerKommunTests {
  static let answers = """
    kommun: Stockholm
    business_type: catering
    company_form: aktiebolag
    alcohol: catering
    catering_kommuner: [Solna, Nacka, Stockholm, Solna]
    opening_date: 2027-03-01

    """

  @Test("the founder's kommun keeps the step; Solna and Nacka get one each, once, in the answer's order")
  func oneLicencePerKommun() throws {
    let plan = try Fixtures.plan(Self.answers)
    let licences = plan.entries.filter { $0.step.id.hasPrefix("serveringstillstand_catering") }
    #expect(
      Set(licences.map(\.step.id)) == [
        "serveringstillstand_catering", "serveringstillstand_catering.0184", "serveringstillstand_catering.0182",
      ])
    #expect(plan.entry("serveringstillstand_catering")?.forKommun == nil)
    #expect(plan.entry("serveringstillstand_catering.0184")?.forKommun == "Solna")
    #expect(plan.entry("serveringstillstand_catering.0182")?.forKommun == "Nacka")
    let nacka = try #require(plan.entry("serveringstillstand_catering.0182"))
    #expect(nacka.step.title.sv == "Serveringstillstånd för catering till slutna sällskap – Nacka")
    #expect(nacka.step.title.en == "Alcohol licence for catering to closed parties – Nacka")
    // Each waits for what the licence needs, like the founder's own.
    #expect(Set(nacka.requires) == Set(try #require(plan.entry("serveringstillstand_catering")).requires))
  }

  @Test("each licence carries its own kommun's fee, or says that kommun has none")
  func eachKommunsFigures() throws {
    let plan = try Fixtures.plan(Self.answers)
    let nacka = try #require(plan.entry("serveringstillstand_catering.0182"))
    #expect(nacka.fee?.scope == .kommun)
    #expect(nacka.fee?.kommun == "Nacka")
    #expect(nacka.fee?.amount == 13073)
    #expect(nacka.fee?.year == 2026)
    let solna = try #require(plan.entry("serveringstillstand_catering.0184"))
    #expect(solna.fee == nil, "Solna publishes no catering fee in its profile")
    let own = try #require(plan.entry("serveringstillstand_catering"))
    #expect(own.fee?.kommun != "Nacka")
    // Nacka's fee counts for Nacka's licence only.
    let nackaFees = plan.entries.filter { $0.fee?.kommun == "Nacka" }.map(\.step.id)
    #expect(nackaFees == ["serveringstillstand_catering.0182"])
    let md = MarkdownRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    let line = try #require(
      md.split(separator: "\n").first {
        $0.contains("**Serveringstillstånd för catering till slutna sällskap – Nacka**")
      })
    #expect(line.contains("13 073 kr (Nacka 2026"))
    let solnaLine = try #require(
      md.split(separator: "\n").first {
        $0.contains("**Serveringstillstånd för catering till slutna sällskap – Solna**")
      })
    #expect(solnaLine.contains("ingen uppgift för Solna"))
  }

  @Test("JSON names the kommun of each licence; the landscape finds an instance by its id")
  func jsonAndLookup() throws {
    let plan = try Fixtures.plan(Self.answers)
    let json = JSONRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let steps = try #require(object["steps"] as? [[String: Any]])
    let nacka = try #require(steps.first { $0["id"] as? String == "serveringstillstand_catering.0182" })
    #expect(nacka["kommun"] as? String == "Nacka")
    #expect((nacka["fee"] as? [String: Any])?["kommun"] as? String == "Nacka")
    #expect(steps.first { $0["id"] as? String == "serveringstillstand_catering" }?["kommun"] == nil)
    #expect(Fixtures.landscape.step("serveringstillstand_catering.0182")?.title.sv.hasSuffix("– Nacka") == true)
    #expect(Fixtures.landscape.step("serveringstillstand_catering.9999") == nil)
    #expect(Fixtures.landscape.step("bygglov.0182") == nil, "only a step made per kommun has instances")
  }

  @Test("without catering kommuner, only the founder's own licence")
  func noList() throws {
    let plan = try Fixtures.plan(
      Self.answers.replacingOccurrences(of: "catering_kommuner: [Solna, Nacka, Stockholm, Solna]\n", with: ""))
    #expect(plan.entries.filter { $0.step.id.hasPrefix("serveringstillstand_catering") }.count == 1)
  }
}
