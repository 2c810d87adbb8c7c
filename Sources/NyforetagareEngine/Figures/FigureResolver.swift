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
  /// The fields, in one box shared between copies (``CopyOnWrite``): every plan entry holds
  /// one, and two fees and two handling times inline made an entry about a kilobyte larger.
  private var storage: CopyOnWrite<Fields>

  struct Fields: Sendable, Hashable {
    var fee: Fee?
    var feeExample: Fee?
    var handling: HandlingTime?
    var handlingBasis: HandlingBasis
    var handlingExample: HandlingTime?
  }

  init(
    fee: Fee?, feeExample: Fee?, handling: HandlingTime?, handlingBasis: HandlingBasis, handlingExample: HandlingTime?
  ) {
    storage = CopyOnWrite(
      Fields(
        fee: fee, feeExample: feeExample, handling: handling, handlingBasis: handlingBasis,
        handlingExample: handlingExample))
  }

  /// The fee that applies: the kommun's own, a national fee or our estimate; nil when there is
  /// none for this kommun.
  public var fee: Fee? {
    _read { yield storage.value.fee }
    set { storage.value.fee = newValue }
  }
  /// Another kommun's fee, shown only as a labelled example when `fee` is nil.
  public var feeExample: Fee? {
    _read { yield storage.value.feeExample }
    set { storage.value.feeExample = newValue }
  }
  /// The handling time the plan is dated with.
  public var handling: HandlingTime? {
    _read { yield storage.value.handling }
    set { storage.value.handling = newValue }
  }
  /// How the handling time was chosen.
  public var handlingBasis: HandlingBasis {
    _read { yield storage.value.handlingBasis }
    set { storage.value.handlingBasis = newValue }
  }
  /// Another kommun's handling time, shown only as a labelled example.
  public var handlingExample: HandlingTime? {
    _read { yield storage.value.handlingExample }
    set { storage.value.handlingExample = newValue }
  }

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
    var fee: Fee?
    var feeExample: Fee?
    var handling: HandlingTime?
    var handlingBasis = HandlingBasis.none
    var handlingExample: HandlingTime?

    // Fee: the kommun's own, else a national fee or our estimate; an example is only labelled.
    if var own = local?.fee {
      own.scope = .kommun
      own.kommun = kommun
      fee = own
    } else if let general = step.fee {
      let hasFigure = general.countedAmount != nil || general.max != nil
      if general.scope == .example, general.kommun != nil, general.kommun == kommun {
        var own = general
        own.scope = .kommun
        fee = own
      } else if general.scope == .example {
        // Another kommun's amount is only an example; without an amount it says nothing.
        if hasFigure { feeExample = general }
      } else {
        // A national fee or our estimate; one without an amount says "the amount varies".
        var general = general
        if !setsNationalFigures(step, in: landscape) && (general.scope ?? .national) == .national {
          general.scope = .estimate
        }
        fee = general
      }
    }

    // Handling time: the kommun's own, else national/estimate, else the statute, else a range.
    let general = step.timing.handling
    if general?.scope == .example { handlingExample = general }
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
      handling = own
      handlingBasis = .kommun
    } else if var own = general, own.scope == .example, own.kommun != nil, own.kommun == kommun {
      own.scope = .kommun
      handling = own
      handlingBasis = .kommun
      handlingExample = nil
    } else {
      handling = fallback.handling
      handlingBasis = fallback.basis
    }
    return FigureResolution(
      fee: fee, feeExample: feeExample, handling: handling, handlingBasis: handlingBasis,
      handlingExample: handlingExample)
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
