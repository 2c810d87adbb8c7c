/// How a pending case stands against the authority's own promise or the law.
public struct CaseTracking: Sendable, Hashable {
  /// Where the "latest" date comes from.
  public enum LatestBasis: String, Sendable, Hashable {
    /// A time limit in law (e.g. PBL 9 kap. 27 §).
    case statute
    /// The authority's published longest time (a service declaration).
    case promise
    /// Förvaltningslagen (2017:900) 12 §: after six months the applicant may ask for a decision.
    case administrativeProcedureAct = "forvaltningslagen"
  }

  /// The day a decision is expected (typical handling time from sending in or completion);
  /// the day it was sent in when no handling time is known (see `expectedKnown`).
  public var expectedDecision: Day
  /// Whether a handling time is known, so that `expectedDecision` is a real expectation.
  public var expectedKnown = true
  /// The latest day the law or the authority's promise allows.
  public var latestDecision: Day
  /// Where the latest day comes from.
  public var latestBasis: LatestBasis
  /// The text of the basis (the provision or the source).
  public var latestBasisText: String?
  /// Whether today is past the expected day (never when no handling time is known).
  public var late: Bool
  /// Whether today is past the latest day.
  public var overdue: Bool

  /// The tracking of a pending case, or nil when it is not pending.
  public static func of(
    _ record: CaseRecord, step: Step, handling: HandlingTime?, today: Day
  ) -> CaseTracking? {
    guard record.isPending, let submitted = record.submitted else { return nil }
    // A completion request restarts the clock from the request (the rules count from a
    // complete application; we cannot know when the completion is sent, so this is the
    // earliest it can restart).
    let base = max(submitted, record.supplementRequested ?? submitted)
    let typical = handling?.typicalDays ?? 0
    let expected = base.adding(days: typical)
    let latest: Day
    let basis: LatestBasis
    let basisText: String?
    if let s = step.timing.statutoryMax {
      latest = base.adding(days: s.days)
      basis = .statute
      basisText = s.basis
    } else if let m = handling?.maxDays, handling?.scope != .estimate {
      // Only an authority's time (the kommun's own or a national figure) is a promise; our
      // estimate or a range from several kommuner is not.
      latest = base.adding(days: m)
      basis = .promise
      basisText = handling?.source
    } else {
      latest = base.adding(days: 182)
      basis = .administrativeProcedureAct
      basisText = "Förvaltningslagen (2017:900) 12 §"
    }
    var tracking = CaseTracking(
      expectedDecision: expected, latestDecision: latest, latestBasis: basis, latestBasisText: basisText,
      late: handling != nil && today > expected, overdue: today > latest)
    tracking.expectedKnown = handling != nil
    return tracking
  }
}
