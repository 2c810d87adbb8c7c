import Synchronization

/// The kommun profiles of a snapshot, each read the first time it is asked for and then kept.
/// The snapshot's profile index gives each profile's name and place, and the published typical
/// handling times per step (what a range from several kommuner's figures needs), so asking for
/// those reads no profile.
final class StoredProfiles: Sendable {
  /// The kommun names, sorted.
  let names: [String]
  /// Published typical handling times by step id, sorted by kommun name.
  let typicalDays: [String: [(kommun: String, days: Int)]]
  private let strings: SnapshotStrings
  private let index: [String: Int]
  let places: [Range<Int>]
  private let read: Mutex<[Int: KommunProfile]> = Mutex([:])

  init(
    strings: SnapshotStrings, names: [String], places: [Range<Int>],
    typicalDays: [String: [(kommun: String, days: Int)]]
  ) {
    self.strings = strings
    self.names = names
    self.places = places
    self.typicalDays = typicalDays
    var index: [String: Int] = [:]
    index.reserveCapacity(names.count)
    for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
    self.index = index
  }

  /// The profile of a kommun, nil when it has none.
  func profile(_ kommun: String) -> KommunProfile? {
    guard let i = index[kommun] else { return nil }
    return profile(at: i)
  }

  /// Every profile, by kommun name.
  var all: [String: KommunProfile] {
    var result: [String: KommunProfile] = [:]
    result.reserveCapacity(names.count)
    for (i, name) in names.enumerated() where result[name] == nil { result[name] = profile(at: i) }
    return result
  }

  /// Whether every profile reads (for bytes from outside the program, checked before use).
  var allRead: Bool {
    names.indices.allSatisfy { decode($0) != nil }
  }

  private func profile(at i: Int) -> KommunProfile {
    if let done = read.withLock({ $0[i] }) { return done }
    // The program's own snapshot is checked when it is built (and bytes from elsewhere by
    // `allRead` when decoded), so a profile that does not read means the binary is damaged.
    guard let profile = decode(i) else {
      fatalError("the content snapshot in this program is damaged (kommun profile \(names[i])); reinstall it")
    }
    read.withLock { $0[i] = profile }
    return profile
  }

  private func decode(_ i: Int) -> KommunProfile? {
    let place = places[i]
    var r = ByteReader(UnsafeRawBufferPointer(rebasing: strings.bytes[place]), strings: strings)
    guard let profile = try? LandscapeSnapshot.profile(&r), r.atEnd, profile.kommun == names[i] else { return nil }
    return profile
  }
}
