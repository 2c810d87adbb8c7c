/// Text a founder reads, in Swedish and English.
///
/// A text decoded from a ``LandscapeSnapshot`` keeps only its place in the snapshot's string
/// table and makes each language's `String` when it is read: a run reads one language of the
/// texts it shows, not every text of the content in both.
public struct LocalizedText: Sendable, Hashable, Codable {
  private enum Storage: Sendable {
    case strings(sv: String, en: String)
    case snapshot(SnapshotStrings, sv: Int32, en: Int32)
  }

  private var storage: Storage

  /// The Swedish text.
  public var sv: String {
    get {
      switch storage {
      case .strings(let sv, _): return sv
      case .snapshot(let table, let sv, _): return table.string(Int(sv))
      }
    }
    set { storage = .strings(sv: newValue, en: en) }
  }

  /// The English text.
  public var en: String {
    get {
      switch storage {
      case .strings(_, let en): return en
      case .snapshot(let table, _, let en): return table.string(Int(en))
      }
    }
    set { storage = .strings(sv: sv, en: newValue) }
  }

  /// Creates a text from its Swedish and English versions.
  public init(sv: String, en: String) {
    storage = .strings(sv: sv, en: en)
  }

  /// A text read from a snapshot's string table when asked for (indices checked by the caller).
  init(_ table: SnapshotStrings, sv: Int, en: Int) {
    storage = .snapshot(table, sv: Int32(truncatingIfNeeded: sv), en: Int32(truncatingIfNeeded: en))
  }

  /// The text in the given language.
  public func text(_ language: Language) -> String {
    switch language {
    case .sv: return sv
    case .en: return en
    }
  }

  /// The text in the given language (shorthand for ``text(_:)``).
  public subscript(_ language: Language) -> String { text(language) }

  public static func == (a: LocalizedText, b: LocalizedText) -> Bool {
    if case .snapshot(let t, let sv, let en) = a.storage, case .snapshot(let u, let sv2, let en2) = b.storage,
      t === u, sv == sv2, en == en2
    {
      return true
    }
    return a.sv == b.sv && a.en == b.en
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(sv)
    hasher.combine(en)
  }

  private enum CodingKeys: String, CodingKey { case sv, en }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(sv: try c.decode(String.self, forKey: .sv), en: try c.decode(String.self, forKey: .en))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(sv, forKey: .sv)
    try c.encode(en, forKey: .en)
  }
}
