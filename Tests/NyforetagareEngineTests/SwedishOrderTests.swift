import NyforetagareEngine
import TestSupport
import Testing

@Suite("Swedish order and search")
struct SwedishOrderTests {
  @Test("Å, Ä, Ö come after Z, in that order; é sorts as e and ü as y")
  func collation() {
    let names = [
      "Örebro", "Åre", "Älmhult", "Zinkgruvan", "Avesta", "Båstad", "Öckerö", "Pajala", "Ängelholm", "Åtvidaberg",
    ]
    let sorted = SwedishCollation.sorted(names) { $0 }
    #expect(
      sorted == [
        "Avesta", "Båstad", "Pajala", "Zinkgruvan", "Åre", "Åtvidaberg", "Älmhult", "Ängelholm", "Öckerö", "Örebro",
      ])
    #expect(SwedishCollation.areInIncreasingOrder("Café", "Cafk"))
    #expect(SwedishCollation.areInIncreasingOrder("Müller", "Mz"))
    #expect(!SwedishCollation.areInIncreasingOrder("Müller", "Mx"))
  }

  @Test("all 290 kommuner in Swedish order: Älmhult after Åtvidaberg, Öckerö after Pajala")
  func kommunList() throws {
    let names = Fixtures.landscape.kommunerInSwedishOrder.map(\.name)
    #expect(names.count == 290)
    let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    let avesta = try #require(index["Avesta"])
    let bastad = try #require(index["Båstad"])
    let alm = try #require(index["Älmhult"])
    let atvid = try #require(index["Åtvidaberg"])
    #expect(avesta < bastad)
    #expect(atvid < alm, "Å before Ä")
    #expect(try #require(index["Pajala"]) < (try #require(index["Öckerö"])))
    #expect(try #require(index["Överkalix"]) > (try #require(index["Ängelholm"])))
    #expect(names.last?.hasPrefix("Ö") == true)
  }

  @Test("\"Göt\" and \"got\" both find Göteborg before Gotland")
  func gotFindsGoteborg() {
    let kommuner = Fixtures.landscape
    for query in ["Göt", "göt", "got", "GOT"] {
      let found = kommuner.kommunSuggestions(query, limit: 5).map(\.name)
      #expect(found.first == "Göteborg", "\(query): \(found)")
      let g = found.firstIndex(of: "Göteborg") ?? 99
      let l = found.firstIndex(of: "Gotland") ?? 99
      #expect(g < l, "\(query): \(found)")
    }
  }

  @Test("exact letters first, then letters without diacritics; a whole name before a prefix")
  func tiers() {
    let m = NameMatcher(["Ale", "Alingsås", "Åre", "Arboga", "Upplands Väsby", "Malmö", "Malå"])
    #expect(m.matches("Ale").first.map { m.names[$0] } == "Ale")
    #expect(m.matches("Å").map { m.names[$0] }.first == "Åre", "exact å before a")
    #expect(m.matches("ar").map { m.names[$0] } == ["Arboga", "Åre"])
    #expect(m.matches("väsby").map { m.names[$0] } == ["Upplands Väsby"], "the start of a word")
    #expect(m.matches("vasby").map { m.names[$0] } == ["Upplands Väsby"])
    #expect(m.matches("malmo").map { m.names[$0] }.first == "Malmö")
    #expect(m.matches("xyz").isEmpty)
    #expect(
      m.matches("").map { m.names[$0] } == ["Ale", "Alingsås", "Arboga", "Malmö", "Malå", "Upplands Väsby", "Åre"])
  }

  @Test("answers files accept exact names in any case, and names without diacritics when they name one kommun")
  func answersFiles() throws {
    #expect(try Fixtures.answers("kommun: Göteborg\n").0.kommun == "Göteborg")
    #expect(try Fixtures.answers("kommun: GÖTEBORG\n").0.kommun == "Göteborg")
    #expect(try Fixtures.answers("kommun: goteborg\n").0.kommun == "Göteborg")
    #expect(try Fixtures.answers("kommun: Malmo\n").0.kommun == "Malmö")
    #expect(
      try Fixtures.answers("catering_kommuner: [Solna, nacka, Taby]\nalcohol: catering\n").0["catering_kommuner"]
        == .list(["Solna", "Nacka", "Täby"]))
    do {
      _ = try Fixtures.answers("kommun: Göt\n")
      Issue.record("'Göt' is not a whole kommun name and must be refused")
    } catch let error as AnswerErrors {
      let message = error.diagnostics.all.map(\.description).joined()
      #expect(message.contains("did you mean Göteborg, Götene, Gotland?"), "\(message)")
    }
  }
}
