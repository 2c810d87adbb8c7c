/// Something a founder must do, apply for, notify, keep or sign.
public struct Step: Sendable, Hashable, Identifiable {
  /// The fields, shared between copies until one of them changes (``CopyOnWrite``): a step is
  /// copied into every assessment, plan entry and duty, and a copy is then one reference, not
  /// every string and array of the step retained one by one.
  private var storage: CopyOnWrite<Fields>

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

  /// Creates a step.
  public init(
    id: String, title: LocalizedText, actor: String, kind: Kind, phase: Phase, summary: LocalizedText?,
    why: LocalizedText, whyNot: LocalizedText?, appliesWhen: Condition?, doneWhen: Condition?, requires: [Requirement],
    timing: Timing, fee: Fee?, legalBasis: [LegalReference], legalBasisNone: LocalizedText?,
    requirements: [LocalizedText], documents: [LocalizedText], data: [String], apply: Apply?, sources: [String],
    certainty: Certainty, uncertainty: LocalizedText?, location: SourceLocation, optional: Bool = false,
    perKommun: PerKommunRule? = nil
  ) {
    storage = CopyOnWrite(
      Fields(
        id: id, title: title, actor: actor, kind: kind, phase: phase, summary: summary, why: why, whyNot: whyNot,
        appliesWhen: appliesWhen, doneWhen: doneWhen, requires: requires, timing: timing, fee: fee,
        legalBasis: legalBasis, legalBasisNone: legalBasisNone, requirements: requirements, documents: documents,
        data: data, apply: apply, sources: sources, certainty: certainty, uncertainty: uncertainty, location: location,
        optional: optional, perKommun: perKommun))
  }

  /// The step's id.
  public var id: String {
    _read { yield storage.value.id }
    set { storage.value.id = newValue }
  }
  /// Its title.
  public var title: LocalizedText {
    _read { yield storage.value.title }
    set { storage.value.title = newValue }
  }
  /// Who handles it.
  public var actor: String {
    _read { yield storage.value.actor }
    set { storage.value.actor = newValue }
  }
  /// What sort of step it is.
  public var kind: Kind {
    _read { yield storage.value.kind }
    set { storage.value.kind = newValue }
  }
  /// Before or after opening.
  public var phase: Phase {
    _read { yield storage.value.phase }
    set { storage.value.phase = newValue }
  }
  /// What it is.
  public var summary: LocalizedText? {
    _read { yield storage.value.summary }
    set { storage.value.summary = newValue }
  }
  /// Why it applies, in plain words.
  public var why: LocalizedText {
    _read { yield storage.value.why }
    set { storage.value.why = newValue }
  }
  /// Why it may not apply.
  public var whyNot: LocalizedText? {
    _read { yield storage.value.whyNot }
    set { storage.value.whyNot = newValue }
  }
  /// When it applies; nil means always.
  public var appliesWhen: Condition? {
    _read { yield storage.value.appliesWhen }
    set { storage.value.appliesWhen = newValue }
  }
  /// When it counts as already done.
  public var doneWhen: Condition? {
    _read { yield storage.value.doneWhen }
    set { storage.value.doneWhen = newValue }
  }
  /// The steps that must be done first.
  public var requires: [Requirement] {
    _read { yield storage.value.requires }
    set { storage.value.requires = newValue }
  }
  /// Handling times and deadlines.
  public var timing: Timing {
    _read { yield storage.value.timing }
    set { storage.value.timing = newValue }
  }
  /// The fee.
  public var fee: Fee? {
    _read { yield storage.value.fee }
    set { storage.value.fee = newValue }
  }
  /// The legal basis.
  public var legalBasis: [LegalReference] {
    _read { yield storage.value.legalBasis }
    set { storage.value.legalBasis = newValue }
  }
  /// Why there is no legal basis (private steps).
  public var legalBasisNone: LocalizedText? {
    _read { yield storage.value.legalBasisNone }
    set { storage.value.legalBasisNone = newValue }
  }
  /// What is required.
  public var requirements: [LocalizedText] {
    _read { yield storage.value.requirements }
    set { storage.value.requirements = newValue }
  }
  /// What to attach.
  public var documents: [LocalizedText] {
    _read { yield storage.value.documents }
    set { storage.value.documents = newValue }
  }
  /// The data items its form asks for.
  public var data: [String] {
    _read { yield storage.value.data }
    set { storage.value.data = newValue }
  }
  /// Where and how to apply.
  public var apply: Apply? {
    _read { yield storage.value.apply }
    set { storage.value.apply = newValue }
  }
  /// Source URLs.
  public var sources: [String] {
    _read { yield storage.value.sources }
    set { storage.value.sources = newValue }
  }
  /// How firm the facts are.
  public var certainty: Certainty {
    _read { yield storage.value.certainty }
    set { storage.value.certainty = newValue }
  }
  /// What is uncertain.
  public var uncertainty: LocalizedText? {
    _read { yield storage.value.uncertainty }
    set { storage.value.uncertainty = newValue }
  }
  /// Where it is defined.
  public var location: SourceLocation {
    _read { yield storage.value.location }
    set { storage.value.location = newValue }
  }
  /// Whether the step is a free choice (a loan, a support, a voluntary registration): never
  /// proposed as a first action.
  public var optional: Bool {
    _read { yield storage.value.optional }
    set { storage.value.optional = newValue }
  }
  /// Made once for the founder's kommun and once for each other kommun in a list answer
  /// (`per_kommun`; e.g. a catering licence in each kommun served). See ``PerKommun``.
  public var perKommun: PerKommunRule? {
    _read { yield storage.value.perKommun }
    set { storage.value.perKommun = newValue }
  }

  /// The list answer a step is made per kommun of, and where the field is.
  public struct PerKommunRule: Sendable, Hashable {
    /// The `kommun_list` question.
    public var question: String
    /// Where it is written.
    public var location: SourceLocation
  }
}

extension Step {
  /// A step's fields (see the properties of ``Step`` for what each is).
  struct Fields: Sendable, Hashable {
    var id: String
    var title: LocalizedText
    var actor: String
    var kind: Kind
    var phase: Phase
    var summary: LocalizedText?
    var why: LocalizedText
    var whyNot: LocalizedText?
    var appliesWhen: Condition?
    var doneWhen: Condition?
    var requires: [Requirement]
    var timing: Timing
    var fee: Fee?
    var legalBasis: [LegalReference]
    var legalBasisNone: LocalizedText?
    var requirements: [LocalizedText]
    var documents: [LocalizedText]
    var data: [String]
    var apply: Apply?
    var sources: [String]
    var certainty: Certainty
    var uncertainty: LocalizedText?
    var location: SourceLocation
    var optional: Bool
    var perKommun: PerKommunRule?
  }
}
