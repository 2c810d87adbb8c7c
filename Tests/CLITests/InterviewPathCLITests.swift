import Foundation
import TestSupport
import Testing

@Suite("CLI: questions --answers", .serialized)
struct InterviewPathCLITests {
  static func screens(_ file: String, _ extra: [String] = []) throws -> [[String: Any]] {
    let run = try CLI.run(["questions", "--answers", file, "--format", "json"] + extra)
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    return try #require(object["screens"] as? [[String: Any]])
  }

  @Test("prints the screens in order, each with its title and the ids it sets; the food truck needs 10")
  func foodTruck() throws {
    let screens = try Self.screens("Examples/foodtruck-goteborg.yaml")
    #expect(screens.count == 10)
    let ids = screens.map { ($0["ids"] as? [String]) ?? [] }
    #expect(ids.first == ["kommun"])
    #expect(ids.last == ["opening_date"])
    #expect(ids.contains { $0.contains("lpg_outdoor_litres") })
    #expect(!ids.joined().contains("sign"), "a food truck is not asked about a sign")
    #expect(screens.allSatisfy { ($0["title"] as? String)?.isEmpty == false })
    let titles = screens.compactMap { $0["title"] as? String }
    #expect(titles.contains("Vad ska du sälja eller servera?"))
    let english = try Self.screens("Examples/foodtruck-goteborg.yaml", ["--lang", "en"])
    #expect(english.compactMap { $0["title"] as? String }.contains("What will you sell or serve?"))
  }

  @Test("every example needs at most 12 screens; a gasol user gets the detail right after the box")
  func examples() throws {
    for name in ["bar-overtagande", "catering-stockholm", "foodtruck-goteborg", "kafe-umea", "restaurang-malmo"] {
      let screens = try Self.screens("Examples/\(name).yaml")
      #expect(screens.count <= 12, "\(name): \(screens.count)")
    }
    let malmo = try Self.screens("Examples/restaurang-malmo.yaml")
    let detail = try #require(malmo.firstIndex { $0["kind"] as? String == "detail" })
    #expect(malmo[detail]["ids"] as? [String] == ["lpg_indoor_litres", "lpg_outdoor_litres"])
    #expect(malmo[detail - 1]["kind"] as? String == "checklist")
  }

  @Test("a bad answers file is refused with file, line and the bad value")
  func badAnswers() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try CLI.answersFile("kommun: Göt\n", in: dir)
    let run = try CLI.run(["questions", "--answers", file, "--format", "json"])
    #expect(run.status != 0)
    #expect(
      run.stderrLines == [
        "\(file):1:9: fel: 'kommun': 'Göt' är inte en av Sveriges 290 kommuner (menade du Göteborg, Götene, Gotland?)"
      ])
    let english = try CLI.run(["questions", "--answers", file, "--format", "json", "--lang", "en"])
    #expect(english.status == run.status)
    #expect(
      english.stderrLines == [
        "\(file):1:9: error: 'kommun': 'Göt' is not one of Sweden's 290 kommuner (did you mean Göteborg, Götene, Gotland?)"
      ])
  }
}
