import Foundation
import NyforetagareEngine
import TestSupport
import Testing

/// A small, clean content edition as in-memory files; tests break one file at a time.
private let base: [String: String] = [
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

private func step(_ id: String, kind: String = "registration", extra: String = "", fee: String = "") -> String {
  """
  id: \(id)
  title: {sv: Steg \(id), en: Step \(id)}
  actor: kommun
  kind: \(kind)
  why: {sv: För att., en: Because.}
  \(extra)timing:
    handling_days: {scope: estimate, typical: 5, year: 2025, source: "https://example.se/a"}
  \(fee)legal_basis:
    - {ref: "Lag (2000:1) 1 §"}
  data: [namn]
  sources: ["https://example.se/a"]

  """
}

private func load(_ changes: [String: String?] = [:]) -> ContentLoader.Result {
  var files = base
  for (path, text) in changes { files[path] = text }
  return ContentLoader.load(
    files.map { ContentFile(displayPath: "Content/" + $0.key, relativePath: $0.key, text: $0.value) })
}

private func lines(_ result: ContentLoader.Result) -> [String] { result.diagnostics.sorted.map(\.description) }

@Suite("Loading and lint: every problem with FILE:LINE:COL")
struct LoaderTests {
  @Test("the small edition loads clean")
  func clean() {
    let result = load()
    #expect(lines(result) == [])
    #expect(result.landscape?.steps.map(\.id) == ["a", "b", "oppning"])
  }

  @Test("the real content has no errors")
  func realContent() {
    let result = ContentLoader.load(Fixtures.contentFiles)
    #expect(result.diagnostics.errors.map(\.description) == [])
    #expect(result.landscape != nil)
  }

  @Test("a misspelt key is an error at that key, listing the allowed keys")
  func unknownKey() throws {
    let result = load(["steps/a.yaml": step("a", extra: "titel: {sv: X, en: X}\n")])
    #expect(result.landscape == nil)
    let line = try #require(lines(result).first)
    #expect(line.hasPrefix("Content/steps/a.yaml:6:1: error: unknown key 'titel' in step (allowed: "))
    #expect(line.contains("applies_when"))
  }

  @Test("broken YAML is an error with line and column")
  func badYAML() {
    let result = load(["steps/a.yaml": "id: a\ntitle: {sv: [oops\nactor: kommun\n"])
    let all = lines(result)
    // The broken file is skipped, so the step that requires it reports the missing step too.
    #expect(all.count == 2, "\(all)")
    #expect(all.last == "Content/steps/b.yaml:6:12: error: unknown step 'a' in requires")
    #expect(all.first?.hasPrefix("Content/steps/a.yaml:") == true)
    #expect(all.first?.contains(": error: YAML syntax: ") == true)
    #expect((2...4).contains(all.first.flatMap(lineNumber) ?? 0))
  }

  @Test("a key written twice is an error")
  func duplicateKey() {
    let all = lines(load(["steps/a.yaml": step("a") + "actor: kommun\n"]))
    // The file is skipped, so b's requirement on it is reported as well.
    #expect(
      all == [
        "Content/steps/a.yaml:3:1: error: duplicate key: actor",
        "Content/steps/b.yaml:6:12: error: unknown step 'a' in requires",
      ])
  }

  @Test("numbers and booleans are read from plain text, quoted or not")
  func scalars() {
    let text = step("a").replacingOccurrences(of: "{typical: 5,", with: "{typical: \"5\",")
    #expect(lines(load(["steps/a.yaml": text])) == [])
    #expect(load(["steps/a.yaml": text]).landscape?.step("a")?.timing.handling?.typicalDays == 5)
  }

  @Test("an unknown step in requires is named, at the requirement")
  func unknownRequirement() {
    let result = load(["steps/b.yaml": step("b", extra: "requires:\n  - bygglv\n")])
    #expect(lines(result) == ["Content/steps/b.yaml:7:5: error: unknown step 'bygglv' in requires"])
  }

  @Test("a condition on a value the question does not have is named, with the allowed values")
  func unknownValue() {
    let result = load(["steps/b.yaml": step("b", extra: "applies_when: {question: alcohol, is: wine}\n")])
    #expect(
      lines(result) == [
        "Content/steps/b.yaml:6:15: error: 'wine' is not a value of question 'alcohol' (allowed: none, public)"
      ])
  }

  @Test("a condition on an unknown question is named")
  func unknownQuestion() {
    let result = load(["steps/b.yaml": step("b", extra: "applies_when: {question: alkohol, is: true}\n")])
    #expect(lines(result) == ["Content/steps/b.yaml:6:15: error: unknown question 'alkohol' in condition"])
  }

  @Test("a dependency cycle is reported with its path")
  func cycle() {
    let result = load([
      "steps/a.yaml": step("a", extra: "requires: [b]\n"), "steps/b.yaml": step("b", extra: "requires: [c]\n"),
      "steps/c.yaml": step("c", extra: "requires: [a]\n"),
    ])
    #expect(result.landscape == nil)
    #expect(lines(result) == ["Content/steps/a.yaml:1:1: error: dependency cycle: a → b → c → a"])
  }

  @Test("a two-step cycle reads a → b → a")
  func shortCycle() {
    let result = load(["steps/a.yaml": step("a", extra: "requires: [b]\n")])
    #expect(lines(result) == ["Content/steps/a.yaml:1:1: error: dependency cycle: a → b → a"])
  }

  @Test("a step without sources is an error")
  func noSources() {
    let text = step("a").replacingOccurrences(of: "sources: [\"https://example.se/a\"]\n", with: "")
    #expect(
      lines(load(["steps/a.yaml": text])) == [
        "Content/steps/a.yaml:1:1: error: step 'a' has no sources (at least one URL)"
      ])
  }

  @Test("a step without legal basis (or a reason for none) is an error")
  func noLegalBasis() {
    let text = step("a").replacingOccurrences(of: "legal_basis:\n  - {ref: \"Lag (2000:1) 1 §\"}\n", with: "")
    #expect(
      lines(load(["steps/a.yaml": text])) == [
        "Content/steps/a.yaml:1:1: error: step 'a' has no legal_basis (or legal_basis_none saying why)"
      ])
    let withReason = text + "legal_basis_none: {sv: Privat avtal., en: A private contract.}\n"
    #expect(lines(load(["steps/a.yaml": withReason])) == [])
  }

  @Test("a figure that does not say whose it is is a warning, at the figure")
  func figureWithoutScope() {
    let text = step("a").replacingOccurrences(of: "{scope: estimate, typical: 5", with: "{typical: 5")
    let found = lines(load(["steps/a.yaml": text]))
    #expect(found.contains { $0.hasPrefix("Content/steps/a.yaml:7:18: warning: the figure does not say whose it is") })
  }

  @Test("a national figure on a step of a kommun's or a private party's is a warning: only a state authority's is")
  func nationalNeedsStateActor() {
    let national = step("a").replacingOccurrences(
      of: "{scope: estimate, typical: 5", with: "{scope: national, typical: 5")
    #expect(
      lines(load(["steps/a.yaml": national])) == [
        "Content/steps/a.yaml:7:18: warning: the handling time is marked national but the step's actor 'kommun' "
          + "is at level kommun: only a state authority's figure is national; use scope: estimate (say in "
          + "maintainer_note what it rests on) or example with kommun:"
      ])
    let actors = """
      actors:
        - {id: kommun, level: kommun, name: {sv: Kommunen, en: The kommun}}
        - {id: bank, level: private, name: {sv: Banken, en: The bank}}
        - {id: verket, level: state, name: {sv: Verket, en: The agency}}
      """
    let byBank = national.replacingOccurrences(of: "actor: kommun", with: "actor: bank")
    #expect(
      lines(load(["actors/core.yaml": actors, "steps/a.yaml": byBank])).first?.contains(
        "the step's actor 'bank' is at level private") == true)
    let byAgency = national.replacingOccurrences(of: "actor: kommun", with: "actor: verket")
    #expect(lines(load(["actors/core.yaml": actors, "steps/a.yaml": byAgency])) == [])
  }

  @Test("a fee without year is a warning, not an error")
  func feeWithoutYear() {
    let result = load([
      "steps/a.yaml": step("a", fee: "fee: {scope: estimate, amount_sek: 1500, source: \"https://example.se/f\"}\n")
    ])
    #expect(lines(result) == ["Content/steps/a.yaml:8:6: warning: fee without year"])
    #expect(result.landscape != nil)
  }

  @Test("a step id that differs from its file name is an error")
  func idMismatch() {
    let result = load(["steps/a.yaml": step("x")])
    #expect(lines(result).contains("Content/steps/a.yaml:1:1: error: step id 'x' must equal the file name 'a'"))
  }

  @Test("errors in several files are all reported")
  func collectsAll() {
    let result = load([
      "steps/a.yaml": step("a", extra: "requires: [nope]\n"),
      "steps/b.yaml": step("b", extra: "applies_when: {question: alcohol, is: wine}\n"),
    ])
    #expect(result.diagnostics.errors.count == 2)
  }

  @Test("a content folder on disk is read with its path in every message")
  func folder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    var files = base
    files["steps/a.yaml"] = step("a", extra: "requires: [bygglv]\n")
    for (path, text) in files {
      let url = dir.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let loaded = try ContentLoader.files(inDirectory: dir.path, displayPrefix: "Kopia")
    #expect(loaded.count == files.count)
    #expect(lines(ContentLoader.load(loaded)) == ["Kopia/steps/a.yaml:6:12: error: unknown step 'bygglv' in requires"])
    #expect(throws: Diagnostic.self) {
      try ContentLoader.files(inDirectory: dir.appendingPathComponent("missing").path)
    }
  }
}
