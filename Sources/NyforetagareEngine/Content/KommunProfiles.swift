/// The kommun profiles of a landscape, by kommun name: a dictionary, except that a landscape
/// decoded from a ``LandscapeSnapshot`` reads a profile only when it is asked for (a plan uses
/// one kommun's). Changing an entry first reads them all.
public struct KommunProfiles: Sendable, ExpressibleByDictionaryLiteral {
  private var profiles: [String: KommunProfile]
  /// The snapshot's profiles, read on demand; nil once the profiles are a plain dictionary.
  private(set) var stored: StoredProfiles?

  /// The profiles of a dictionary.
  public init(_ profiles: [String: KommunProfile] = [:]) {
    self.profiles = profiles
    stored = nil
  }

  /// The profiles of a dictionary literal (the last of repeated names wins).
  public init(dictionaryLiteral elements: (String, KommunProfile)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { _, b in b }))
  }

  /// Profiles read from a snapshot when asked for.
  init(stored: StoredProfiles) {
    profiles = [:]
    self.stored = stored
  }

  /// The profile of a kommun (by its name as the profile gives it), nil when it has none.
  public subscript(kommun: String) -> KommunProfile? {
    get { stored.map { $0.profile(kommun) } ?? profiles[kommun] }
    set {
      profiles = dictionary
      stored = nil
      profiles[kommun] = newValue
    }
  }

  /// Every profile, by kommun name.
  public var dictionary: [String: KommunProfile] { stored?.all ?? profiles }

  /// The kommun names, sorted.
  public var keys: [String] { stored?.names ?? profiles.keys.sorted() }

  /// Every profile, in the order of ``keys``.
  public var values: [KommunProfile] {
    if let stored { return stored.names.compactMap { stored.profile($0) } }
    return profiles.keys.sorted().compactMap { profiles[$0] }
  }

  /// How many kommuner have a profile.
  public var count: Int { stored?.names.count ?? profiles.count }

  /// Whether no kommun has a profile.
  public var isEmpty: Bool { count == 0 }

  /// The typical handling times that kommuner's profiles publish for a step (only figures
  /// that give a typical time, not a service promise's longest time alone), by kommun name,
  /// sorted by name. A snapshot keeps these apart, so no profile is read for them.
  public func publishedTypicalDays(step: String) -> [(kommun: String, days: Int)] {
    if let stored { return stored.typicalDays[step] ?? [] }
    return Self.typicalDays(step: step, in: profiles.values)
  }

  /// The published typical handling times for a step in these profiles, sorted by kommun.
  static func typicalDays(step: String, in profiles: some Sequence<KommunProfile>) -> [(kommun: String, days: Int)] {
    var result: [(kommun: String, days: Int)] = []
    for profile in profiles {
      if let h = profile.steps[step]?.handling, h.typicalGiven { result.append((profile.kommun, h.typicalDays)) }
    }
    return result.sorted { $0.kommun < $1.kommun }
  }
}
