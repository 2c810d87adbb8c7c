import NyforetagareEngine
import Testing

/// A small edition with three kommuner (one whose name is an everyday word) and a profile.
private let edition: [String: String] = [
  "meta.yaml": "version: \"t1\"\ndate: 2026-11-22\ndisclaimer: {sv: Kontrollera., en: Check.}\n",
  "actors/core.yaml": "actors:\n  - {id: kommun, level: kommun, name: {sv: Kommunen, en: The kommun}}\n",
  "questions/interview.yaml": """
  questions:
    - {id: tobacco, type: bool, label: {sv: Tobak, en: Tobacco}, text: {sv: Tobak?, en: Tobacco?}}
  """,
  "data/core.yaml": "data_items:\n  - {id: namn, type: text, label: {sv: Namn, en: Name}}\n",
  "kommuner/kommuner.yaml": """
  lan:
    - {code: "03", name: Uppsala län}
    - {code: "12", name: Skåne län}
    - {code: "14", name: Västra Götalands län}
  kommuner:
    - {code: "0330", name: Knivsta}
    - {code: "1280", name: Malmö}
    - {code: "1463", name: Mark, common_word: true}
  """,
  "kommuner/profiles/malmo.yaml": """
  kommun: Malmö
  sources: ["https://malmo.se/a"]
  maintainer_note: Read from the city's pages in 2026; Knivsta's page was not read.
  steps:
    s:
      maintainer_note: Compared with Knivsta's tariff.
      note: {sv: Malmö tar betalt per timme., en: Malmö charges by the hour.}
      fee: {amount_sek: 1000, year: 2026, source: "https://malmo.se/a", maintainer_note: checked 2026}
  """,
  "steps/s.yaml": stepFile(),
  "steps/oppning.yaml": stepFile(id: "oppning", kind: "milestone"),
]

private func stepFile(
  id: String = "s", kind: String = "permit", why: String = "{sv: Lagen kräver det., en: The law requires it.}",
  extra: String = ""
) -> String {
  """
  id: \(id)
  title: {sv: Steg, en: Step}
  actor: kommun
  kind: \(kind)
  why: \(why)
  maintainer_note: Checked against the statute in 2026.
  timing:
    handling_days: {scope: estimate, typical: 5, year: 2025, source: "https://example.se/a", maintainer_note: our estimate}
  \(extra)legal_basis:
    - {ref: "Lag (2000:1) 1 §"}
  data: [namn]
  sources: ["https://example.se/a"]

  """
}

private func problems(_ changes: [String: String] = [:]) -> [String] {
  var files = edition
  for (path, text) in changes { files[path] = text }
  let result = ContentLoader.load(
    files.map { ContentFile(displayPath: "Content/" + $0.key, relativePath: $0.key, text: $0.value) })
  return result.diagnostics.sorted.map(\.description)
}

@Suite("Lint: founder text and maintainer text apart")
struct FounderTextLintTests {
  @Test("maintainer_note is accepted on a step, a handling time, a fee, a profile and its steps, and never checked")
  func maintainerNoteAccepted() {
    #expect(problems() == [])
  }

  @Test("maintainer_note must be plain text")
  func maintainerNoteIsText() {
    let text = stepFile().replacingOccurrences(
      of: "maintainer_note: Checked against the statute in 2026.", with: "maintainer_note: {sv: a, en: b}")
    #expect(problems(["steps/s.yaml": text]) == ["Content/steps/s.yaml:6:18: error: 'maintainer_note' must be text"])
  }

  @Test("a step's text naming another kommun is refused at the text, in each language")
  func namesAnotherKommun() {
    let why = "{sv: Knivsta anger 5 veckor., en: The law requires it.}"
    #expect(
      problems(["steps/s.yaml": stepFile(why: why)]) == [
        "Content/steps/s.yaml:5:11: error: founder-facing 'why' (sv) names another kommun: Knivsta; "
          + "a figure's kommun goes in its 'kommun' field, remarks in 'maintainer_note'"
      ])
  }

  @Test("genitive and English possessive count; a longer word or a län's name does not")
  func nameForms() {
    let named = KommunNameMatcher(name: "Knivsta", isCommonWord: false)
    #expect(named.occurs(in: "enligt Knivstas taxa"))
    #expect(named.occurs(in: "Knivsta's schedule"))
    #expect(named.occurs(in: "(Knivsta)"))
    #expect(!named.occurs(in: "Storknivsta"))
    let stockholm = KommunNameMatcher(name: "Stockholm", isCommonWord: false)
    #expect(!stockholm.occurs(in: "i Stockholms län"))
    #expect(!stockholm.occurs(in: "Storstockholms brandförsvar"))
    #expect(stockholm.occurs(in: "Stockholms stad"))
  }

  @Test("a name that is also a word counts only as the kommun's name")
  func commonWordNames() {
    #expect(problems(["steps/s.yaml": stepFile(why: "{sv: Mark från kommunen., en: Land.}")]) == [])
    let named = problems(["steps/s.yaml": stepFile(why: "{sv: Som i Marks kommun., en: Land.}")])
    #expect(named.count == 1)
    #expect(
      named.first?.hasPrefix("Content/steps/s.yaml:5:11: error: founder-facing 'why' (sv) names another kommun: Mark;")
        == true)
  }

  @Test("a profile may name its own kommun, not another")
  func profileNamesOwnKommunOnly() {
    let profile = edition["kommuner/profiles/malmo.yaml", default: ""].replacingOccurrences(
      of: "en: Malmö charges by the hour.", with: "en: \"Like Knivsta, Malmö charges by the hour.\"")
    #expect(
      problems(["kommuner/profiles/malmo.yaml": profile]) == [
        "Content/kommuner/profiles/malmo.yaml:7:49: error: founder-facing 'note' (en) names another kommun: Knivsta; "
          + "a figure's kommun goes in its 'kommun' field, remarks in 'maintainer_note'"
      ])
  }

  @Test("text that speaks of the project's notes is refused")
  func projectNotes() {
    let extra = """
      fee:
        scope: estimate
        amount_sek: 100
        year: 2026
        source: https://example.se/a
        note: {sv: "Sidan är odaterad – årtalet anger när uppgiften lades in här.", en: "Per year."}

      """
    #expect(
      problems(["steps/s.yaml": stepFile(extra: extra)]) == [
        "Content/steps/s.yaml:14:14: error: founder-facing 'note' (sv) speaks of the project's notes "
          + "(\"sidan är odaterad\"); put it in 'maintainer_note'"
      ])
  }

  @Test("authored text that claims an answer is refused, in Swedish and English")
  func answerClaims() {
    let why = "{sv: Du har svarat att du säljer tobak., en: You said you sell tobacco.}"
    let found = problems(["steps/s.yaml": stepFile(why: why)])
    #expect(
      found == [
        "Content/steps/s.yaml:5:11: error: founder-facing 'why' (sv) claims an answer (\"du har svarat\"); "
          + "state the rule — the plan adds what the founder answered",
        "Content/steps/s.yaml:5:51: error: founder-facing 'why' (en) claims an answer (\"you said\"); "
          + "state the rule — the plan adds what the founder answered",
      ])
    let answered = "{sv: Lagen kräver det., en: You answered yes.}"
    #expect(problems(["steps/s.yaml": stepFile(why: answered)]).first?.contains("(\"you answered\")") == true)
    // A choice is an answer too: "Du har valt aktiebolag" was in four steps' why.
    let chose = "{sv: Du har valt aktiebolag., en: You chose an aktiebolag.}"
    #expect(
      problems(["steps/s.yaml": stepFile(why: chose)]) == [
        "Content/steps/s.yaml:5:11: error: founder-facing 'why' (sv) claims an answer (\"du har valt\"); "
          + "state the rule — the plan adds what the founder answered",
        "Content/steps/s.yaml:5:40: error: founder-facing 'why' (en) claims an answer (\"you chose\"); "
          + "state the rule — the plan adds what the founder answered",
      ])
  }
}
