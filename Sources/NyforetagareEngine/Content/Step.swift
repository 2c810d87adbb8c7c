/// Something a founder must do, apply for, notify, keep or sign.
public struct Step: Sendable, Hashable, Identifiable {
  /// The fields, shared between copies until one of them changes (copy on write): a step is
  /// copied into every assessment, plan entry and duty, and a copy is then one reference, not
  /// every string and array of the step retained one by one.
  private var storage: Storage

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
    storage = Storage(
      Fields(
        id: id, title: title, actor: actor, kind: kind, phase: phase, summary: summary, why: why, whyNot: whyNot,
        appliesWhen: appliesWhen, doneWhen: doneWhen, requires: requires, timing: timing, fee: fee,
        legalBasis: legalBasis, legalBasisNone: legalBasisNone, requirements: requirements, documents: documents,
        data: data, apply: apply, sources: sources, certainty: certainty, uncertainty: uncertainty, location: location,
        optional: optional, perKommun: perKommun))
  }

  /// The step's id.
  public var id: String {
    get { storage.fields.id }
    set { mutate { $0.id = newValue } }
  }
  /// Its title.
  public var title: LocalizedText {
    get { storage.fields.title }
    set { mutate { $0.title = newValue } }
  }
  /// Who handles it.
  public var actor: String {
    get { storage.fields.actor }
    set { mutate { $0.actor = newValue } }
  }
  /// What sort of step it is.
  public var kind: Kind {
    get { storage.fields.kind }
    set { mutate { $0.kind = newValue } }
  }
  /// Before or after opening.
  public var phase: Phase {
    get { storage.fields.phase }
    set { mutate { $0.phase = newValue } }
  }
  /// What it is.
  public var summary: LocalizedText? {
    get { storage.fields.summary }
    set { mutate { $0.summary = newValue } }
  }
  /// Why it applies, in plain words.
  public var why: LocalizedText {
    get { storage.fields.why }
    set { mutate { $0.why = newValue } }
  }
  /// Why it may not apply.
  public var whyNot: LocalizedText? {
    get { storage.fields.whyNot }
    set { mutate { $0.whyNot = newValue } }
  }
  /// When it applies; nil means always.
  public var appliesWhen: Condition? {
    get { storage.fields.appliesWhen }
    set { mutate { $0.appliesWhen = newValue } }
  }
  /// When it counts as already done.
  public var doneWhen: Condition? {
    get { storage.fields.doneWhen }
    set { mutate { $0.doneWhen = newValue } }
  }
  /// The steps that must be done first.
  public var requires: [Requirement] {
    get { storage.fields.requires }
    set { mutate { $0.requires = newValue } }
  }
  /// Handling times and deadlines.
  public var timing: Timing {
    get { storage.fields.timing }
    set { mutate { $0.timing = newValue } }
  }
  /// The fee.
  public var fee: Fee? {
    get { storage.fields.fee }
    set { mutate { $0.fee = newValue } }
  }
  /// The legal basis.
  public var legalBasis: [LegalReference] {
    get { storage.fields.legalBasis }
    set { mutate { $0.legalBasis = newValue } }
  }
  /// Why there is no legal basis (private steps).
  public var legalBasisNone: LocalizedText? {
    get { storage.fields.legalBasisNone }
    set { mutate { $0.legalBasisNone = newValue } }
  }
  /// What is required.
  public var requirements: [LocalizedText] {
    get { storage.fields.requirements }
    set { mutate { $0.requirements = newValue } }
  }
  /// What to attach.
  public var documents: [LocalizedText] {
    get { storage.fields.documents }
    set { mutate { $0.documents = newValue } }
  }
  /// The data items its form asks for.
  public var data: [String] {
    get { storage.fields.data }
    set { mutate { $0.data = newValue } }
  }
  /// Where and how to apply.
  public var apply: Apply? {
    get { storage.fields.apply }
    set { mutate { $0.apply = newValue } }
  }
  /// Source URLs.
  public var sources: [String] {
    get { storage.fields.sources }
    set { mutate { $0.sources = newValue } }
  }
  /// How firm the facts are.
  public var certainty: Certainty {
    get { storage.fields.certainty }
    set { mutate { $0.certainty = newValue } }
  }
  /// What is uncertain.
  public var uncertainty: LocalizedText? {
    get { storage.fields.uncertainty }
    set { mutate { $0.uncertainty = newValue } }
  }
  /// Where it is defined.
  public var location: SourceLocation {
    get { storage.fields.location }
    set { mutate { $0.location = newValue } }
  }
  /// Whether the step is a free choice (a loan, a support, a voluntary registration): never
  /// proposed as a first action.
  public var optional: Bool {
    get { storage.fields.optional }
    set { mutate { $0.optional = newValue } }
  }
  /// Made once for the founder's kommun and once for each other kommun in a list answer
  /// (`per_kommun`; e.g. a catering licence in each kommun served). See ``PerKommun``.
  public var perKommun: PerKommunRule? {
    get { storage.fields.perKommun }
    set { mutate { $0.perKommun = newValue } }
  }

  /// The list answer a step is made per kommun of, and where the field is.
  public struct PerKommunRule: Sendable, Hashable {
    /// The `kommun_list` question.
    public var question: String
    /// Where it is written.
    public var location: SourceLocation
  }

  /// Changes the fields, copying them first when another step shares them.
  private mutating func mutate(_ change: (inout Fields) -> Void) {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    change(&storage.fields)
  }

  public static func == (lhs: Step, rhs: Step) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }
}

extension Step {
  /// A step's fields (see the properties of ``Step`` for what each is).
  fileprivate struct Fields: Sendable, Hashable {
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

  /// The box the fields live in. Mutated only through ``Step/mutate(_:)``, which copies it
  /// first unless this step is its only owner, so no two steps ever see one change: that is
  /// what makes the unchecked `Sendable` sound.
  fileprivate final class Storage: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }
}
