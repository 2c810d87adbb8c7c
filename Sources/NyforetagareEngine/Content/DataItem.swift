/// A piece of data that one or more application forms ask for, defined once.
public struct DataItem: Sendable, Hashable, Identifiable {
  /// What kind of value a data item holds, which decides how it is validated.
  public enum Kind: String, Sendable, CaseIterable {
    case text, longtext, personnummer, organisationsnummer, fastighetsbeteckning
    case postnummer, email, phone, date, integer, number, document
  }

  /// The item's id.
  public var id: String
  /// What the founder sees.
  public var label: LocalizedText
  /// Its kind.
  public var kind: DataItem.Kind
  /// Whether it is personal data (never left on a kiosk).
  public var isPersonal: Bool
  /// Help text, if any.
  public var help: LocalizedText?
  /// A grouping for the data sheet: company, person, premises, operation, documents.
  public var group: String
  /// Where it is defined.
  public var location: SourceLocation
}
