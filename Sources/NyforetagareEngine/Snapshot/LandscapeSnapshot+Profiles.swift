/// The snapshot's kommun profiles: an index (each profile's kommun name and length, and the
/// published typical handling times per step), then the profiles one after the other, each
/// read only when asked for (``StoredProfiles``).
extension LandscapeSnapshot {
  static func profiles(_ w: inout ByteWriter, _ profiles: [KommunProfile]) {
    let sorted = profiles.sorted { $0.kommun < $1.kommun }
    var block = w.section()
    var lengths: [Int] = []
    for p in sorted {
      let start = block.bytes.count
      profile(&block, p)
      lengths.append(block.bytes.count - start)
    }
    w.adopt(block)
    w.int(sorted.count)
    for (p, length) in zip(sorted, lengths) {
      w.string(p.kommun)
      w.int(length)
    }
    let stepIDs = Set(sorted.flatMap(\.steps.keys)).sorted()
    let figures = stepIDs.map { ($0, KommunProfiles.typicalDays(step: $0, in: sorted)) }.filter { !$0.1.isEmpty }
    w.array(figures) { w, entry in
      w.string(entry.0)
      w.array(entry.1) { w, f in
        w.string(f.kommun)
        w.int(f.days)
      }
    }
    w.int(block.bytes.count)
    w.raw(block.bytes)
  }

  static func profiles(_ r: inout ByteReader, _ strings: SnapshotStrings) throws(ByteReader.Malformed) -> StoredProfiles
  {
    let index: [(String, Int)] = try r.array { r throws(ByteReader.Malformed) in (try r.string(), try r.int()) }
    let figures: [(String, [(kommun: String, days: Int)])] = try r.array { r throws(ByteReader.Malformed) in
      (
        try r.string(),
        try r.array { r throws(ByteReader.Malformed) in (kommun: try r.string(), days: try r.int()) }
      )
    }
    let block = try r.skip(try r.int())
    var places: [Range<Int>] = []
    places.reserveCapacity(index.count)
    var start = block.lowerBound
    for (_, length) in index {
      guard length >= 0, length <= block.upperBound - start else { throw ByteReader.Malformed() }
      places.append(start..<(start + length))
      start += length
    }
    guard start == block.upperBound else { throw ByteReader.Malformed() }
    return StoredProfiles(
      strings: strings, names: index.map(\.0), places: places,
      typicalDays: Dictionary(figures, uniquingKeysWith: { a, _ in a }))
  }

  static func profile(_ w: inout ByteWriter, _ p: KommunProfile) {
    w.string(p.kommun)
    w.optional(p.updated) { $0.int($1.daysSinceEpoch) }
    w.array(p.sources) { $0.string($1) }
    w.array(p.steps.keys.sorted()) { w, id in
      w.string(id)
      let o =
        p.steps[id]
        ?? KommunProfile.StepOverride(
          fee: nil, handling: nil, eService: nil, contact: nil, note: nil, location: p.location)
      w.optional(o.fee, fee)
      w.optional(o.handling, handling)
      w.optional(o.eService) { $0.string($1) }
      w.optional(o.contact, text)
      w.optional(o.note, text)
      location(&w, o.location)
      w.array(o.seasons, season)
      w.optional(o.window, window)
    }
    location(&w, p.location)
  }

  static func profile(_ r: inout ByteReader) throws(ByteReader.Malformed) -> KommunProfile {
    let kommun = try r.string()
    let updated = try r.optional { r throws(ByteReader.Malformed) in Day(daysSinceEpoch: try r.int()) }
    let sources = try r.array { r throws(ByteReader.Malformed) in try r.string() }
    let overrides: [(String, KommunProfile.StepOverride)] = try r.array { r throws(ByteReader.Malformed) in
      let id = try r.string()
      var o = KommunProfile.StepOverride(
        fee: try r.optional(fee), handling: try r.optional(handling),
        eService: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
        contact: try r.optional(text), note: try r.optional(text), location: try location(&r))
      o.seasons = try r.array(season)
      o.window = try r.optional(window)
      return (id, o)
    }
    return KommunProfile(
      kommun: kommun, updated: updated, sources: sources,
      steps: Dictionary(overrides, uniquingKeysWith: { a, _ in a }), location: try location(&r))
  }
}
