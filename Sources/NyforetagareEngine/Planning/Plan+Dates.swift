extension Plan {
  /// The days a window rule allows for sending a step in.
  public struct DatedWindow: Sendable, Hashable {
    /// Not before this day.
    public var earliest: Day?
    /// Not after this day.
    public var latest: Day?
    /// The rule in words, from the content.
    public var note: LocalizedText?
  }

  /// A requirement that waits for another event than "decided before start".
  public struct Wait: Sendable, Hashable {
    /// The step waited for.
    public var step: String
    /// Its event that is waited for.
    public var event: StepEvent
    /// What of this step waits: `submitted` (its start) or `decided` (only its decision).
    public var gates: StepEvent
  }

  /// The dated season a permit is planned for.
  public struct DatedSeason: Sendable, Hashable {
    /// The season as the kommun defines it.
    public var season: Season
    /// Its first day.
    public var from: Day
    /// Its last day.
    public var to: Day
  }

  /// A recurring duty after opening: not in the to-do list, but in its own section.
  public struct Duty: Sendable, Hashable {
    /// The duty's id (the step's id, or the step's id and `-next-season`).
    public var id: String
    /// The step it comes from.
    public var step: Step
    /// Applies, or check.
    public var status: StepAssessment.Status
    /// The first due day (for an ongoing duty: the opening day).
    public var firstDue: Day
    /// How it recurs.
    public var recurrence: Recurrence
    /// The title, when it is not the step's own (a season renewal).
    public var title: LocalizedText?
    /// The rule's own first day, before a weekend or holiday moves the due day (the start of
    /// the recurrence in a calendar).
    public var ruleStart: Day?
  }

  /// A window rule that cannot be met, and by how much.
  public struct WindowConflict: Sendable, Hashable {
    /// Which bound.
    public enum Bound: String, Sendable, Hashable {
      case earliest, latest
    }

    /// The step whose window it is.
    public var step: String
    /// Which bound cannot be held.
    public var bound: Bound
    /// How many days it is missed by.
    public var days: Int
    /// The step that forces it (the one that needs this step sooner, or that it waits for).
    public var because: String?
    /// The rule in words, from the content.
    public var note: LocalizedText?
  }
}
