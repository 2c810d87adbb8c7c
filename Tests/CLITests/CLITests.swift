import Foundation
import TestSupport
import Testing

/// The output of one run of the built `nyforetagare`.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String
  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

enum CLI {
  /// The built binary: next to the test bundle, or in .build/debug of the package.
  static let binary: URL? = {
    let fm = FileManager.default
    var candidates: [URL] = []
    var dir = Bundle.main.bundleURL
    for _ in 0..<6 {
      candidates.append(dir.appendingPathComponent("nyforetagare"))
      candidates.append(dir.appendingPathComponent("debug/nyforetagare"))
      dir = dir.deletingLastPathComponent()
    }
    candidates.append(Fixtures.packageRoot.appendingPathComponent(".build/debug/nyforetagare"))
    return candidates.first { url in
      var isDir: ObjCBool = false
      return fm.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
        && fm.isExecutableFile(atPath: url.path)
    }
  }()

  /// Runs the binary with arguments, from the package root.
  static func run(_ arguments: [String]) throws -> Run {
    let binary = try #require(CLI.binary, "the nyforetagare binary was not found next to the tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = Fixtures.packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting, so a large output cannot fill the pipe and block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes an answers file into a temporary folder and returns its path.
  static func answersFile(_ text: String, in dir: URL) throws -> String {
    let url = dir.appendingPathComponent("answers.yaml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

/// A stack trace or crash would show one of these.
private func looksLikeACrash(_ text: String) -> Bool {
  ["Fatal error", "Stack dump", "Backtrace", "backtrace", "Segmentation", "Illegal instruction"].contains {
    text.contains($0)
  }
}

@Suite("CLI: plan", .serialized)
struct PlanCLITests {
  @Test("plan prints Markdown for an example, the same bytes every time")
  func markdown() throws {
    let args = ["plan", "--answers", "Examples/restaurang-malmo.yaml", "--today", "2026-11-22"]
    let run = try CLI.run(args)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("# Din plan: Restaurang i Malmö\n"))
    #expect(run.stdout.contains("- [ ] **"))
    #expect(run.stderr.isEmpty)
    #expect(try CLI.run(args).stdout == run.stdout)
  }

  @Test("plan --format json prints the contract's keys")
  func json() throws {
    let run = try CLI.run([
      "plan", "--answers", "Examples/kafe-umea.yaml", "--today", "2026-11-22", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    for key in ["content_version", "today", "earliest_opening", "steps", "not_needed", "already_done", "data"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    #expect(object["today"] as? String == "2026-11-22")
  }

  @Test("--today moves every date")
  func today() throws {
    let a = try CLI.run(["plan", "--answers", "Examples/kafe-umea.yaml", "--today", "2026-11-22", "--format", "json"])
    let b = try CLI.run(["plan", "--answers", "Examples/kafe-umea.yaml", "--today", "2026-12-01", "--format", "json"])
    #expect(a.stdout.contains("\"today\" : \"2026-11-22\""))
    #expect(b.stdout.contains("\"today\" : \"2026-12-01\""))
    #expect(a.stdout != b.stdout)
  }

  @Test("--output writes the file and nothing to stdout")
  func output() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("plan.md").path
    let run = try CLI.run([
      "plan", "--answers", "Examples/foodtruck-goteborg.yaml", "--today", "2026-11-22", "--output", path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("# Din plan: Food truck i Göteborg"))
  }

  @Test("--lang en renders in English")
  func english() throws {
    let run = try CLI.run([
      "plan", "--answers", "Examples/restaurang-malmo.yaml", "--today", "2026-11-22", "--lang", "en",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("# Your plan: Restaurant in Malmö\n"))
    #expect(run.stdout.contains("## To do, in order"))
    #expect(!run.stdout.contains("## Att göra"))
  }

  @Test(
    "every example renders",
    arguments: ["restaurang-malmo", "kafe-umea", "foodtruck-goteborg", "catering-stockholm", "bar-overtagande"])
  func examples(_ name: String) throws {
    let run = try CLI.run(["plan", "--answers", "Examples/\(name).yaml", "--today", "2026-11-22", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test("a bad --today is one line naming the value (English with --lang en)")
  func badToday() throws {
    let run = try CLI.run(["plan", "--answers", "Examples/kafe-umea.yaml", "--today", "2026-02-30", "--lang", "en"])
    #expect(run.status != 0)
    #expect(run.stderrLines == ["error: --today '2026-02-30' is not a date YYYY-MM-DD"])
  }
}

@Suite("CLI: broken answers files fail with one line naming the problem", .serialized)
struct BrokenAnswersCLITests {
  func plan(_ answers: String) throws -> Run {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    return try CLI.run([
      "plan", "--answers", try CLI.answersFile(answers, in: dir), "--today", "2026-11-22", "--lang", "en",
    ])
  }

  @Test(
    "each broken file exits non-zero with one line naming file, line, id and value (--lang en)",
    arguments: [
      ("kommun: Malmö\nalkohol: public\n", ":2:1: error: unknown question id 'alkohol'"),
      ("employees: many\n", ":1:12: error: 'employees': 'many' is not a whole number"),
      ("tobacco: maybe\n", ":1:10: error: 'tobacco': 'maybe' is not allowed (allowed: true, false)"),
      ("alcohol: wine\n", ":1:10: error: 'alcohol': 'wine' is not allowed (allowed: none, folkol, public,"),
      ("kommun: Gotham\n", ":1:9: error: 'kommun': 'Gotham' is not one of Sweden's 290 kommuner"),
      ("kommun: [Malmö\n", ": error: not valid YAML: "),
      ("data:\n  organisationsnummer: 556677-8898\n", ":2:24: error: data 'organisationsnummer': '556677-8898': "),
    ])
  func broken(_ answers: String, _ expected: String) throws {
    let run = try plan(answers)
    #expect(run.status != 0)
    #expect(run.stdout.isEmpty)
    #expect(run.stderrLines.count == 1, "\(run.stderr)")
    let line = try #require(run.stderrLines.first)
    #expect(line.hasPrefix(FileManager.default.temporaryDirectory.path), "\(line)")
    #expect(line.contains("answers.yaml:"))
    #expect(line.contains(expected), "\(line)")
    #expect(!looksLikeACrash(run.stderr))
  }

  @Test("a missing answers file is one line (--lang en)")
  func missing() throws {
    let run = try CLI.run(["plan", "--answers", "/nonexistent/answers.yaml", "--lang", "en"])
    #expect(run.status != 0)
    #expect(run.stderrLines == ["/nonexistent/answers.yaml: error: no answers file at this path; check the name"])
  }
}

@Suite("CLI: questions and lint", .serialized)
struct ContentCLITests {
  @Test("questions --format json lists the contract's questions with types and values")
  func questions() throws {
    let run = try CLI.run(["questions", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let list = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    let byID = Dictionary(uniqueKeysWithValues: list.compactMap { q in (q["id"] as? String).map { ($0, q) } })
    let contract = [
      "kommun", "business_type", "company_form", "company_registered", "takeover", "premises", "works_interior",
      "new_ventilation", "new_grease_trap", "facade_or_extension", "sign", "alcohol", "serving_after_01",
      "outdoor_seating", "employees", "payments", "sales_below_4_pbb", "lpg_indoor_litres", "lpg_outdoor_litres",
      "music", "public_dancing", "tobacco", "nicotine_products", "e_cigarettes", "near_shore", "heat_pump",
      "refrigerant_over_14t", "catering_kommuner", "unemployment_support", "opening_date", "already_done",
    ]
    for id in contract { #expect(byID[id] != nil, "missing question \(id)") }
    let business = try #require(byID["business_type"])
    #expect(business["type"] as? String == "choice")
    let values = (business["values"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(values == ["restaurant", "cafe", "bar", "nightclub", "street_kitchen", "food_truck", "catering"])
    #expect(byID["serving_after_01"]?["asked_when"] as? String == "alcohol in [public, closed_parties]")
    #expect(byID["employees"]?["type"] as? String == "integer")
  }

  @Test("lint is clean on the embedded content")
  func lintClean() throws {
    let run = try CLI.run(["lint"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(!run.stdout.contains(": error: "))
    #expect(run.stderr.hasPrefix("ok: "))
  }

  @Test("lint is clean on the Content/ folder read from disk")
  func lintFolder() throws {
    let run = try CLI.run(["lint", "--content", "Content"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
  }

  @Test("lint on a broken copy names file, line and column of every problem, and the cycle")
  func lintBroken() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let copy = dir.appendingPathComponent("Content")
    try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Content"), to: copy)
    let steps = copy.appendingPathComponent("steps")
    // A cycle: startbesked already requires bygglov; make bygglov require startbesked.
    let bygglov = try #require(find("bygglov.yaml", under: steps))
    var text = try String(contentsOf: bygglov, encoding: .utf8)
    text += "\nrequires: [startbesked]\n"
    text = text.replacingOccurrences(of: "\nrequires:\n", with: "\nrequires_old:\n")
    try text.write(to: bygglov, atomically: true, encoding: .utf8)
    // A misspelt key and broken YAML in two other files.
    let skylt = try #require(find("skyltlov.yaml", under: steps))
    try (try String(contentsOf: skylt, encoding: .utf8) + "\nsorces: []\n").write(
      to: skylt, atomically: true, encoding: .utf8)
    let ovk = try #require(find("ovk.yaml", under: steps))
    try "id: ovk\ntitle: {sv: [trasig\n".write(to: ovk, atomically: true, encoding: .utf8)

    let run = try CLI.run(["lint", "--content", copy.path])
    #expect(run.status != 0)
    #expect(!looksLikeACrash(run.stderr + run.stdout))
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(!lines.isEmpty)
    for line in lines {
      let parts = line.split(separator: ":", maxSplits: 3)
      #expect(parts.count == 4 && Int(parts[1]) != nil && Int(parts[2]) != nil, "not FILE:LINE:COL: \(line)")
    }
    #expect(lines.contains { $0.contains("bygglov.yaml:") && $0.contains("unknown key 'requires_old'") })
    #expect(lines.contains { $0.contains("skyltlov.yaml:") && $0.contains("unknown key 'sorces'") })
    #expect(lines.contains { $0.contains("ovk.yaml:") && $0.contains("error: YAML syntax") })
    #expect(lines.contains { $0.contains("error: dependency cycle: bygglov → startbesked → bygglov") }, "\(lines)")
  }

  @Test("--content with a missing folder is one line")
  func missingContent() throws {
    for command in [["lint"], ["questions"], ["plan", "--answers", "Examples/kafe-umea.yaml"]] {
      let run = try CLI.run(command + ["--content", "/nonexistent/Content"])
      #expect(run.status != 0)
      #expect(run.stderrLines == ["error: content folder '/nonexistent/Content' does not exist"], "\(command)")
    }
  }

  func find(_ name: String, under dir: URL) -> URL? {
    let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    while let url = e?.nextObject() as? URL {
      if url.lastPathComponent == name { return url }
    }
    return nil
  }
}
