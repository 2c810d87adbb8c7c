import NyforetagareEngine
import Testing

/// A small edition with two questions and data items that use `applies_when` and `from_answer`.
private func edition(dataItems: String) -> [String: String] {
  [
    "meta.yaml": "version: \"t1\"\ndate: 2026-11-22\ndisclaimer: {sv: Kontrollera., en: Check.}\n",
    "actors/core.yaml": "actors:\n  - {id: kommun, level: kommun, name: {sv: Kommunen, en: The kommun}}\n",
    "questions/interview.yaml": """
    questions:
      - id: company_form
        type: choice
        label: {sv: Företagsform, en: Company form}
        text: {sv: Företagsform?, en: Company form?}
        values:
          - {id: aktiebolag, label: {sv: Aktiebolag, en: Limited company}}
          - {id: enskild_firma, label: {sv: Enskild firma, en: Sole trader}}
      - {id: employees, type: integer, label: {sv: Anställda, en: Employees}, text: {sv: Hur många?, en: How many?}}
    """,
    "data/core.yaml": dataItems,
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
    timing:
      handling_days: {scope: estimate, typical: 5, year: 2025, source: "https://example.se/a"}
    legal_basis:
      - {ref: "Lag (2000:1) 1 §"}
    data: [kapital, anstallda]
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
}

private let goodItems = """
  data_items:
    - id: kapital
      type: text
      label: {sv: Aktiekapital, en: Share capital}
      applies_when: {question: company_form, is: aktiebolag}
    - id: anstallda
      type: integer
      label: {sv: Antal anställda, en: Employees}
      from_answer: employees

  """

private func load(_ dataItems: String) -> (landscape: Landscape?, problems: [String]) {
  let result = ContentLoader.load(
    edition(dataItems: dataItems).map {
      ContentFile(displayPath: "Content/" + $0.key, relativePath: $0.key, text: $0.value)
    })
  return (result.landscape, result.diagnostics.sorted.map(\.description))
}

@Suite("Lint: data items' applies_when and from_answer")
struct DataItemLintTests {
  @Test("a condition on the question and an answer that fills the item are accepted")
  func accepted() {
    #expect(load(goodItems).problems == [])
  }

  @Test("applies_when naming an unknown question is refused at the condition")
  func unknownQuestion() {
    let items = goodItems.replacingOccurrences(of: "{question: company_form,", with: "{question: bolagsform,")
    #expect(load(items).problems == ["Content/data/core.yaml:5:19: error: unknown question 'bolagsform' in condition"])
  }

  @Test("applies_when with a value the question does not have is refused")
  func unknownValue() {
    let items = goodItems.replacingOccurrences(of: "is: aktiebolag}", with: "is: handelsbolag}")
    #expect(
      load(items).problems == [
        "Content/data/core.yaml:5:19: error: 'handelsbolag' is not a value of question 'company_form' "
          + "(allowed: aktiebolag, enskild_firma)"
      ])
  }

  @Test("applies_when may not hang on a step: a form asks by the founder's answers")
  func noStepConditions() {
    let items = goodItems.replacingOccurrences(
      of: "{question: company_form, is: aktiebolag}", with: "{step: oppning}")
    #expect(
      load(items).problems == [
        "Content/data/core.yaml:5:19: error: a question's asked_when or a data item's applies_when "
          + "cannot refer to a step"
      ])
  }

  @Test("from_answer naming an unknown question is refused at the item")
  func unknownAnswer() {
    let items = goodItems.replacingOccurrences(of: "from_answer: employees", with: "from_answer: staff")
    #expect(
      load(items).problems == [
        "Content/data/core.yaml:6:5: error: data item 'anstallda': from_answer names unknown question 'staff'"
      ])
  }

  @Test("the snapshot keeps both fields")
  func snapshotRoundTrip() throws {
    let landscape = try #require(load(goodItems).landscape)
    let copy = try #require(LandscapeSnapshot.decode(LandscapeSnapshot.encode(landscape)))
    #expect(copy.dataItem("kapital")?.appliesWhen == landscape.dataItem("kapital")?.appliesWhen)
    #expect(copy.dataItem("kapital")?.appliesWhen != nil)
    #expect(copy.dataItem("anstallda")?.fromAnswer == "employees")
  }
}
