/// How long a step takes and what deadlines bind it.
public struct Timing: Sendable, Hashable {
  /// A published or estimated handling time.
  public var handling: HandlingTime?
  /// The longest time the law allows, if it sets one.
  public var statutoryMax: StatutoryMax?
  /// The step must be sent in at least this many days before opening.
  public var noticeDaysBeforeOpening: Int?
  /// A recurring deadline, in words (e.g. "by 1 March each year").
  public var deadline: LocalizedText?
  /// When the step may be sent in, where a rule bounds it.
  public var window: TimingWindow?
  /// How the step recurs after opening, for a duty that comes back.
  public var recurring: Recurrence?

  /// No timing at all.
  public static let none = Timing()

  /// Creates a timing.
  public init(
    handling: HandlingTime? = nil, statutoryMax: StatutoryMax? = nil,
    noticeDaysBeforeOpening: Int? = nil, deadline: LocalizedText? = nil
  ) {
    self.handling = handling
    self.statutoryMax = statutoryMax
    self.noticeDaysBeforeOpening = noticeDaysBeforeOpening
    self.deadline = deadline
  }
}

/// A handling time in calendar days, with where the figure comes from.
public struct HandlingTime: Sendable, Hashable {
  /// The shortest.
  public var minDays: Int?
  /// The typical time, used to date the plan.
  public var typicalDays: Int
  /// The longest promised or observed.
  public var maxDays: Int?
  /// The year the figure is from.
  public var year: Int?
  /// Where it comes from.
  public var source: String?
  /// A note.
  public var note: LocalizedText?
  /// The kommun the figure belongs to; nil for a national value.
  public var kommun: String?
  /// Where it is written.
  public var location: SourceLocation?
  /// Whether `typicalDays` was written; a kommun profile may give only a promised `max`.
  public var typicalGiven = true
  /// Whether the days are working days (arbetsdagar) rather than calendar days.
  public var workingDays = false
  /// Whose figure it is: a kommun's own (in its profile), national, our estimate, or one
  /// kommun's example (`kommun` names it). Nil in a profile means the profile's kommun.
  public var scope: FigureScope?
  /// Whether the source page shows no date (`year` is then when the figure was read).
  public var undated = false

  /// Creates a handling time.
  public init(
    minDays: Int? = nil, typicalDays: Int, maxDays: Int? = nil, year: Int? = nil,
    source: String? = nil, note: LocalizedText? = nil, kommun: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.minDays = minDays
    self.typicalDays = typicalDays
    self.maxDays = maxDays
    self.year = year
    self.source = source
    self.note = note
    self.kommun = kommun
    self.location = location
  }
}

/// A time limit set by law.
public struct StatutoryMax: Sendable, Hashable {
  /// Days.
  public var days: Int
  /// The provision, e.g. "PBL 9 kap. 27 §".
  public var basis: String
  /// Where to read it.
  public var source: String?
}

/// A fee, with year and source.
public struct Fee: Sendable, Hashable {
  /// The typical amount in kronor.
  public var amount: Int?
  /// The lowest amount.
  public var min: Int?
  /// The highest amount.
  public var max: Int?
  /// What the amount is per (e.g. "per hour").
  public var per: LocalizedText?
  /// The year.
  public var year: Int?
  /// Where it comes from.
  public var source: String?
  /// A note.
  public var note: LocalizedText?
  /// The kommun the fee belongs to; nil for a national value.
  public var kommun: String?
  /// Where it is written.
  public var location: SourceLocation?
  /// Whose figure it is (see ``HandlingTime/scope``).
  public var scope: FigureScope?
  /// Whether the source page shows no date.
  public var undated = false

  /// The amount to count in a total: the typical amount, else the lowest of a range.
  public var countedAmount: Int? { amount ?? min }
}

/// Whose figure a fee or handling time is.
public enum FigureScope: String, Sendable, Hashable, CaseIterable {
  /// The founder's kommun's own figure (from its profile).
  case kommun
  /// A national rule: a statute, or a national authority's (or national body's) fee or time.
  case national
  /// Our estimate, or a range drawn from several kommuners' figures.
  case estimate
  /// One named kommun's figure: shown only as a labelled example, never as another kommun's
  /// figure, never counted in a total, never used to date a plan.
  case example
}
