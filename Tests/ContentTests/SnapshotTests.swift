import EmbeddedContent
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

  @Test("bytes that are not a snapshot are refused, not trusted")
  func malformed() {
    #expect(LandscapeSnapshot.decode([]) == nil)
    #expect(LandscapeSnapshot.decode([2, 0, 0]) == nil)
    var bytes = LandscapeSnapshot.encode(Fixtures.landscape)
    bytes.removeLast(10)
    #expect(LandscapeSnapshot.decode(bytes) == nil)
  }
}
