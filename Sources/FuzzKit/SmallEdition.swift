/// A small, clean content edition (one of each kind of file), quick to load, for most of the
/// content inputs; the real content is used for a few.
enum SmallEdition {
  static func step(_ id: String, kind: String = "registration", extra: String = "") -> String {
    """
    id: \(id)
    title: {sv: Steg \(id), en: Step \(id)}
    actor: kommun
    kind: \(kind)
    why: {sv: För att., en: Because.}
    \(extra)timing:
      handling_days: {scope: estimate, min: 2, typical: 5, max: 10, year: 2025, source: "https://example.se/a"}
    fee:
      scope: estimate
      amount_sek: 1200
      year: 2026
      source: "https://example.se/fee"
    legal_basis:
      - {ref: "Lag (2000:1) 1 §"}
    data: [namn]
    sources: ["https://example.se/a"]

    """
  }

  static let files: [String: String] = [
    "meta.yaml": """
    version: "t1"
    date: 2026-11-22
    disclaimer: {sv: Kontrollera., en: Check.}
    """,
    "actors/core.yaml": """
    actors:
      - {id: kommun, level: kommun, name: {sv: Kommunen, en: The kommun}}
    """,
    "questions/interview.yaml": """
    questions:
      - id: alcohol
        type: choice
        label: {sv: Alkohol, en: Alcohol}
        text: {sv: Alkohol?, en: Alcohol?}
        values:
          - {id: none, label: {sv: Nej, en: No}}
          - {id: public, label: {sv: Ja, en: Yes}}
      - id: employees
        type: integer
        label: {sv: Anställda, en: Employees}
        text: {sv: Hur många?, en: How many?}
        min: 0
    """,
    "data/core.yaml": """
    data_items:
      - {id: namn, type: text, label: {sv: Namn, en: Name}}
    """,
    "kommuner/kommuner.yaml": """
    lan:
      - {code: "12", name: Skåne län}
    kommuner:
      - {code: "1280", name: Malmö}
    """,
    "steps/a.yaml": step("a"),
    "steps/b.yaml": step("b", extra: "requires: [a]\napplies_when: {question: alcohol, in: [public]}\n"),
    "steps/oppning.yaml": step("oppning", kind: "milestone"),
  ]
}
