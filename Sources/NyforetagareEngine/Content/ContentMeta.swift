/// The version and date of a content edition.
public struct ContentMeta: Sendable, Hashable {
  /// The version, e.g. "2026.11.1".
  public var version: String
  /// The date it was last checked.
  public var date: Day
  /// The line telling the reader to confirm with the authority.
  public var disclaimer: LocalizedText
}
