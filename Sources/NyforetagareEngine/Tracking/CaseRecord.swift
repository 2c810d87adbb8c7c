/// Where one step's case stands, as the founder records it.
public struct CaseRecord: Sendable, Hashable, Codable {
  /// The state of a case.
  public enum State: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not started (att göra).
    case notStarted = "not_started"
    /// Being prepared (förbereder).
    case preparing
    /// Sent in (inskickad), with a date and a reference number.
    case submitted
    /// The authority asked for more (komplettering begärd).
    case supplementRequested = "supplement_requested"
    /// Granted or done (beviljad / klar).
    case granted
    /// Refused (avslag).
    case refused
    /// Not relevant, with the founder's reason (inte aktuellt).
    case notApplicable = "not_applicable"
  }

  /// The state.
  public var state: State
  /// The day it was sent in.
  public var submitted: Day?
  /// The authority's reference number (diarienummer).
  public var reference: String?
  /// The day a completion was asked for.
  public var supplementRequested: Day?
  /// The day of the decision (granted or refused) or the day it was done.
  public var decided: Day?
  /// The founder's reason when not applicable.
  public var reason: String?
  /// A note.
  public var note: String?
  /// The case officer's name and contact.
  public var contact: String?

  /// Creates a record.
  public init(
    state: State = .notStarted, submitted: Day? = nil, reference: String? = nil,
    supplementRequested: Day? = nil, decided: Day? = nil, reason: String? = nil, note: String? = nil,
    contact: String? = nil
  ) {
    self.state = state
    self.submitted = submitted
    self.reference = reference
    self.supplementRequested = supplementRequested
    self.decided = decided
    self.reason = reason
    self.note = note
    self.contact = contact
  }

  /// Whether the case counts as done for the steps that require it.
  public var satisfiesDependents: Bool { state == .granted || state == .notApplicable }

  /// Whether the case is waiting for the authority.
  public var isPending: Bool { state == .submitted || state == .supplementRequested }

  /// Checks the record: dates in order and present where the state needs them. Returns what is
  /// wrong, naming the field, or nil.
  public func problem(today: Day) -> LocalizedText? {
    switch state {
    case .submitted where submitted == nil:
      return LocalizedText(sv: "Ange dagen då ärendet skickades in.", en: "Give the day the case was sent in.")
    case .supplementRequested where supplementRequested == nil:
      return LocalizedText(
        sv: "Ange dagen då kompletteringen begärdes.", en: "Give the day the completion was requested.")
    case .granted where decided == nil, .refused where decided == nil:
      return LocalizedText(sv: "Ange dagen för beslutet.", en: "Give the day of the decision.")
    case .notApplicable where (reason ?? "").isEmpty:
      return LocalizedText(sv: "Skriv varför steget inte är aktuellt.", en: "Write why the step does not apply.")
    default:
      break
    }
    for day in [submitted, supplementRequested, decided].compactMap({ $0 }) where day > today {
      return LocalizedText(sv: "Datumet \(day.iso) ligger i framtiden.", en: "The date \(day.iso) is in the future.")
    }
    if let s = submitted, let d = decided, d < s {
      return LocalizedText(
        sv: "Beslutet kan inte komma före inskickandet.", en: "The decision cannot come before the case was sent in.")
    }
    if let s = submitted, let c = supplementRequested, c < s {
      return LocalizedText(
        sv: "Kompletteringen kan inte begäras före inskickandet.",
        en: "A completion cannot be requested before sending in.")
    }
    return nil
  }
}
