import Foundation
import NyforetagareEngine
import PlanStorage
import TestSupport
import Testing

@Suite("Exports: full paths, never overwritten, 0600 with personal data")
struct ExportDestinationTests {
  func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test("a typed name becomes a full path before anything is written; ~/ is the home folder")
  func fullPath() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let d = try #require(ExportDestination.choose("plan.md", extensions: ["md", "html"], folder: dir))
    #expect(d.paths == ["\(dir)/plan.md", "\(dir)/plan.html"])
    #expect(!d.isRenamed)
    let sub = try #require(ExportDestination.choose("./x/../nyplan", extensions: ["md"], folder: dir))
    #expect(sub.paths == ["\(dir)/nyplan.md"])
    let home = try #require(ExportDestination.choose("~/p.md", extensions: ["md"], folder: "/tmp", home: dir))
    #expect(home.paths == ["\(dir)/p.md"])
    #expect(ExportDestination.choose("  ", extensions: ["md"], folder: dir) == nil)
    #expect(ExportDestination.choose(dir + "/", extensions: ["md"], folder: dir) == nil)
  }

  @Test("an existing file is never overwritten: the export gets the next free number, the same for every file")
  func numbered() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Data("old".utf8).write(to: URL(fileURLWithPath: "\(dir)/plan.md"))
    let first = try #require(ExportDestination.choose("plan", extensions: ["md", "html", "json"], folder: dir))
    #expect(first.isRenamed)
    #expect(first.paths == ["\(dir)/plan-2.md", "\(dir)/plan-2.html", "\(dir)/plan-2.json"])
    try first.write([Data("a".utf8), Data("b".utf8), Data("c".utf8)], personal: false)
    #expect(try String(contentsOfFile: "\(dir)/plan.md", encoding: .utf8) == "old")
    // A broken symbolic link takes the name too.
    try FileManager.default.createSymbolicLink(atPath: "\(dir)/plan-3.html", withDestinationPath: "\(dir)/nowhere")
    let next = try #require(ExportDestination.choose("plan.md", extensions: ["md", "html", "json"], folder: dir))
    #expect(next.paths.first == "\(dir)/plan-4.md")
  }

  @Test("a file that appears after the choice is not replaced")
  func raced() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let d = try #require(ExportDestination.choose("plan", extensions: ["md"], folder: dir))
    try Data("someone else's".utf8).write(to: URL(fileURLWithPath: "\(dir)/plan.md"))
    #expect(throws: SafeFileError.changed("\(dir)/plan.md")) { try d.write([Data("mine".utf8)], personal: true) }
    #expect(try String(contentsOfFile: "\(dir)/plan.md", encoding: .utf8) == "someone else's")
  }

  @Test("files with personal data are written 0600")
  func personal() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let d = try #require(ExportDestination.choose("plan", extensions: ["md", "html"], folder: dir))
    let written = try d.write([Data("a".utf8), Data("b".utf8)], personal: true)
    #expect(written == d.paths)
    for path in written {
      let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
      #expect(mode & 0o777 == 0o600, "\(path)")
    }
  }

  @Test("the plan file to take home keeps what the visitor entered and the plan's id, not a half-typed field")
  func takeHome() throws {
    let (answers, data) = try Fixtures.answers("kommun: Umeå\nbusiness_type: cafe\ndata:\n  namn: Test Testsson\n")
    var document = PlanDocument(
      contentVersion: "x", created: Fixtures.today, updated: Fixtures.today, language: .sv, answers: answers,
      data: data, cases: ["musiklicens": CaseRecord(state: .granted)], snapshot: [:])
    document.draft = PlanDocument.Draft(kind: .data, id: "telefon", text: "090-")
    let home = document.forTakingHome(droppingAnswers: ["kommun"])
    #expect(home.draft == nil)
    #expect(home.answers["kommun"] == nil && home.answers["business_type"] != nil)
    #expect(home.data == document.data && home.cases == document.cases)
    #expect(home.planID == document.exportID)
    #expect(document.forTakingHome().answers == document.answers)
  }
}
