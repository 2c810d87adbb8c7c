/// How a step's handling time was chosen for the founder's kommun.
public enum HandlingBasis: Sendable, Hashable {
  /// The kommun's own figure or service promise, from its profile.
  case kommun
  /// A national authority's figure.
  case national
  /// Our estimate.
  case estimate
  /// The time limit the statute sets (e.g. PBL's 10 weeks).
  case statute
  /// The middle of a range drawn from several kommuners' published figures.
  case range(kommuner: Int, minDays: Int, maxDays: Int)
  /// No figure for this kommun and no rule: the plan counts no days.
  case none
}

/// The figures chosen for one step in one kommun, with what was left out.
public struct FigureResolution: Sendable, Hashable {
  /// The fee that applies: the kommun's own, a national fee or our estimate; nil when there is
  /// none for this kommun.
  public var fee: Fee?
  /// Another kommun's fee, shown only as a labelled example when `fee` is nil.
  public var feeExample: Fee?
  /// The handling time the plan is dated with.
  public var handling: HandlingTime?
  /// How the handling time was chosen.
  public var handlingBasis: HandlingBasis
  /// Another kommun's handling time, shown only as a labelled example.
  public var handlingExample: HandlingTime?

  /// Whether the handling time is an authority's (the kommun's own or a national figure, or the
  /// statute) — only such a figure's longest time is a latest decision day; an estimate or a
  /// range from several kommuner is not a promise.
  public var isAuthoritys: Bool {
    switch handlingBasis {
    case .kommun, .national, .statute: return true
    case .estimate, .range, .none: return false
    }
  }

  /// The scope of the chosen fee (`kommun`, `national` or `estimate`), nil when none.
  public var feeScope: FigureScope? { fee.map { $0.scope ?? .national } }
}

/// Chooses each figure for the founder's kommun: the kommun's profile, then a national rule
/// (statute or national authority), then — for dates only — a range from several kommuners'
/// published figures; otherwise no figure. One other kommun's figure is never the rule.
public enum FigureResolver {
  /// Resolves a step's fee and handling time for a kommun (nil: none answered).
  public static func resolve(_ step: Step, kommun: String?, in landscape: Landscape) -> FigureResolution {
    let profile = kommun.flatMap { landscape.profiles[$0] }
    let local = profile?.steps[step.id]
    var result = FigureResolution(
      fee: nil, feeExample: nil, handling: nil, handlingBasis: .none, handlingExample: nil)

    // Fee: the kommun's own, else a national fee or our estimate; an example is only labelled.
    if let own = local?.fee {
      var fee = own
      fee.scope = .kommun
      fee.kommun = kommun
      result.fee = fee
    } else if let general = step.fee {
      let hasFigure = general.countedAmount != nil || general.max != nil
      if general.scope == .example, general.kommun != nil, general.kommun == kommun {
        var fee = general
        fee.scope = .kommun
        result.fee = fee
      } else if general.scope == .example {
        // Another kommun's amount is only an example; without an amount it says nothing.
        if hasFigure { result.feeExample = general }
      } else {
        // A national fee or our estimate; one without an amount says "the amount varies".
        var fee = general
        if !setsNationalFigures(step, in: landscape) && (fee.scope ?? .national) == .national { fee.scope = .estimate }
        result.fee = fee
      }
    }

    // Handling time: the kommun's own, else national/estimate, else the statute, else a range.
    let general = step.timing.handling
    if general?.scope == .example { result.handlingExample = general }
    let fallback = generalHandling(step, excluding: kommun, in: landscape)
    if var own = local?.handling {
      if !own.typicalGiven {
        // A service promise gives only the longest time: date with the general figure, capped.
        let base = fallback.handling?.typicalDays ?? own.typicalDays
        own.typicalDays = min(base, own.maxDays ?? base)
        own.minDays = own.minDays ?? fallback.handling?.minDays
      }
      own.scope = .kommun
      own.kommun = kommun
      result.handling = own
      result.handlingBasis = .kommun
    } else if var own = general, own.scope == .example, own.kommun != nil, own.kommun == kommun {
      own.scope = .kommun
      result.handling = own
      result.handlingBasis = .kommun
      result.handlingExample = nil
    } else {
      result.handling = fallback.handling
      result.handlingBasis = fallback.basis
    }
    return result
  }

  /// Whether the step's actor is a state authority: only its figure is national. A kommun's
  /// office, a räddningstjänst, a region or a private party (a bank, an insurer, STIM) sets no
  /// national figure, so one marked national (lint warns) is shown and counted as our estimate.
  static func setsNationalFigures(_ step: Step, in landscape: Landscape) -> Bool {
    landscape.actors[step.actor]?.level == .state
  }

  /// The handling time for a kommun without its own figure.
  static func generalHandling(
    _ step: Step, excluding kommun: String?, in landscape: Landscape
  ) -> (handling: HandlingTime?, basis: HandlingBasis) {
    if var h = step.timing.handling, h.scope != .example {
      if h.scope == .estimate || !setsNationalFigures(step, in: landscape) {
        h.scope = .estimate
        return (h, .estimate)
      }
      return (h, .national)
    }
    if let statute = step.timing.statutoryMax {
      var h = HandlingTime(typicalDays: statute.days, maxDays: statute.days, source: statute.source)
      h.scope = .national
      return (h, .statute)
    }
    // Several kommuner's published figures (their profiles and the step's example).
    var figures: [String: Int] = [:]
    for profile in landscape.profiles.values where profile.kommun != kommun {
      if let h = profile.steps[step.id]?.handling, h.typicalGiven { figures[profile.kommun] = h.typicalDays }
    }
    if let h = step.timing.handling, let k = h.kommun, k != kommun, figures[k] == nil { figures[k] = h.typicalDays }
    guard figures.count >= 2 else { return (nil, .none) }
    let sorted = figures.values.sorted()
    let middle = sorted[sorted.count / 2]
    var h = HandlingTime(minDays: sorted.first, typicalDays: middle, maxDays: sorted.last)
    h.scope = .estimate
    return (h, .range(kommuner: sorted.count, minDays: sorted[0], maxDays: sorted[sorted.count - 1]))
  }
}
