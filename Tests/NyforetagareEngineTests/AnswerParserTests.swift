import NyforetagareEngine
import TestSupport
import Testing

/// The error lines an answers text gives on the real content, or [] when it parses.
private func errors(_ yaml: String) -> [String] {
  do {
    _ = try Fixtures.answers(yaml)
    return []
  } catch let error as AnswerErrors {
    return error.diagnostics.sorted.map(\.description)
  } catch {
    return ["unexpected error: \(error)"]
  }
}

/// The line of a `FILE:LINE:COL: …` message.
func lineNumber(_ message: String) -> Int? {
  let parts = message.split(separator: ":")
  return parts.count > 2 ? Int(parts[1]) : nil
}

@Suite("Answers file: every problem names the id, the value and what is allowed")
struct AnswerParserTests {
  @Test("a full answers file parses into typed values")
  func valid() throws {
    let (answers, data) = try Fixtures.answers(
      """
      kommun: malmö
      business_type: restaurant
      company_registered: false
      employees: 6
      lpg_outdoor_litres: 40,5
      opening_date: 2027-03-01
      catering_kommuner: [Lund, Stockholm]
      already_done: [f_skatt_moms]
      alcohol: ~
      data:
        organisationsnummer: "5566778899"
        postnummer: "21120"
      """)
    #expect(answers["kommun"] == .kommun("Malmö"))
    #expect(answers["business_type"] == .choice("restaurant"))
    #expect(answers["company_registered"] == .bool(false))
    #expect(answers["employees"] == .integer(6))
    #expect(answers["lpg_outdoor_litres"] == .number(40.5))
    #expect(answers.openingDate?.iso == "2027-03-01")
    #expect(answers["catering_kommuner"] == .list(["Lund", "Stockholm"]))
    #expect(answers.alreadyDone == ["f_skatt_moms"])
    #expect(answers["alcohol"] == nil)
    #expect(data["organisationsnummer"] == "556677-8899")
    #expect(data["postnummer"] == "211 20")
  }

  @Test("an empty file is a valid, all-unknown answers file")
  func empty() throws {
    #expect(try Fixtures.answers("").0.values.isEmpty)
  }

  @Test("an unknown id is named with the known ids")
  func unknownID() throws {
    let all = errors("kommun: Malmö\nalkohol: public\n")
    #expect(all.count == 1)
    let line = try #require(all.first)
    #expect(line.hasPrefix("test.yaml:2:1: error: unknown question id 'alkohol' (known: kommun, business_type, "))
    #expect(line.contains("alcohol"))
  }

  @Test("a value of the wrong type names the id, the value and what is allowed")
  func wrongType() {
    #expect(errors("employees: many") == ["test.yaml:1:12: error: 'employees': 'many' is not a whole number"])
    #expect(
      errors("tobacco: maybe") == ["test.yaml:1:10: error: 'tobacco': 'maybe' is not allowed (allowed: true, false)"])
    #expect(
      errors("opening_date: next spring")
        == ["test.yaml:1:15: error: 'opening_date': 'next spring' is not a date in the form YYYY-MM-DD"])
    #expect(
      errors("alcohol: [public]") == ["test.yaml:1:10: error: 'alcohol' takes a single value, not a list or mapping"])
    #expect(errors("employees: -1") == ["test.yaml:1:12: error: 'employees': -1 is too small (at least 0)"])
  }

  @Test("a value outside the allowed set lists the allowed values")
  func outsideSet() {
    #expect(
      errors("alcohol: wine")
        == [
          "test.yaml:1:10: error: 'alcohol': 'wine' is not allowed (allowed: none, folkol, public, closed_parties, catering)"
        ])
  }

  @Test("a kommun that does not exist is named")
  func unknownKommun() {
    let all = errors("kommun: Gotham")
    #expect(all.count == 1)
    #expect(
      all.first?.hasPrefix("test.yaml:1:9: error: 'kommun': 'Gotham' is not one of Sweden's 290 kommuner") == true)
    #expect(
      errors("catering_kommuner: [Lund, Atlantis]")
        == [
          "test.yaml:1:20: error: 'catering_kommuner': 'Atlantis' is not one of Sweden's 290 kommuner (e.g. Malmö, Umeå; see `nyforetagare questions`)"
        ])
  }

  @Test("an unknown step in already_done is named")
  func unknownStep() {
    #expect(
      errors("already_done: [bygglv]")
        == ["test.yaml:1:15: error: 'already_done': 'bygglv' is not a known step id (see the plan's JSON for ids)"])
  }

  @Test("bad YAML gives line and column")
  func badYAML() throws {
    let all = errors("kommun: Malmö\nalcohol: [public\ntobacco: false\n")
    #expect(all.count == 1)
    let line = try #require(all.first)
    #expect(line.hasPrefix("test.yaml:"))
    #expect((2...4).contains(lineNumber(line) ?? 0))
    #expect(line.contains(": error: not valid YAML: "))
  }

  @Test("a file that is not a mapping is refused")
  func notMapping() {
    #expect(
      errors("- kommun\n- Malmö\n") == [
        "test.yaml:1:1: error: the answers file must be a mapping from question id to value"
      ])
  }

  @Test("bad data values name the item, the value and what is wrong")
  func badData() {
    #expect(
      errors("data:\n  organisationsnummer: 556677-8898\n")
        == [
          "test.yaml:2:24: error: data 'organisationsnummer': '556677-8898': The check digit does not match – check the number against the registration certificate."
        ])
    #expect(
      errors("data:\n  postnummer: \"0123\"\n")
        == ["test.yaml:2:15: error: data 'postnummer': '0123': A Swedish postcode has five digits, e.g. 211 20."])
    #expect(errors("data:\n  skostorlek: 42\n") == ["test.yaml:2:3: error: unknown data item 'skostorlek' in data"])
  }

  @Test("every problem in a file is reported, not just the first")
  func collectsAll() {
    #expect(errors("alcohol: wine\ntobacco: maybe\nfoo: 1\n").count == 3)
  }
}
