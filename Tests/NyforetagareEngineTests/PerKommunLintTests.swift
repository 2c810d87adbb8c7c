import NyforetagareEngine
import Testing

/// A small edition: a step made per kommun in the list answer `catering_kommuner`.
private func problems(perKommun: String) -> [String] {
  let files: [String: String] = [
    "meta.yaml": "version: \"t1\"\ndate: 2026-11-22\ndisclaimer: {sv: Kontrollera., en: Check.}\n",
    "actors/core.yaml": "actors:\n  - {id: kommun, level: kommun, name: {sv: Kommunen, en: The kommun}}\n",
    "questions/interview.yaml": """
    questions:
      - {id: catering_kommuner, type: kommun_list, label: {sv: Kommuner, en: Kommuner}, text: {sv: Var?, en: Where?}}
      - {id: employees, type: integer, label: {sv: Anställda, en: Employees}, text: {sv: Hur många?, en: How many?}}
    """,
    "data/core.yaml": "data_items:\n  - {id: namn, type: text, label: {sv: Namn, en: Name}}\n",
    "kommuner/kommuner.yaml": """
    lan:
      - {code: "03", name: Uppsala län}
    kommuner:
      - {code: "0330", name: Knivsta}
    """,
    "steps/s.yaml": """
    id: s
    title: {sv: Steg, en: Step}
    actor: kommun
    kind: permit
    why: {sv: Lagen kräver det., en: The law requires it.}
    \(perKommun)
    timing:
      handling_days: {scope: estimate, typical: 5, year: 2025, source: "https://example.se/a"}
    legal_basis:
      - {ref: "Lag (2000:1) 1 §"}
    data: [namn]
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
  let result = ContentLoader.load(
    files.map { ContentFile(displayPath: "Content/" + $0.key, relativePath: $0.key, text: $0.value) })
  return result.diagnostics.sorted.map(\.description)
}

@Suite("Lint: a step made per kommun names a list of kommuner")
struct PerKommunLintTests {
  @Test("per_kommun naming a kommun_list question is accepted")
  func accepted() {
    #expect(problems(perKommun: "per_kommun: catering_kommuner") == [])
  }

  @Test("per_kommun naming an unknown question is refused at the field")
  func unknownQuestion() {
    #expect(
      problems(perKommun: "per_kommun: serveringskommuner") == [
        "Content/steps/s.yaml:6:1: error: step 's': per_kommun names unknown question 'serveringskommuner'"
      ])
  }

  @Test("per_kommun naming a question that is not a list of kommuner is refused")
  func notAList() {
    #expect(
      problems(perKommun: "per_kommun: employees") == [
        "Content/steps/s.yaml:6:1: error: step 's': per_kommun needs a kommun_list question, "
          + "'employees' is integer"
      ])
  }
}
