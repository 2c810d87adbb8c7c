import Foundation
import NyforetagareEngine
import TestSupport
import Testing

/// The real Content/ folder, read from disk as `nyforetagare lint --content Content` does.
@Suite("Content lint")
struct ContentLintTests {
  static func loadFromDisk() throws -> ContentLoader.Result {
    let folder = Fixtures.packageRoot.appendingPathComponent("Content").path
    return ContentLoader.load(try ContentLoader.files(inDirectory: folder, displayPrefix: "Content"))
  }

  /// The step ids scripts rely on (shared/contract.md, "Step ids").
  static let contractSteps = [
    "bolagsregistrering_ab", "bolagsregistrering_hb", "handelsregistrering_ef", "f_skatt_moms",
    "arbetsgivarregistrering", "kassaregister", "personalliggare", "livsmedelsregistrering",
    "livsmedel_upphorande", "bygglov", "skyltlov", "bygganmalan", "kontrollansvarig_tekniskt_samrad",
    "startbesked", "slutbesked", "ovk", "brandskydd_sba", "brandfarlig_vara",
    "polistillstand_offentlig_plats", "dans_anmalan", "kunskapsprov", "serveringstillstand",
    "serveringstillstand_catering", "serveringslokal_anmalan", "serveringsansvariga",
    "agarforandring_anmalan", "restaurangrapport", "folkol_anmalan", "tobakstillstand",
    "nikotin_anmalan", "e_cigarett_anmalan", "musiklicens", "strandskyddsdispens",
    "varmepump_anmalan", "kylaggregat_underrattelse", "fettavskiljare", "nyttoparkering",
    "starta_eget_bidrag", "oppning",
  ]

  /// The question ids scripts rely on (shared/contract.md, "Answers file").
  static let contractQuestions = [
    "kommun", "business_type", "company_form", "company_registered", "takeover", "premises",
    "works_interior", "new_ventilation", "new_grease_trap", "facade_or_extension", "sign", "alcohol",
    "serving_after_01", "outdoor_seating", "employees", "payments", "sales_below_4_pbb",
    "lpg_indoor_litres", "lpg_outdoor_litres", "music", "public_dancing", "tobacco",
    "nicotine_products", "e_cigarettes", "near_shore", "heat_pump", "refrigerant_over_14t",
    "catering_kommuner", "unemployment_support", "opening_date", "already_done",
  ]

  @Test("Content/ on disk loads with no errors and no warnings")
  func cleanLint() throws {
    let result = try Self.loadFromDisk()
    let problems = result.diagnostics.all.map(\.description).joined(separator: "\n")
    #expect(result.diagnostics.errors.isEmpty, "lint errors:\n\(problems)")
    #expect(result.diagnostics.warnings.isEmpty, "lint warnings:\n\(problems)")
    #expect(result.landscape != nil)
  }

  @Test("every contract step id exists")
  func contractStepsExist() throws {
    let landscape = try #require(try Self.loadFromDisk().landscape)
    for id in Self.contractSteps {
      #expect(landscape.step(id) != nil, "contract step '\(id)' is missing from Content/")
    }
  }

  @Test("every contract question id exists")
  func contractQuestionsExist() throws {
    let landscape = try #require(try Self.loadFromDisk().landscape)
    for id in Self.contractQuestions {
      #expect(landscape.question(id) != nil, "contract question '\(id)' is missing from Content/")
    }
  }

  @Test("all 290 kommuner are known and resolve by name, also in an answers file")
  func allKommunerResolve() throws {
    let landscape = try #require(try Self.loadFromDisk().landscape)
    #expect(landscape.kommuner.count == 290, "\(landscape.kommuner.count) kommuner, expected 290")
    #expect(Set(landscape.kommuner.map(\.code)).count == landscape.kommuner.count, "duplicate kommun codes")
    for k in landscape.kommuner {
      #expect(landscape.kommun(named: k.name)?.code == k.code, "kommun '\(k.name)' does not resolve")
      #expect(!k.lan.isEmpty, "kommun '\(k.name)' has no län")
      do {
        _ = try Fixtures.answers("kommun: \"\(k.name)\"\n")
      } catch {
        Issue.record("an answers file with kommun '\(k.name)' is rejected: \(error)")
      }
    }
  }

  @Test("every question is reachable: its asked_when refers only to earlier questions")
  func questionsReachable() throws {
    let landscape = try #require(try Self.loadFromDisk().landscape)
    var earlier: Set<String> = []
    for question in landscape.questions {
      if let condition = question.askedWhen {
        for ref in Self.questionRefs(condition) {
          #expect(
            earlier.contains(ref),
            "question '\(question.id)' is asked when '\(ref)' is answered, but '\(ref)' is not asked before it")
        }
        #expect(
          !Self.refersToStep(condition), "question '\(question.id)': asked_when must not refer to a step")
      }
      earlier.insert(question.id)
    }
  }

  static func questionRefs(_ c: Condition) -> [String] {
    switch c {
    case .always, .step: return []
    case .all(let parts), .any(let parts): return parts.flatMap(questionRefs)
    case .not(let inner): return questionRefs(inner)
    case .question(let test): return [test.question]
    }
  }

  static func refersToStep(_ c: Condition) -> Bool {
    switch c {
    case .always, .question: return false
    case .step: return true
    case .all(let parts), .any(let parts): return parts.contains(where: refersToStep)
    case .not(let inner): return refersToStep(inner)
    }
  }
}
