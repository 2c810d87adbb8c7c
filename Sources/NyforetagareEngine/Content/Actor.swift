/// An authority or private party that a founder deals with.
public struct Actor: Sendable, Hashable, Identifiable {
  /// Where an actor sits.
  public enum Level: String, Sendable, CaseIterable {
    case kommun, region, state, `private`
  }

  /// The actor's id.
  public var id: String
  /// Its name.
  public var name: LocalizedText
  /// Kommun, region, state or private.
  public var level: Level
  /// Its web site, if any.
  public var url: String?
  /// Where it is defined.
  public var location: SourceLocation
}
