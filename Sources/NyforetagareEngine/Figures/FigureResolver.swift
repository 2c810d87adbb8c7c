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

/// A fee or handling time: a figure with a scope the resolver may set.
protocol ScopedFigure: Hashable, Sendable {
  var scope: FigureScope? { get set }
}

extension Fee: ScopedFigure {}
extension HandlingTime: ScopedFigure {}

/// The figures chosen for one step in one kommun, with what was left out.
public struct FigureResolution: Sendable, Hashable {
  /// The fields, in one box shared between copies (``CopyOnWrite``): every plan entry holds
  /// one, and two fees and two handling times inline made an entry about a kilobyte larger.
  private var storage: CopyOnWrite<Fields>

  /// A figure: one of its own, or the step's own figure with only its scope changed — kept as
  /// the step, so that resolving copies (and retains) none of the figure's strings; it is read
  /// out when shown.
  enum Figure<Value: ScopedFigure>: Hashable, Sendable {
    case own(Value?)
    case steps(scope: FigureScope?)

    /// The figure, given the step's own (read only for a `.steps` figure).
    func value(stepsOwn: @autoclosure () -> Value?) -> Value? {
      switch self {
      case .own(let value): return value
      case .steps(let scope):
        var value = stepsOwn()
        value?.scope = scope
        return value
      }
    }
  }

  struct Fields: Sendable, Hashable {
    /// The step whose figures a `.steps` figure is.
    var step: Step
    var fee: Figure<Fee>
    var feeExample: Fee?
    var handling: Figure<HandlingTime>
    var handlingBasis: HandlingBasis
    var handlingExample: HandlingTime?
    /// The dated handling time's numbers, for the planner.
    var typicalDays: Int?
    var maxDays: Int?
    var workingDays: Bool
  }

  init(
    step: Step, fee: Figure<Fee>, feeExample: Fee?, handling: Figure<HandlingTime>, handlingBasis: HandlingBasis,
    handlingExample: HandlingTime?
  ) {
    let dated = handling.value(stepsOwn: step.timing.handling)
    let numbers = (typical: dated?.typicalDays, max: dated?.maxDays, working: dated?.workingDays ?? false)
    storage = CopyOnWrite(
      Fields(
        step: step, fee: fee, feeExample: feeExample, handling: handling, handlingBasis: handlingBasis,
        handlingExample: handlingExample, typicalDays: numbers.typical, maxDays: numbers.max,
        workingDays: numbers.working))
  }

  /// The fee that applies: the kommun's own, a national fee or our estimate; nil when there is
  /// none for this kommun.
  public var fee: Fee? { storage.value.fee.value(stepsOwn: storage.value.step.fee) }
  /// Another kommun's fee, shown only as a labelled example when `fee` is nil.
  public var feeExample: Fee? { storage.value.feeExample }
  /// The handling time the plan is dated with.
  public var handling: HandlingTime? { storage.value.handling.value(stepsOwn: storage.value.step.timing.handling) }
  /// How the handling time was chosen.
  public var handlingBasis: HandlingBasis { storage.value.handlingBasis }
  /// Another kommun's handling time, shown only as a labelled example.
  public var handlingExample: HandlingTime? { storage.value.handlingExample }

  /// The dated handling time's typical days, longest days, and whether it counts working days.
  var typicalDays: Int? { storage.value.typicalDays }
  var maxDays: Int? { storage.value.maxDays }
  var workingDays: Bool { storage.value.workingDays }

  public static func == (lhs: FigureResolution, rhs: FigureResolution) -> Bool {
    lhs.fee == rhs.fee && lhs.feeExample == rhs.feeExample && lhs.handling == rhs.handling
      && lhs.handlingBasis == rhs.handlingBasis && lhs.handlingExample == rhs.handlingExample
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(fee)
    hasher.combine(feeExample)
    hasher.combine(handling)
    hasher.combine(handlingBasis)
    hasher.combine(handlingExample)
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
    var fee = FigureResolution.Figure<Fee>.own(nil)
    var feeExample: Fee?
    var handling = FigureResolution.Figure<HandlingTime>.own(nil)
    var handlingBasis = HandlingBasis.none
    var handlingExample: HandlingTime?
    // The step's own figures are read in place (a fee or handling time is ~150–200 bytes of
    // strings and numbers) and kept as the step's: nothing is copied for the common case.
    let national = setsNationalFigures(step, in: landscape)

    // Fee: the kommun's own, else a national fee or our estimate; an example is only labelled.
    if var own = local?.fee {
      own.scope = .kommun
      own.kommun = kommun
      fee = .own(own)
    } else if step.fee != nil {
      let scope = step.fee?.scope
      let hasFigure = step.fee?.countedAmount != nil || step.fee?.max != nil
      if scope == .example, kommun != nil, step.fee?.kommun == kommun {
        fee = .steps(scope: .kommun)
      } else if scope == .example {
        // Another kommun's amount is only an example; without an amount it says nothing.
        if hasFigure { feeExample = step.fee }
      } else if !national && (scope ?? .national) == .national {
        // A national fee or our estimate; one without an amount says "the amount varies".
        fee = .steps(scope: .estimate)
      } else {
        fee = .steps(scope: scope)
      }
    }

    // Handling time: the kommun's own, else national/estimate, else the statute, else a range.
    let generalScope = step.timing.handling?.scope
    if generalScope == .example { handlingExample = step.timing.handling }
    if var own = local?.handling {
      if !own.typicalGiven {
        // A service promise gives only the longest time: date with the general figure, capped.
        let fallback = generalHandling(step, national: national, excluding: kommun, in: landscape).handling
          .value(stepsOwn: step.timing.handling)
        let base = fallback?.typicalDays ?? own.typicalDays
        own.typicalDays = min(base, own.maxDays ?? base)
        own.minDays = own.minDays ?? fallback?.minDays
      }
      own.scope = .kommun
      own.kommun = kommun
      handling = .own(own)
      handlingBasis = .kommun
    } else if generalScope == .example, kommun != nil, step.timing.handling?.kommun == kommun {
      handling = .steps(scope: .kommun)
      handlingBasis = .kommun
      handlingExample = nil
    } else {
      (handling, handlingBasis) = generalHandling(step, national: national, excluding: kommun, in: landscape)
    }
    return FigureResolution(
      step: step, fee: fee, feeExample: feeExample, handling: handling, handlingBasis: handlingBasis,
      handlingExample: handlingExample)
  }

  /// Whether a step's figures are the same for every kommun whose profile has no figure of its
  /// own for it: neither figure names one kommun (an example), and the handling time does not
  /// come from several kommuner's figures (which leave out the founder's own).
  static func isSameForEveryKommun(_ step: Step) -> Bool {
    let handling = step.timing.handling
    if step.fee?.scope == .example || handling?.scope == .example { return false }
    return handling != nil || step.timing.statutoryMax != nil
  }

  /// The figures of the landscape's step at `position` for a kommun (nil: none answered), given
  /// the kommun profile's entry for the step: those made with the landscape where the kommun
  /// changes nothing (``Landscape/generalFigures``), else resolved.
  static func resolve(
    at position: Int, kommun: String?, local: KommunProfile.StepOverride?, in landscape: Landscape
  ) -> FigureResolution {
    if local?.fee == nil, local?.handling == nil, let general = landscape.generalFigures[position] { return general }
    return resolve(landscape.steps[position], kommun: kommun, in: landscape)
  }

  /// Whether the step's actor is a state authority: only its figure is national. A kommun's
  /// office, a räddningstjänst, a region or a private party (a bank, an insurer, STIM) sets no
  /// national figure, so one marked national (lint warns) is shown and counted as our estimate.
  static func setsNationalFigures(_ step: Step, in landscape: Landscape) -> Bool {
    landscape.actors[step.actor]?.level == .state
  }

  /// The handling time for a kommun without its own figure; `national` says whether the step's
  /// actor sets national figures (``setsNationalFigures(_:in:)``). The step's own figure is kept
  /// as the step's (nothing copied), with the scope it is shown with.
  static func generalHandling(
    _ step: Step, national: Bool, excluding kommun: String?, in landscape: Landscape
  ) -> (handling: FigureResolution.Figure<HandlingTime>, basis: HandlingBasis) {
    let scope = step.timing.handling?.scope
    if step.timing.handling != nil, scope != .example {
      let estimate = scope == .estimate || !national
      return (.steps(scope: estimate ? .estimate : scope), estimate ? .estimate : .national)
    }
    if let statute = step.timing.statutoryMax {
      var h = HandlingTime(typicalDays: statute.days, maxDays: statute.days, source: statute.source)
      h.scope = .national
      return (.own(h), .statute)
    }
    // Several kommuner's published figures (their profiles and the step's example).
    var figures: [String: Int] = [:]
    for f in landscape.profiles.publishedTypicalDays(step: step.id) where f.kommun != kommun {
      figures[f.kommun] = f.days
    }
    if let h = step.timing.handling, let k = h.kommun, k != kommun, figures[k] == nil { figures[k] = h.typicalDays }
    guard figures.count >= 2 else { return (.own(nil), .none) }
    let sorted = figures.values.sorted()
    let middle = sorted[sorted.count / 2]
    var h = HandlingTime(minDays: sorted.first, typicalDays: middle, maxDays: sorted.last)
    h.scope = .estimate
    return (.own(h), .range(kommuner: sorted.count, minDays: sorted[0], maxDays: sorted[sorted.count - 1]))
  }
}
