/// Something a founder must do, apply for, notify, keep or sign.
public struct Step: Sendable, Hashable, Identifiable {
  /// What sort of step it is.
  public enum Kind: String, Sendable, CaseIterable {
    case permit, registration, notification, duty, contract, support, milestone, task
  }

  /// Whether a step comes before or after opening.
  public enum Phase: String, Sendable, CaseIterable {
    case beforeOpening = "before_opening"
    case afterOpening = "after_opening"
  }

  /// How firm the facts of a step are.
  public enum Certainty: String, Sendable, CaseIterable {
    case confirmed, practice, uncertain
  }

  /// A step that must be done first, with an optional wait after it.
  public struct Requirement: Sendable, Hashable {
    /// The step required.
    public var step: String
    /// Days to wait after it is done.
    public var lagDays: Int
    /// Why the wait.
    public var note: LocalizedText?
    /// Where it is written.
    public var location: SourceLocation
    /// Which event of the required step is waited for: its decision (the default) or the day
    /// it is sent in.
    public var event: StepEvent = .decided
    /// What of this step waits: its start (the default) or only its decision.
    public var gates: StepEvent = .submitted
    /// When the requirement holds; nil means always (an unknown answer keeps it).
    public var when: Condition?
  }

  /// A reference to a law or regulation.
  public struct LegalReference: Sendable, Hashable {
    /// The reference, e.g. "Alkohollagen (2010:1622) 8 kap. 2 §".
    public var ref: String
    /// Where to read it.
    public var url: String?
  }

  /// Where and how to apply.
  public struct Apply: Sendable, Hashable {
    /// Where.
    public var whereText: LocalizedText?
    /// How.
    public var how: LocalizedText?
    /// The e-service's address.
    public var eService: String?
  }

  /// The step's id.
  public var id: String
  /// Its title.
  public var title: LocalizedText
  /// Who handles it.
  public var actor: String
  /// What sort of step it is.
  public var kind: Kind
  /// Before or after opening.
  public var phase: Phase
  /// What it is.
  public var summary: LocalizedText?
  /// Why it applies, in plain words.
  public var why: LocalizedText
  /// Why it may not apply.
  public var whyNot: LocalizedText?
  /// When it applies; nil means always.
  public var appliesWhen: Condition?
  /// When it counts as already done.
  public var doneWhen: Condition?
  /// The steps that must be done first.
  public var requires: [Requirement]
  /// Handling times and deadlines.
  public var timing: Timing
  /// The fee.
  public var fee: Fee?
  /// The legal basis.
  public var legalBasis: [LegalReference]
  /// Why there is no legal basis (private steps).
  public var legalBasisNone: LocalizedText?
  /// What is required.
  public var requirements: [LocalizedText]
  /// What to attach.
  public var documents: [LocalizedText]
  /// The data items its form asks for.
  public var data: [String]
  /// Where and how to apply.
  public var apply: Apply?
  /// Source URLs.
  public var sources: [String]
  /// How firm the facts are.
  public var certainty: Certainty
  /// What is uncertain.
  public var uncertainty: LocalizedText?
  /// Where it is defined.
  public var location: SourceLocation
  /// Whether the step is a free choice (a loan, a support, a voluntary registration): never
  /// proposed as a first action.
  public var optional: Bool = false
  /// Made once for the founder's kommun and once for each other kommun in a list answer
  /// (`per_kommun`; e.g. a catering licence in each kommun served). See ``PerKommun``.
  public var perKommun: PerKommunRule? = nil

  /// The list answer a step is made per kommun of, and where the field is.
  public struct PerKommunRule: Sendable, Hashable {
    /// The `kommun_list` question.
    public var question: String
    /// Where it is written.
    public var location: SourceLocation
  }
}
