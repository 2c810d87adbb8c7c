import Foundation
import Testing

/// Problems on the command line are said in `--lang`'s language: Swedish by default, English
/// with `--lang en`; the same exit status, the same `FILE:LINE:COL` and one line per problem.
@Suite("CLI: problems in Swedish by default and in English with --lang en", .serialized)
struct ProblemLanguageCLITests {
  func plan(_ answers: String, _ language: [String] = []) throws -> (Run, String) {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = try CLI.answersFile(answers, in: dir)
    return (try CLI.run(["plan", "--answers", file, "--today", "2026-11-22"] + language), file)
  }

  @Test(
    "a broken answers file: one Swedish line naming file, line, id and value",
    arguments: [
      ("kommun: Malmö\nalkohol: public\n", ":2:1: fel: okänt fråge-id 'alkohol' (kända: kommun, "),
      ("employees: many\n", ":1:12: fel: 'employees': 'many' är inte ett heltal"),
      ("employees: -2\n", ":1:12: fel: 'employees': -2 är för litet (minst 0)"),
      ("tobacco: maybe\n", ":1:10: fel: 'tobacco': 'maybe' är inte tillåtet (tillåtna värden: true, false"),
      ("alcohol: wine\n", ":1:10: fel: 'alcohol': 'wine' är inte tillåtet (tillåtna värden: none, folkol, public,"),
      ("kommun: Gotham\n", ":1:9: fel: 'kommun': 'Gotham' är inte en av Sveriges 290 kommuner"),
      ("opening_date: 1 maj\n", ":1:15: fel: 'opening_date': '1 maj' är inte ett datum på formen ÅÅÅÅ-MM-DD"),
      ("already_done: [bygglv]\n", ":1:15: fel: 'already_done': 'bygglv' är inte ett känt steg"),
      ("kommun: [Malmö\n", ": fel: ingen giltig YAML: "),
      ("kommun: Malmö\nkommun: Umeå\n", ": fel: ingen giltig YAML: samma nyckel två gånger: kommun"),
      ("- kommun\n", ":1:1: fel: svarsfilen ska para ihop fråge-id med svar"),
      ("data:\n  organisationsnummer: 556677-8898\n", ":2:24: fel: uppgiften 'organisationsnummer': '556677-8898': "),
      ("data:\n  skonummer: 44\n", ":2:3: fel: okänd uppgift 'skonummer' under data"),
    ])
  func swedish(_ answers: String, _ expected: String) throws {
    let (run, file) = try plan(answers)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderrLines.count == 1, "\(run.stderr)")
    let line = try #require(run.stderrLines.first)
    #expect(line.hasPrefix(file + ":"), "\(line)")
    #expect(line.contains(expected), "\(line)")
    #expect(!line.contains("error:") && !line.contains(" is not "), "\(line)")
  }

  @Test("the same file gives the same status, places and number of lines in both languages")
  func sameInBothLanguages() throws {
    let answers = """
      kommun: Gotham
      employees: many
      tobacco: maybe
      opening_date: 2027-02-30
      lpg_indoor_litres: -1
      data:
        organisationsnummer: 556677-8898
        telefon: [1, 2]

      """
    let (sv, _) = try plan(answers)
    let (en, _) = try plan(answers, ["--lang", "en"])
    #expect(sv.status == 1 && en.status == 1)
    #expect(sv.stderrLines.count == 7 && en.stderrLines.count == 7, "\(sv.stderr)\n\(en.stderr)")
    // LINE:COL after the file, whose temporary folder differs between the two runs.
    let place = { (line: String) in
      line.components(separatedBy: "answers.yaml:").last?.components(separatedBy: ": ").first ?? ""
    }
    #expect(sv.stderrLines.map(place) == en.stderrLines.map(place))
    #expect(sv.stderrLines.allSatisfy { $0.contains(": fel: ") }, "\(sv.stderr)")
    #expect(en.stderrLines.allSatisfy { $0.contains(": error: ") }, "\(en.stderr)")
    #expect(
      sv.stderrLines[3].hasSuffix(
        "'opening_date': '2027-02-30' är inte ett datum på formen ÅÅÅÅ-MM-DD (t.ex. 2027-03-01)"))
    #expect(en.stderrLines[3].hasSuffix("'opening_date': '2027-02-30' is not a date in the form YYYY-MM-DD"))
    #expect(sv.stderrLines[6].hasSuffix("uppgiften 'telefon' ska vara ett enda värde"), "\(sv.stderr)")
    #expect(en.stderrLines[6].hasSuffix("data 'telefon' must be a single value"), "\(en.stderr)")
  }

  @Test("a missing answers file and a bad --today are Swedish by default")
  func fileAndOptions() throws {
    let missing = try CLI.run(["plan", "--answers", "/nonexistent/answers.yaml"])
    #expect(missing.status == 1)
    #expect(missing.stderrLines == ["/nonexistent/answers.yaml: fel: det finns ingen svarsfil här; kontrollera namnet"])
    let today = try CLI.run(["plan", "--answers", "Examples/kafe-umea.yaml", "--today", "2026-02-30"])
    #expect(today.status == 1)
    #expect(today.stderrLines == ["fel: --today '2026-02-30' är inte ett datum på formen ÅÅÅÅ-MM-DD"])
  }

  @Test("an answers file that is not UTF-8 is one line at 1:1 in either language")
  func notUTF8() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("latin1.yaml")
    try Data([0x6B, 0x6F, 0x6D, 0x6D, 0x75, 0x6E, 0x3A, 0x20, 0x4D, 0x61, 0x6C, 0x6D, 0xF6, 0x0A]).write(to: url)
    let sv = try CLI.run(["plan", "--answers", url.path])
    #expect(sv.stderrLines == ["\(url.path):1:1: fel: svarsfilen är inte UTF-8-text; spara den som UTF-8"])
    let en = try CLI.run(["plan", "--answers", url.path, "--lang", "en"])
    #expect(en.stderrLines == ["\(url.path):1:1: error: the answers file is not UTF-8 text; save it as UTF-8"])
    #expect(sv.status == 1 && en.status == 1)
  }

  /// Writes a saved plan (JSON) into a fresh folder and returns its path.
  func planFile(_ json: String) throws -> String {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("plan.json").path
    try json.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static func plan(answers: String = "{}", data: String = "{}") -> String {
    #"{"schema": 1, "contentVersion": "x", "created": "2026-11-22", "updated": "2026-11-22", "language": "sv", "#
      + #""answers": \#(answers), "data": \#(data), "cases": {}, "snapshot": {}}"#
  }

  @Test("a saved plan with an impossible value is refused in one line, in either language")
  func invalidPlan() throws {
    let path = try planFile(Self.plan(data: #"{"organisationsnummer": "556677-8898"}"#))
    for command in [["status", "--plan", path], ["plan", "--plan", path]] {
      let sv = try CLI.run(command + ["--today", "2026-11-22"])
      let en = try CLI.run(command + ["--today", "2026-11-22", "--lang", "en"])
      #expect(sv.status == 1 && en.status == 1)
      #expect(sv.stderrLines.count == 1 && en.stderrLines.count == 1, "\(sv.stderr)\(en.stderr)")
      #expect(
        sv.stderr.hasPrefix(
          "fel: \(path): planen har omöjliga värden; den lämnades orörd: uppgiften 'organisationsnummer': '556677-8898': Kontrollsiffran"
        ), "\(sv.stderr)")
      #expect(
        en.stderr.hasPrefix(
          "error: \(path): the plan has impossible values; it was left untouched: data 'organisationsnummer': '556677-8898': The check digit"
        ), "\(en.stderr)")
    }
  }

  @Test("a file that is not a plan, and a missing one, are said in either language")
  func notAPlan() throws {
    let path = try planFile("{ not json")
    let sv = try CLI.run(["status", "--plan", path])
    #expect(sv.status == 1)
    #expect(
      sv.stderrLines == [
        "fel: \(path): filen är ingen plan som programmet kan läsa (inget plandokument (inget schema)); den lämnades orörd. Någon säkerhetskopia (.bak) finns inte bredvid den; börja en ny plan med nyforetagare"
      ])
    let en = try CLI.run(["status", "--plan", path, "--lang", "en"])
    #expect(
      en.stderrLines == [
        "error: \(path): the file is not a plan this program can read (not a plan document (no schema)); it was left untouched. There is no backup (.bak) beside it; start a new plan with nyforetagare"
      ])
    let missing = try CLI.run(["plan", "--plan", path + ".none", "--lang", "en"])
    #expect(missing.status == 1)
    #expect(
      missing.stderrLines == [
        "error: \(path).none: no saved plan at this path; check the name (plans are .json files)"
      ])
  }

  @Test("an answer the content no longer asks is a warning in the chosen language; the plan is still made")
  func droppedAnswer() throws {
    let path = try planFile(
      Self.plan(answers: #"{"kommun": "Umeå", "old_question": true, "alcohol": "wine"}"#))
    let sv = try CLI.run(["status", "--plan", path, "--today", "2026-11-22"])
    #expect(sv.status == 0, "\(sv.stderr)")
    #expect(
      sv.stderrLines == [
        "\(path): varning: ett sparat svar gäller inte längre och togs bort: 'alcohol': 'wine' är inte tillåtet (tillåtna värden: none, folkol, public, closed_parties, catering)",
        "\(path): varning: frågan 'old_question' ställs inte längre; svaret togs bort",
      ])
    let en = try CLI.run(["status", "--plan", path, "--today", "2026-11-22", "--lang", "en"])
    #expect(en.status == 0, "\(en.stderr)")
    #expect(
      en.stderrLines == [
        "\(path): warning: a saved answer is no longer accepted and was dropped: 'alcohol': 'wine' is not allowed (allowed: none, folkol, public, closed_parties, catering)",
        "\(path): warning: question 'old_question' is no longer asked; its answer was dropped",
      ])
  }
}
