import NyforetagareEngine
import TestSupport
import Testing

/// Every engine problem is a value said in Swedish and in English: one line each, the two
/// different, the value as given shown escaped, and no answer claimed that was not given.
@Suite("Problems as values, in Swedish and English")
struct ProblemTextTests {
  /// A value with a control character, as a hostile file could give it.
  static let hostile = "x\u{1B}[31m"

  static let answerProblems: [AnswerProblem] = [
    .unknownKommun(question: "kommun", name: hostile, suggestions: []),
    .unknownKommun(question: "kommun", name: "Göt", suggestions: ["Göteborg", "Götene"]),
    .unknownKommunInList(question: "catering_kommuner", name: hostile),
    .noLongerAsked(question: hostile),
    .noLongerAccepted(.notWholeNumber(question: "employees", value: hostile)),
    .notAllowed(question: "alcohol", value: hostile, allowed: ["none", "public"]),
    .notYesOrNo(question: "tobacco", value: hostile),
    .notWholeNumber(question: "employees", value: hostile),
    .notNumber(question: "lpg_indoor_litres", value: hostile),
    .tooSmall(question: "employees", value: -2, minimum: 0),
    .notDate(question: "opening_date", value: hostile),
    .dateMissing(question: "opening_date"),
    .unknownStep(question: "already_done", value: hostile),
    .notList(question: "already_done"),
    .notSingleValue(question: "kommun"),
    .tooManyValues(question: "already_done", limit: 500),
  ]

  @Test("each answer problem has a Swedish and an English line, naming the question")
  func answerTexts() {
    for problem in Self.answerProblems {
      let sv = problem.text(.sv)
      let en = problem.text(.en)
      #expect(sv != en, "\(problem)")
      for text in [sv, en] {
        #expect(!text.isEmpty && Echo.isPlain(text), "\(problem): \(text)")
        #expect(text.contains(Echo.quote(problem.question)), "\(problem): \(text)")
      }
    }
  }

  @Test("a value as given is shown escaped in both languages, never raw")
  func valuesEchoed() {
    let given: [AnswerProblem] = [
      .unknownKommun(question: "kommun", name: Self.hostile),
      .notAllowed(question: "alcohol", value: Self.hostile, allowed: []),
      .notYesOrNo(question: "tobacco", value: Self.hostile),
      .notWholeNumber(question: "employees", value: Self.hostile),
      .notNumber(question: "lpg_indoor_litres", value: Self.hostile),
      .notDate(question: "opening_date", value: Self.hostile),
      .unknownStep(question: "already_done", value: Self.hostile),
    ]
    for problem in given {
      for language in Language.allCases {
        #expect(problem.text(language).contains("'" + Echo.quote(Self.hostile) + "'"), "\(problem)")
        #expect(!problem.text(language).contains(Self.hostile), "\(problem)")
      }
    }
  }

  @Test("Swedish says what is allowed in plain words")
  func swedishWords() {
    #expect(
      AnswerProblem.notAllowed(question: "alcohol", value: "wine", allowed: ["none", "public"]).text(.sv)
        == "'alcohol': 'wine' är inte tillåtet (tillåtna värden: none, public)")
    #expect(AnswerProblem.notWholeNumber(question: "employees", value: "many").text(.sv).contains("ett heltal"))
    #expect(
      AnswerProblem.notDate(question: "opening_date", value: "maj").text(.sv).contains(
        "ett datum på formen ÅÅÅÅ-MM-DD"))
    #expect(
      AnswerProblem.tooSmall(question: "employees", value: -2, minimum: 0).text(.sv)
        == "'employees': -2 är för litet (minst 0)")
  }

  static let fileProblems: [AnswersFileProblem] = [
    .missing, .tooLarge(limit: 1 << 20), .folder, .unreadable(reason: "Permission denied"), .notUTF8,
    .overLimit(.aliases(100)), .overLimit(.depth(64)), .overLimit(.nodes(100_000)), .overLimit(.expandedDepth(64)),
    .notYAML(.syntax("did not find expected key")), .notYAML(.duplicateKeys(["kommun"])),
    .notYAML(.badCharacter(problem: "control characters are not allowed", character: "\\u{07}")),
    .notMapping, .unknownQuestion(id: hostile, known: ["kommun", "alcohol"]),
    .answer(.notWholeNumber(question: "employees", value: "many")), .dataNotMapping,
    .unknownDataItem(id: hostile), .dataNotSingleValue(id: "telefon"),
    .badData(id: "telefon", value: hostile, reason: LocalizedText(sv: "Fel format.", en: "Wrong format.")),
    .tooManyProblems(limit: 100),
  ]

  @Test("each answers-file problem has a Swedish and an English line")
  func fileTexts() {
    for problem in Self.fileProblems {
      let sv = problem.text(.sv)
      let en = problem.text(.en)
      #expect(!sv.isEmpty && !en.isEmpty && Echo.isPlain(sv) && Echo.isPlain(en), "\(problem)")
      if case .notYAML(.syntax) = problem {
        #expect(sv.hasPrefix("ingen giltig YAML: ") && en.hasPrefix("not valid YAML: "))
      } else {
        #expect(sv != en, "\(problem)")
      }
    }
  }

  @Test("an answers file's problems keep their places in either language")
  func parserLanguages() throws {
    let landscape = Fixtures.landscape
    do {
      _ = try AnswerParser.parse("kommun: Gotham\nemployees: many\n", file: "a.yaml", landscape: landscape)
      Issue.record("accepted")
    } catch {
      let sv = error.diagnostics(.sv).sorted.map { $0.line(.sv) }
      let en = error.diagnostics(.en).sorted.map { $0.line(.en) }
      #expect(sv.count == 2 && en.count == 2)
      #expect(sv[1] == "a.yaml:2:12: fel: 'employees': 'many' är inte ett heltal (skriv t.ex. 3)")
      #expect(en[1] == "a.yaml:2:12: error: 'employees': 'many' is not a whole number")
      #expect(error.diagnostics.sorted.map(\.description) == en)
    }
  }
}
