/// What the planner reads of one step, made once with the landscape (``Landscape/facts``).
///
/// A step's fields lie spread over about a kilobyte of memory; a plan that read them on every
/// pass (assess, figures, graph, entries) missed the cache on each for a large landscape. These
/// few bytes per step, kept in one array, are what those passes need.
struct StepFacts: Sendable {
  /// What sort of step it is.
  var kind: Step.Kind
  /// Before or after opening.
  var phase: Step.Phase
  /// A duty that only recurs: not a to-do item, but a duty listed after opening.
  var isRecurringOnly: Bool
  /// Whether it is sent in to someone (so it has a day it is sent in).
  var isApplied: Bool
  /// Whether its events are an authority's (never on a weekend or holiday): it is not a
  /// milestone, and its actor is known and not a private party.
  var isAuthority: Bool
  /// Whether it is made once per kommun of a list answer (`per_kommun`).
  var isPerKommun: Bool
  /// Whether it has a window rule of its own (a kommun's profile may add one).
  var hasWindow: Bool
  /// Whether it has an `applies_when` or a `done_when` (otherwise it always applies).
  var hasConditions: Bool
  /// "Send in at least N days before opening".
  var noticeDays: Int?
  /// The statute's longest handling time, in days.
  var statutoryMaxDays: Int?

  init(_ step: Step, actors: [String: Actor]) {
    kind = step.kind
    phase = step.phase
    isRecurringOnly = step.kind == .duty && step.timing.recurring != nil
    switch step.kind {
    case .permit, .registration, .notification, .support: isApplied = true
    case .duty, .contract, .milestone, .task: isApplied = false
    }
    isAuthority = step.kind != .milestone && (actors[step.actor].map { $0.level != .private } ?? false)
    isPerKommun = step.perKommun != nil
    hasWindow = step.timing.window != nil
    hasConditions = step.appliesWhen != nil || step.doneWhen != nil
    noticeDays = step.timing.noticeDaysBeforeOpening
    statutoryMaxDays = step.timing.statutoryMax?.days
  }
}

/// One of a step's `requires`, as the planner follows it: by position, with no strings.
struct RequirementLink: Sendable {
  /// The position in ``Landscape/steps`` of the step required (-1: no step has that id).
  var target: Int
  /// Days to wait after it.
  var lagDays: Int
  /// Which event of the required step is waited for.
  var event: StepEvent
  /// What of this step waits.
  var gates: StepEvent
  /// Whether it holds only under a condition (`when`).
  var isConditional: Bool
}
