import Foundation
import NyforetagareEngine
import TestSupport
import Testing

/// YAML that stands for `levels` nested lists of nine aliases each: ~300 bytes for 9^levels nodes.
func aliasBomb(levels: Int, asKey: Bool) -> String {
  var text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
  for i in 1...levels {
    text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
  }
  return text + (asKey ? "? *a\(levels)\n: 1\n" : "last: *a\(levels)\n")
}

/// Parses answers on the real content, with the typed error.
func parseAnswers(_ text: String) throws(AnswerErrors) -> (Answers, FounderData) {
  try AnswerParser.parse(text, file: "test.yaml", landscape: Fixtures.landscape)
}

/// The real content with one file's text changed.
func contentWith(_ path: String, _ change: (String) -> String) -> [ContentFile] {
  Fixtures.contentFiles.map {
    $0.relativePath == path
      ? ContentFile(displayPath: $0.displayPath, relativePath: $0.relativePath, text: change($0.text)) : $0
  }
}

@Suite("Hostile input: alias bombs, depth, sizes, lengths and overflowing numbers are refused by name")
struct HostileInputTests {
  @Test("an alias bomb used as a mapping key is refused at once, with line and column")
  func bombAsKey() throws {
    let text = aliasBomb(levels: 8, asKey: true)
    #expect(text.utf8.count < 500)
    let violation = try #require(YAMLGuard.check(text))
    #expect(violation.message.contains("once its aliases (*name) are expanded"))
    #expect(violation.line >= 6)
    do {
      _ = try parseAnswers(text)
      Issue.record("an alias bomb was accepted")
    } catch {
      let line = try #require(error.diagnostics.all.first?.description)
      #expect(line.hasPrefix("test.yaml:\(violation.line):\(violation.column): error: stands for more than"))
    }
  }

  @Test("aliases in moderation are fine; too many, or nesting too deep, are refused")
  func aliasesAndDepth() {
    #expect(YAMLGuard.check("a: &x {b: 1}\nc: *x\nd: *x\n") == nil)
    let many =
      "a: &x 1\nlist: [" + Array(repeating: "*x", count: InputLimits.yamlAliases + 1).joined(separator: ", ") + "]\n"
    #expect(YAMLGuard.check(many)?.message.contains("more than \(InputLimits.yamlAliases) aliases") == true)
    let deep = "x: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
    #expect(YAMLGuard.check(deep)?.message.contains("nested more than 64 levels") == true)
    // Depth reached only through aliases counts too.
    var chain = "l0: &l0 [1]\n"
    for i in 1...70 { chain += "l\(i): &l\(i) [*l\(i - 1)]\n" }
    #expect(YAMLGuard.check(chain)?.message.contains("once its aliases are expanded") == true)
  }

  @Test("the real content is far inside every YAML limit")
  func realContentWithin() {
    for file in Fixtures.contentFiles {
      #expect(YAMLGuard.check(file.text) == nil, "\(file.relativePath)")
    }
  }

  @Test("aliased conditions in content are refused before they are expanded")
  func contentBomb() {
    var files = Fixtures.contentFiles
    files.append(
      ContentFile(
        displayPath: "Content/steps/bomb.yaml", relativePath: "steps/bomb.yaml",
        text: aliasBomb(levels: 7, asKey: false)))
    let result = ContentLoader.load(files)
    #expect(result.landscape == nil)
    #expect(
      result.diagnostics.errors.contains {
        $0.description.hasPrefix("Content/steps/bomb.yaml:") && $0.message.contains("aliases")
      })
  }

  @Test(
    "a number of days or kronor that would overflow is refused by lint with file:line:col",
    arguments: [
      (
        "steps/foretag_stat/f_skatt_moms.yaml", "amount_sek: 0", "amount_sek: 9223372036854775807",
        "an amount in kronor"
      ),
      ("steps/foretag_stat/f_skatt_moms.yaml", "typical: 28", "typical: 9223372036854775807", "a number of days"),
      ("steps/bygg_brand_miljo/startbesked.yaml", "lag_days: ", "lag_days: 4000000 #", "a number of days"),
    ])
  func overflow(_ path: String, _ from: String, _ to: String, _ unit: String) throws {
    let files = contentWith(path) { $0.replacingOccurrences(of: from, with: to) }
    let result = ContentLoader.load(files)
    #expect(result.landscape == nil)
    let error = try #require(result.diagnostics.errors.first)
    #expect(error.description.hasPrefix("Content/\(path):"))
    #expect(error.message.contains(unit))
    #expect((error.location?.line ?? 0) > 1)
  }

  @Test("values echoed in messages are cut and their control characters escaped")
  func echoed() throws {
    let long = String(repeating: "x", count: 5_000)
    do {
      _ = try parseAnswers("kommun: \"\(long)\"\nbusiness_type: \"caf\\e[2J\\u202e\"\n")
      Issue.record("accepted")
    } catch {
      let lines = error.diagnostics.all.map(\.description)
      #expect(lines.allSatisfy { $0.count < 400 }, "\(lines.map(\.count))")
      #expect(lines.allSatisfy { Echo.isPlain($0) })
      #expect(lines.contains { $0.contains("'caf\\u{1B}[2J\\u{202E}'") }, "\(lines)")
    }
  }

  @Test("an answers file of thousands of unknown keys lists the first problems, then stops")
  func manyProblems() throws {
    let text = (0..<20_000).map { "k\($0): 1" }.joined(separator: "\n")
    do {
      _ = try parseAnswers(text)
      Issue.record("accepted")
    } catch {
      #expect(error.diagnostics.all.count == InputLimits.diagnosticsPerFile + 1)
      #expect(error.diagnostics.all.last?.message == TextCheck.tooManyProblems)
    }
  }

  @Test("founder data with control characters or beyond the length limit is refused")
  func dataText() throws {
    #expect(TextCheck.problem("Anna\u{1B}]0;pwned\u{07}")?.en.contains("control character (\\u{1B})") == true)
    #expect(TextCheck.problem("rad ett\nrad två") == nil)
    #expect(TextCheck.problem(String(repeating: "å", count: InputLimits.textLength + 1)) != nil)
    #expect(throws: AnswerErrors.self) { _ = try parseAnswers("data:\n  namn: \"Anna\\e[31m\"\n") }
  }

  @Test("files over their size limit are refused before they are read whole")
  func sizes() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-size-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("big.yaml").path
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    #expect(truncate(path, off_t(InputLimits.contentFileBytes + 1)) == 0)
    #expect(
      BoundedRead.contents(of: path, limit: InputLimits.contentFileBytes)
        == .failure(.tooLarge(limit: InputLimits.contentFileBytes)))
    #expect(throws: Diagnostic.self) { _ = try ContentLoader.files(inDirectory: dir.path) }
    // An endless stream is cut at the limit too.
    #expect(BoundedRead.contents(of: "/dev/zero", limit: 1_000) == .failure(.tooLarge(limit: 1_000)))
  }
}
