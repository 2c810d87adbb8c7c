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
  /// When a form asks for it at all (e.g. a vehicle's registration number only for a vehicle);
  /// nil means whenever a step in the plan lists it. Unknown counts as asked.
  public var appliesWhen: Condition? = nil
  /// The interview question whose answer is this item's value (e.g. `company_form`), used
  /// when the founder has not typed one.
  public var fromAnswer: String? = nil
  /// Where it is defined.
  public var location: SourceLocation
}
