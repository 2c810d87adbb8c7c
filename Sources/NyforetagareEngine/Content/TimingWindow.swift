/// When a step may be sent in, as rules: "not earlier than N days before opening", "no later
/// than N days before opening", or the same counted from another step's event.
public struct TimingWindow: Sendable, Hashable {
  /// One bound of a window.
  public struct Bound: Sendable, Hashable {
    /// What the bound counts from.
    public enum Anchor: Sendable, Hashable {
      /// N days before the opening day.
      case beforeOpening(days: Int)
      /// N days after another step's event.
      case afterStep(step: String, event: StepEvent, days: Int)
    }

    /// What it counts from.
    public var anchor: Anchor
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a bound.
    public init(_ anchor: Anchor, location: SourceLocation) {
      self.anchor = anchor
      self.location = location
    }
  }

  /// The earliest day the step may be sent in.
  public var earliest: Bound?
  /// The latest day the step may be sent in.
  public var latest: Bound?
  /// The rule in words (shown when it cannot be met).
  public var note: LocalizedText?
  /// Where the rule is written.
  public var source: String?
  /// Where it is defined.
  public var location: SourceLocation

  /// Creates a window.
  public init(
    earliest: Bound? = nil, latest: Bound? = nil, note: LocalizedText? = nil, source: String? = nil,
    location: SourceLocation
  ) {
    self.earliest = earliest
    self.latest = latest
    self.note = note
    self.source = source
    self.location = location
  }
}

/// The two events of a step that is applied for: the day it is sent in and the day it is
/// decided (for a task or contract: the day it is done).
public enum StepEvent: String, Sendable, Hashable, CaseIterable {
  /// The founder sends it in (or starts it).
  case submitted
  /// The authority decides (or the step is done).
  case decided
}
