import Foundation
import NyforetagareEngine
import TestSupport
import Testing

@testable import PlanStorage

@Suite("Plan files: save, load, backup, lock")
struct PlanFileTests {
  func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  func document(cases: [String: CaseRecord] = [:]) throws -> PlanDocument {
    let plan = try Fixtures.plan("kommun: Umeå\nbusiness_type: cafe\ncompany_form: enskild_firma\nemployees: 0\n")
    return PlanDocument(
      contentVersion: Fixtures.landscape.meta.version, created: Fixtures.today, updated: Fixtures.today,
      language: .sv, answers: plan.answers, data: FounderData(["telefon": "090-12 34 56"]), cases: cases,
      snapshot: PlanDocument.snapshot(of: plan))
  }

  @Test("a saved plan reads back the same, with mode 0600")
  func roundTrip() throws {
    let path = try folder() + "/plan.json"
    let doc = try document(cases: [
      "livsmedelsregistrering": CaseRecord(state: .submitted, submitted: Fixtures.today, reference: "MN 2026-1")
    ])
    let (file, existing) = try PlanFile.open(path)
    #expect(existing == nil)
    try file.save(doc)
    #expect(try file.read() == doc)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let (answers, problems) = doc.decodedAnswers(in: Fixtures.landscape)
    #expect(problems.isEmpty)
    #expect(answers.kommun == "Umeå")
  }

  @Test("the previous version is kept as a backup")
  func backup() throws {
    let path = try folder() + "/plan.json"
    let (file, _) = try PlanFile.open(path)
    var doc = try document()
    try file.save(doc)
    doc.data["epost"] = "a@b.se"
    try file.save(doc)
    let old = try JSONDecoder().decode(PlanDocument.self, from: Data(contentsOf: URL(fileURLWithPath: file.backupPath)))
    #expect(old.data["epost"] == nil)
    #expect(try file.read().data["epost"] == "a@b.se")
  }

  @Test("a crash between writing and renaming leaves the old file whole and no temporary file")
  func atomic() throws {
    let dir = try folder()
    let path = dir + "/plan.json"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    struct Crash: Error {}
    #expect(throws: PlanFile.Failure.self) {
      try PlanFile.writeAtomically(Data("new".utf8), to: path, backup: nil, beforeRename: { throw Crash() })
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["plan.json"])
  }

  @Test("a corrupt file gets a clear message, is left untouched, and the backup is offered")
  func corrupt() throws {
    let path = try folder() + "/plan.json"
    try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
    try Data("{}".utf8).write(to: URL(fileURLWithPath: path + ".bak"))
    do {
      _ = try PlanFile.open(path)
      Issue.record("a corrupt file was opened")
    } catch {
      guard case .corrupt(_, _, let backup) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(backup == path + ".bak")
      #expect(error.description.contains("left untouched"))
      #expect(
        error.message(in: .sv).hasSuffix(
          "den lämnades orörd. Det finns en säkerhetskopia (versionen som sparades före den): \(path).bak – öppna den med nyforetagare --plan \(path).bak"
        ))
      #expect(error.description.hasSuffix("open it with nyforetagare --plan \(path).bak"))
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ not json")
  }

  @Test("a file from a newer version is refused and left untouched")
  func newer() throws {
    let path = try folder() + "/plan.json"
    try Data(#"{"schema": 99}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect {
      _ = try PlanFile.open(path)
    } throws: { error in
      guard let e = error as? PlanFile.Failure, case .newerVersion(_, let schema, _) = e else { return false }
      return schema == 99
    }
  }

  @Test("a second instance on the same file is told so instead of overwriting")
  func twoInstances() throws {
    let path = try folder() + "/plan.json"
    let (first, _) = try PlanFile.open(path)
    #expect(throws: PlanFile.Failure.locked(path: path)) { _ = try PlanFile.open(path) }
    first.unlock()
    let (second, _) = try PlanFile.open(path)
    second.unlock()
  }

  @Test("a folder that cannot be written gives a clear message")
  func unwritable() throws {
    let dir = try folder()
    // A regular file where the folder should be: even root cannot write into it.
    try Data().write(to: URL(fileURLWithPath: dir + "/blocked"))
    do {
      _ = try PlanFile.open(dir + "/blocked/plan.json")
      Issue.record("opened a plan under a regular file")
    } catch {
      #expect(error.description.contains("cannot save"))
      #expect(error.description.contains("nothing you typed is lost"))
    }
  }

  @Test("recent plans are the .json files of the folder, not backups or locks")
  func recent() throws {
    let dir = try folder()
    for name in ["a.json", "a.json.bak", "a.json.lock", ".a.json.tmp-1", "b.json"] {
      try Data("{}".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
    }
    #expect(Set(PlanFile.recent(in: dir).map { ($0 as NSString).lastPathComponent }) == ["a.json", "b.json"])
  }

  @Test("the default folder follows XDG_DATA_HOME, else HOME")
  func defaultFolder() {
    #expect(PlanFile.defaultFolder(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/nyforetagare")
    #expect(PlanFile.defaultFolder(environment: ["HOME": "/h"]) == "/h/.local/share/nyforetagare")
  }
}

@Suite("Plan files: left-overs of interrupted saves, reading without side effects")
struct PlanFileLeftoverTests {
  func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-left-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  func touch(_ path: String) throws { try Data("{\"personnummer\": \"x\"}".utf8).write(to: URL(fileURLWithPath: path)) }

  @Test("opening a plan removes its own temporary files and nothing else")
  func openCleans() throws {
    let dir = try folder()
    for name in [".plan.json.tmp-123", ".plan.json.bak.tmp-77", ".other.json.tmp-5", ".plan.json.tmp-x", "notes.txt"] {
      try touch(dir + "/" + name)
    }
    let (file, _) = try PlanFile.open(dir + "/plan.json")
    defer { file.unlock() }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
        ".other.json.tmp-5", ".plan.json.tmp-x", "notes.txt", "plan.json.lock",
      ])
  }

  @Test("at start, left-overs of plans not open elsewhere are removed; an open plan's are kept")
  func startCleans() throws {
    let dir = try folder()
    let (busy, _) = try PlanFile.open(dir + "/busy.json")
    defer { busy.unlock() }
    for name in [".busy.json.tmp-11", ".idle.json.tmp-12", ".idle.json.bak.tmp-13", ".idle.json.tmp-"] {
      try touch(dir + "/" + name)
    }
    try touch(dir + "/idle.json")
    #expect(PlanFile.removeLeftovers(in: dir) == 2)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
        ".busy.json.tmp-11", ".idle.json.tmp-", "busy.json.lock", "idle.json",
      ])
  }

  @Test("reading a plan that is not there creates nothing: no folder, no lock")
  func readCreatesNothing() throws {
    let dir = try folder()
    #expect(throws: PlanFile.Failure.missing(path: dir + "/a/b/plan.json")) {
      _ = try PlanFile.read(dir + "/a/b/plan.json")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
  }

  @Test("a plan file over the size limit is refused before it is read into memory")
  func tooLarge() throws {
    let dir = try folder()
    let path = dir + "/huge.json"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    #expect(truncate(path, off_t(PlanFile.maximumFileBytes + 1)) == 0)
    do {
      _ = try PlanFile.read(path)
      Issue.record("read a huge file")
    } catch {
      #expect(error.description.contains("larger than 16 MB"))
    }
  }
}

@Suite("Saved plans are checked on load like answers files")
struct PlanCheckTests {
  func document(data: [String: String], cases: [String: CaseRecord]) throws -> PlanDocument {
    let plan = try Fixtures.plan("kommun: Umeå\nbusiness_type: cafe\ncompany_form: aktiebolag\nemployees: 0\n")
    return PlanDocument(
      contentVersion: Fixtures.landscape.meta.version, created: Fixtures.today, updated: Fixtures.today,
      language: .sv, answers: plan.answers, data: FounderData(data), cases: cases,
      snapshot: PlanDocument.snapshot(of: plan))
  }

  @Test("a good plan has no problems")
  func clean() throws {
    let doc = try document(data: ["telefon": "090-12 34 56"], cases: [:])
    #expect(PlanCheck.problems(doc, in: Fixtures.landscape) == [])
  }

  @Test("an invalid organisationsnummer, impossible case dates and control characters are each named")
  func problems() throws {
    let day = Fixtures.today
    let before = Day(daysSinceEpoch: day.daysSinceEpoch - 10)
    let doc = try document(
      data: ["organisationsnummer": "556677-8898", "telefon": "090\u{1B}[2J"],
      cases: [
        "livsmedelsregistrering": CaseRecord(state: .granted, submitted: day, decided: before),
        "bygglov": CaseRecord(state: .submitted, submitted: day, reference: "MN\u{7}1"),
      ])
    let found = PlanCheck.problems(doc, in: Fixtures.landscape)
    let problems = found.map { $0.text(.en) }
    #expect(problems.count == 4, "\(problems)")
    #expect(problems.contains { $0.hasPrefix("data 'organisationsnummer': '556677-8898': ") })
    #expect(problems.contains { $0.hasPrefix("data 'telefon': The text contains a control character (\\u{1B})") })
    #expect(problems.contains("case 'livsmedelsregistrering': The decision cannot come before the case was sent in."))
    #expect(problems.contains { $0.hasPrefix("case 'bygglov': The text contains a control character (\\u{07})") })
    let message = PlanFile.Failure.invalid(path: "p.json", problems: found).description
    #expect(message.contains("left untouched") && message.contains(".bak"))
    // The same problems in Swedish, for a founder who chose Swedish.
    let swedish = found.map { $0.text(.sv) }
    #expect(swedish.contains { $0.hasPrefix("uppgiften 'organisationsnummer': '556677-8898': Kontrollsiffran") })
    #expect(swedish.contains("ärendet 'livsmedelsregistrering': Beslutet kan inte komma före inskickandet."))
    let svMessage = PlanFile.Failure.invalid(path: "p.json", problems: found).message(in: .sv)
    #expect(svMessage.hasPrefix("p.json: planen har omöjliga värden; den lämnades orörd: "), "\(svMessage)")
    #expect(svMessage.hasSuffix("Rätta dem i filen eller öppna säkerhetskopian (.bak)"))
  }
}

@Suite("Opening a plan in the UI checks it")
struct PlanOpenCheckTests {
  @Test("a plan with an impossible case is refused on open, unlocked and unchanged")
  func refusedOnOpen() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-open-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let path = url.path + "/plan.json"
    let text =
      #"{"schema": 1, "contentVersion": "x", "created": "2026-11-22", "updated": "2026-11-22", "language": "sv", "answers": {}, "data": {"organisationsnummer": "556677-8898"}, "cases": {}, "snapshot": {}}"#
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    do {
      _ = try PlanFile.open(path, checkingWith: Fixtures.landscape)
      Issue.record("opened")
    } catch {
      guard case .invalid(_, let problems) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(problems.first?.text(.en).hasPrefix("data 'organisationsnummer'") == true)
      #expect(problems.first?.text(.sv).hasPrefix("uppgiften 'organisationsnummer'") == true)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    let (again, _) = try PlanFile.open(path)  // the lock was released
    again.unlock()
  }
}
