/// A founder's personal plan: the steps that apply, ordered and dated, with why; the steps
/// that do not, with why not; the opening day; and the data the forms ask for.
public struct Plan: Sendable {
  /// One dated step in the plan.
  public struct Entry: Sendable, Hashable {
    /// The step.
    public var step: Step
    /// Applies, or check.
    public var status: StepAssessment.Status
    /// The answers that make it apply.
    public var reasons: [Reason]
    /// The steps in the plan it requires, in plan order.
    public var requires: [String]
    /// The steps in the plan that require it.
    public var requiredBy: [String]
    /// The earliest day it can start.
    public var start: Day
    /// The day it is expected to be done (start + typical handling time).
    public var done: Day
    /// The latest day a decision is due (start + max or statutory handling time), if known.
    public var latest: Day?
    /// Whether it lies on the critical path to opening.
    public var critical: Bool
    /// The e-service to apply in (the kommun's own where published).
    public var eService: String?
    /// The kommun's contact.
    public var contact: LocalizedText? {
      get { extras?.value.contact }
      set { setExtra(\.contact, newValue) }
    }
    /// The kommun's note.
    public var kommunNote: LocalizedText? {
      get { extras?.value.kommunNote }
      set { setExtra(\.kommunNote, newValue) }
    }
    /// The latest day to send it in, when it must be at least N days before opening.
    public var sendBy: Day?
    /// The founder's record of the case, if any.
    public var caseRecord: CaseRecord? {
      get { extras?.value.caseRecord }
      set { setExtra(\.caseRecord, newValue) }
    }
    /// How a pending case stands against the expected and latest decision days.
    public var tracking: CaseTracking? {
      get { extras?.value.tracking }
      set { setExtra(\.tracking, newValue) }
    }
    /// The day it is sent in (for a step that is applied for or notified); nil for tasks.
    public var submit: Day?
    /// The days a rule bounds its sending in, where one does.
    public var window: DatedWindow? {
      get { extras?.value.window }
      set { setExtra(\.window, newValue) }
    }
    /// Requirements that wait for another event than "decided before start" (e.g. the other
    /// step only sent in, or only this step's decision waiting).
    public var waitsFor: [Wait] = []
    /// Days it can start later without moving the opening (nil after opening).
    public var slackDays: Int?
    /// The season the permit is granted for, where the kommun grants per season.
    public var season: DatedSeason? {
      get { extras?.value.season }
      set { setExtra(\.season, newValue) }
    }
    /// Whether it can be started today: its prerequisites are done and no rule holds it back.
    public var canStartToday = false
    /// How the fee and handling time were chosen for the founder's kommun (see ``FigureResolver``).
    public var figures: FigureResolution?
    /// The handling time used (the kommun's own where published): the one ``figures`` chose.
    public var handling: HandlingTime? { figures?.handling }
    /// The fee (the kommun's own where published): the one ``figures`` chose.
    public var fee: Fee? { figures?.fee }
    /// The kommun this entry is for when the step is made per kommun and this is another
    /// kommun's instance (its figures are that kommun's); nil for the founder's own kommun.
    public var forKommun: String?
    /// The fields most entries leave empty, in one box that only an entry with one of them has
    /// (nil when all are nil): inline they made every entry of a large plan about 480 bytes
    /// larger, and a plan's entries are written and read on every plan.
    private var extras: CopyOnWrite<Extras>?

    /// The fields kept in ``extras``.
    private struct Extras: Sendable, Hashable {
      var contact: LocalizedText?
      var kommunNote: LocalizedText?
      var caseRecord: CaseRecord?
      var tracking: CaseTracking?
      var window: DatedWindow?
      var season: DatedSeason?

      var isEmpty: Bool {
        contact == nil && kommunNote == nil && caseRecord == nil && tracking == nil && window == nil && season == nil
      }
    }

    /// Sets one of the boxed fields; the box goes when all are nil, so that equal entries stay equal.
    private mutating func setExtra<Value>(_ field: WritableKeyPath<Extras, Value>, _ value: Value) {
      var fields = extras?.value ?? Extras()
      fields[keyPath: field] = value
      extras = fields.isEmpty ? nil : CopyOnWrite(fields)
    }

    /// Creates an entry.
    init(
      step: Step, status: StepAssessment.Status, reasons: [Reason], requires: [String], requiredBy: [String],
      start: Day, done: Day, latest: Day?, critical: Bool, eService: String?, contact: LocalizedText?,
      kommunNote: LocalizedText?, sendBy: Day?, caseRecord: CaseRecord?, tracking: CaseTracking?, submit: Day?,
      window: DatedWindow?, waitsFor: [Wait], slackDays: Int?, season: DatedSeason?, canStartToday: Bool,
      figures: FigureResolution?, forKommun: String?
    ) {
      self.step = step
      self.status = status
      self.reasons = reasons
      self.requires = requires
      self.requiredBy = requiredBy
      self.start = start
      self.done = done
      self.latest = latest
      self.critical = critical
      self.eService = eService
      self.sendBy = sendBy
      self.submit = submit
      self.waitsFor = waitsFor
      self.slackDays = slackDays
      self.canStartToday = canStartToday
      self.figures = figures
      self.forKommun = forKommun
      let fields = Extras(
        contact: contact, kommunNote: kommunNote, caseRecord: caseRecord, tracking: tracking, window: window,
        season: season)
      extras = fields.isEmpty ? nil : CopyOnWrite(fields)
    }

    /// The case's state (not started when nothing is recorded).
    public var caseState: CaseRecord.State { caseRecord?.state ?? .notStarted }

    /// Whether the step is done (granted or done).
    public var isDone: Bool { caseState == .granted }
  }

  /// A data item and the forms that ask for it.
  public struct DataUsage: Sendable, Hashable {
    /// The item.
    public var item: DataItem
    /// The steps whose forms ask for it, in plan order.
    public var steps: [String]
    /// The founder's value, when given.
    public var value: String?
  }

  /// The content edition's version.
  public var contentVersion: String
  /// The content edition's date.
  public var contentDate: Day
  /// The day the plan counts from.
  public var today: Day
  /// The founder's kommun, if answered.
  public var kommun: Kommun?
  /// The kommun's profile, if there is one.
  public var profile: KommunProfile?
  /// The answers it was made from.
  public var answers: Answers
  /// The founder's data.
  public var data: FounderData
  /// The steps that apply, in plan order.
  public var entries: [Entry]
  /// The steps that do not apply, with why not.
  public var notNeeded: [StepAssessment]
  /// The steps already done.
  public var alreadyDone: [StepAssessment]
  /// The earliest possible opening day.
  public var earliestOpening: Day
  /// The desired opening day, if given.
  public var desiredOpening: Day?
  /// The step ids on the critical path, from first to opening.
  public var criticalPath: [String]
  /// Every data item the forms ask for, once.
  public var dataUsage: [DataUsage]
  /// The number of fields the applicable forms ask for in all (without prefill).
  public var entriesWithoutPrefill: Int
  /// Steps that apply but the founder set aside as not applicable, with their reason in `cases`.
  public var setAside: [StepAssessment] = []
  /// The founder's case records, by step id (including steps no longer in the plan).
  public var cases: [String: CaseRecord] = [:]
  /// The earliest opening counting firm steps only (steps marked *check* taking no time).
  public var earliestOpeningFirm: Day?
  /// The unanswered questions that decide whether the *check* steps that hold the opening
  /// apply, in interview order (empty when the opening day is firm).
  public var settlingQuestions: [String] = []
  /// At most three step ids, ranked: what to do today.
  public var firstActions: [String] = []
  /// The recurring duties after opening, by first due day.
  public var duties: [Duty] = []
  /// The window rules that cannot be met.
  public var windowConflicts: [WindowConflict] = []

  /// Case records of steps that are no longer part of the plan (their history is kept).
  public var formerCases: [(id: String, record: CaseRecord)] {
    let inPlan = Set(entries.map(\.step.id)).union(setAside.map(\.step.id))
    return cases.keys.sorted().filter { !inPlan.contains($0) }.compactMap { id in
      cases[id].map { (id, $0) }
    }
  }

  /// Steps that can be started today: not done or pending, every step they require done (or
  /// sent in, where that is enough), and no rule holding them back.
  public var canStartNow: [Entry] { entries.filter(\.canStartToday) }

  /// Pending cases past their latest decision day.
  public var overdue: [Entry] { entries.filter { $0.tracking?.overdue == true } }

  /// How many days the desired opening day is too early, or nil when it can be met.
  public var openingDelay: Int? {
    guard let desired = desiredOpening, desired < earliestOpening else { return nil }
    return desired.days(until: earliestOpening)
  }

  /// The opening day the plan works towards: the desired day when it can be met, else the
  /// earliest.
  public var plannedOpening: Day {
    if let desired = desiredOpening, desired >= earliestOpening { return desired }
    return earliestOpening
  }

  /// The entry of a step.
  public func entry(_ id: String) -> Entry? { entries.first { $0.step.id == id } }

  /// The confirmed fees (the kommun's own and national) and how many steps have no figure;
  /// see ``fees`` for the estimates.
  public var feeTotal: (known: Int, unknownCount: Int) { (fees.confirmedSEK, fees.stepsWithoutFigure) }

  /// The actors in the plan.
  public var actorIDs: [String] {
    var seen: [String] = []
    for i in entries.indices where !seen.contains(entries[i].step.actor) { seen.append(entries[i].step.actor) }
    return seen
  }

  /// How many data entries prefill saves: fields asked minus distinct items.
  public var prefillSaving: Int { entriesWithoutPrefill - dataUsage.count }
}
