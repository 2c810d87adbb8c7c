/// One of Sweden's 290 kommuner.
public struct Kommun: Sendable, Hashable, Identifiable {
  /// The SCB code, e.g. "1280".
  public var code: String
  /// The name, e.g. "Malmö".
  public var name: String
  /// The län's name.
  public var lan: String
  /// The räddningstjänst serving it, where a source gives it.
  public var raddningstjanst: String?
  /// The source for the räddningstjänst.
  public var raddningstjanstSource: String?
  /// Whether the name is also an everyday word ("Mark", "Vara"): text lint then counts it as
  /// the kommun only in forms such as "Mark kommun", "Marks kommun" or "(Mark)". Not kept in
  /// the embedded snapshot (only lint reads it).
  public var isCommonWord = false
  /// Where it is defined.
  public var location: SourceLocation

  public var id: String { code }
}

/// A kommun's own fees, handling times, e-services and contacts.
public struct KommunProfile: Sendable, Hashable {
  /// What one kommun says about one step.
  public struct StepOverride: Sendable, Hashable {
    /// Its fee.
    public var fee: Fee?
    /// Its handling time.
    public var handling: HandlingTime?
    /// Its e-service.
    public var eService: String?
    /// Its contact.
    public var contact: LocalizedText?
    /// A note.
    public var note: LocalizedText?
    /// Where it is written.
    public var location: SourceLocation
    /// The seasons the kommun grants this permit for, if it grants per season.
    public var seasons: [Season] = []
    /// The kommun's own window for sending the step in, replacing the national one's bounds.
    public var window: TimingWindow?
  }

  /// The kommun's name.
  public var kommun: String
  /// When the profile was last checked.
  public var updated: Day?
  /// Sources.
  public var sources: [String]
  /// Overrides by step id.
  public var steps: [String: StepOverride]
  /// Where it is defined.
  public var location: SourceLocation
}
