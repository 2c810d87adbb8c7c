import EmbeddedContent
import Foundation
import TestSupport
import Testing

@testable import NyforetagareEngine

@Suite("The snapshot's texts and kommun profiles, read when asked for")
struct LazySnapshotTests {
  /// The embedded snapshot decoded in place, as the program does.
  private func embedded() throws -> Landscape {
    let bytes = try #require(EmbeddedContent.snapshotBytes)
    return try #require(LandscapeSnapshot.decode(inPlace: bytes))
  }

  @Test("every kommun profile read on demand is the YAML's, and so are the names and counts")
  func profilesOnDemand() throws {
    let lazy = try embedded()
    let yaml = Fixtures.landscape
    #expect(lazy.profiles.stored != nil, "the snapshot's profiles are read on demand")
    #expect(lazy.profiles.keys == yaml.profiles.keys)
    #expect(lazy.profiles.count == yaml.profiles.count)
    #expect(lazy.profiles.isEmpty == yaml.profiles.isEmpty)
    for name in yaml.profiles.keys {
      #expect(lazy.profiles[name] == yaml.profiles[name], "\(name)")
      #expect(lazy.profiles[name] == lazy.profiles[name], "\(name): read twice")
    }
    #expect(lazy.profiles["Ingen sådan kommun"] == nil)
    #expect(lazy.profiles.values == yaml.profiles.values)
    #expect(lazy.profiles.dictionary == yaml.profiles.dictionary)
  }

  @Test("the published typical handling times kept apart are the profiles' own, for every step")
  func publishedFigures() throws {
    let lazy = try embedded()
    let yaml = Fixtures.landscape
    let ids = Set(yaml.steps.map(\.id) + yaml.profiles.values.flatMap(\.steps.keys))
    var some = 0
    for id in ids.sorted() {
      let kept = lazy.profiles.publishedTypicalDays(step: id)
      let read = yaml.profiles.publishedTypicalDays(step: id)
      #expect(kept.map(\.kommun) == read.map(\.kommun), "\(id)")
      #expect(kept.map(\.days) == read.map(\.days), "\(id)")
      some += kept.count
    }
    #expect(some > 0, "the content publishes some kommun handling times")
  }

  @Test("a figure resolved from the snapshot is the one resolved from the YAML, for every step and kommun")
  func sameFigures() throws {
    let lazy = try embedded()
    let yaml = Fixtures.landscape
    for kommun in [nil, "Malmö", "Göteborg", "Knivsta", "Kiruna"] + yaml.profiles.keys {
      for step in yaml.steps {
        #expect(
          FigureResolver.resolve(step, kommun: kommun, in: lazy)
            == FigureResolver.resolve(step, kommun: kommun, in: yaml), "\(step.id) in \(kommun ?? "-")")
      }
    }
  }

  @Test("changing a profile of a snapshot's landscape reads the others first and keeps them")
  func changeReadsAll() throws {
    var lazy = try embedded()
    let yaml = Fixtures.landscape
    let name = try #require(yaml.profiles.keys.first)
    lazy.profiles[name] = nil
    #expect(lazy.profiles.stored == nil)
    #expect(lazy.profiles.count == yaml.profiles.count - 1)
    for other in yaml.profiles.keys.dropFirst() { #expect(lazy.profiles[other] == yaml.profiles[other]) }
  }

  @Test("texts read from the snapshot equal, hash and encode as the YAML's; a changed one is plain")
  func texts() throws {
    let lazy = try embedded()
    let yaml = Fixtures.landscape
    #expect(lazy.steps.count == yaml.steps.count)
    for (a, b) in zip(lazy.steps, yaml.steps) {
      #expect(a == b, "\(a.id)")
      #expect(a.hashValue == b.hashValue, "\(a.id)")
      #expect(a.title.sv == b.title.sv && a.title.en == b.title.en && a.why[.en] == b.why[.en])
    }
    for (a, b) in zip(lazy.questions, yaml.questions) { #expect(a.label == b.label && a.text == b.text) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let title = try #require(lazy.steps.first?.title)
    #expect(
      try encoder.encode(title) == encoder.encode(["sv": title.sv, "en": title.en]),
      "the same JSON as the synthesized Codable")
    #expect(try JSONDecoder().decode(LocalizedText.self, from: encoder.encode(title)) == title)
    var changed = title
    changed.en = "Another title"
    #expect(changed.sv == title.sv && changed.en == "Another title" && changed != title)
  }

  @Test("a damaged kommun profile in bytes from outside the program is refused when decoded")
  func damagedProfile() throws {
    var bytes = LandscapeSnapshot.encode(Fixtures.landscape)
    let places = try bytes.withUnsafeBytes { raw -> [Range<Int>] in
      let landscape = try #require(LandscapeSnapshot.decode(inPlace: raw))
      return try #require(landscape.profiles.stored).places
    }
    let malmo = try #require(Fixtures.landscape.profiles.keys.firstIndex(of: "Malmö"))
    let place = places[malmo]
    // The profile's first field names its kommun: another string there is another profile.
    let original = bytes[place.lowerBound]
    bytes[place.lowerBound] = original == 2 ? 4 : 2
    #expect(LandscapeSnapshot.decode(bytes) == nil)
    bytes[place.lowerBound] = original
    #expect(LandscapeSnapshot.decode(bytes) != nil)
    // Any one byte of the profile overwritten: refused or read, never a crash.
    for i in place where i % 7 == 0 {
      var damaged = bytes
      damaged[i] = 0xFF
      _ = LandscapeSnapshot.decode(damaged)
    }
  }

  @Test("a string table that points outside the snapshot is refused")
  func damagedTable() throws {
    var bytes = LandscapeSnapshot.encode(Fixtures.landscape)
    // The version (1 byte), the string count (a varint), then the strings' 32-bit end offsets.
    var count = 0
    var at = 1
    var shift = 0
    while bytes[at] & 0x80 != 0 {
      count |= Int(bytes[at] & 0x7F) << shift
      shift += 7
      at += 1
    }
    count |= Int(bytes[at]) << shift
    #expect(count / 2 > 100)
    let last = at + 1 + 4 * (count / 2 - 1)
    bytes[last + 3] = 0x7F
    #expect(LandscapeSnapshot.decode(bytes) == nil)
  }
}
