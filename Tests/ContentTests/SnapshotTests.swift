import EmbeddedContent
import Foundation
import NyforetagareEngine
import TestSupport
import Testing

@Suite("The embedded snapshot")
struct SnapshotTests {
  @Test("the snapshot built into the program is exactly the landscape the YAML gives")
  func matchesYAML() throws {
    let embedded = try #require(EmbeddedContent.snapshot, "the build embedded no snapshot (content errors?)")
    #expect(embedded == LandscapeSnapshot.encode(Fixtures.landscape))
  }

  @Test("decoding and encoding again gives the same bytes, and the same plans")
  func roundTrip() throws {
    let bytes = LandscapeSnapshot.encode(Fixtures.landscape)
    let decoded = try #require(LandscapeSnapshot.decode(bytes))
    #expect(LandscapeSnapshot.encode(decoded) == bytes)
    let (answers, data) = try Fixtures.answers("kommun: Malmö\nbusiness_type: restaurant\nalcohol: public\n")
    let a = try Planner.plan(Fixtures.landscape, answers: answers, data: data, today: Fixtures.today)
    let b = try Planner.plan(decoded, answers: answers, data: data, today: Fixtures.today)
    #expect(a.entries.map(\.step.id) == b.entries.map(\.step.id))
    #expect(a.entries.map(\.done) == b.entries.map(\.done))
    #expect(a.notNeeded.map(\.step.id) == b.notNeeded.map(\.step.id))
  }

  @Test("the snapshot read in place from the program's data is the same landscape")
  func inPlace() throws {
    let bytes = try #require(EmbeddedContent.snapshotBytes)
    let decoded = try #require(LandscapeSnapshot.decode(bytes))
    #expect(LandscapeSnapshot.encode(decoded) == LandscapeSnapshot.encode(Fixtures.landscape))
  }

  @Test("the lint result built into the program is what linting the embedded files finds now")
  func lintMatches() {
    let live = ContentLoader.load(Fixtures.contentFiles).diagnostics.sorted
    let embedded = EmbeddedContent.lint.map { d in
      Diagnostic(
        d.isError ? .error : .warning, d.message,
        at: d.file.map { SourceLocation(file: $0, line: d.line, column: d.column) })
    }
    #expect(embedded == live)
  }

  @Test("the embedded files are the YAML files of Content/, byte for byte")
  func filesMatchDisk() throws {
    let root = Fixtures.packageRoot.appendingPathComponent("Content").path
    let disk = try ContentLoader.files(inDirectory: root)
    let embedded = EmbeddedContent.files
    #expect(embedded.map(\.path) == disk.map(\.relativePath).sorted())
    let texts = Dictionary(disk.map { ($0.relativePath, $0.text) }, uniquingKeysWith: { a, _ in a })
    for file in embedded { #expect(texts[file.path] == file.text, "\(file.path)") }
  }

  @Test("bytes that are not a snapshot are refused, not trusted")
  func malformed() {
    #expect(LandscapeSnapshot.decode([]) == nil)
    #expect(LandscapeSnapshot.decode([2, 0, 0]) == nil)
    var bytes = LandscapeSnapshot.encode(Fixtures.landscape)
    bytes.removeLast(10)
    #expect(LandscapeSnapshot.decode(bytes) == nil)
  }
}
