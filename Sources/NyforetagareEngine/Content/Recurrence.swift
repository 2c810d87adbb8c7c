/// How a duty comes back after opening: a yearly or monthly due date, an interval in years, or
/// an ongoing obligation from the opening day.
public struct Recurrence: Sendable, Hashable {
  /// How often.
  public enum Frequency: String, Sendable, Hashable, CaseIterable {
    /// Every `interval` years, on `month`/`day` when given, else on the opening's anniversary.
    case yearly
    /// Every `interval` months, on `day`.
    case monthly
    /// From the opening day on, with no due date.
    case ongoing
  }

  /// How often.
  public var frequency: Frequency
  /// Every how many years or months (1 = every).
  public var interval: Int
  /// The month of a yearly due date (1–12).
  public var month: Int?
  /// The day of month of the due date.
  public var day: Int?
  /// Whether each due date reports on the period before it (the first one comes after the
  /// first whole period: a yearly report for the previous year is first due the year after
  /// opening).
  public var coversPreviousPeriod: Bool
  /// The rule in words.
  public var rule: LocalizedText
  /// Where it comes from.
  public var source: String?
  /// Where it is defined.
  public var location: SourceLocation
  /// The duty's own title, when the step's title names its one-off part (a registration).
  public var title: LocalizedText?

  /// Creates a recurrence.
  public init(
    frequency: Frequency, interval: Int = 1, month: Int? = nil, day: Int? = nil, coversPreviousPeriod: Bool = false,
    rule: LocalizedText, source: String? = nil, location: SourceLocation
  ) {
    self.frequency = frequency
    self.interval = interval
    self.month = month
    self.day = day
    self.coversPreviousPeriod = coversPreviousPeriod
    self.rule = rule
    self.source = source
    self.location = location
  }
}

extension Recurrence {
  /// The iCalendar RRULE of the rule (RFC 5545), or nil for an ongoing duty.
  public var rrule: String? {
    switch frequency {
    case .ongoing: return nil
    case .yearly:
      var parts = ["FREQ=YEARLY"]
      if interval > 1 { parts.append("INTERVAL=\(interval)") }
      if let month, let day { parts += ["BYMONTH=\(month)", "BYMONTHDAY=\(day)"] }
      return parts.joined(separator: ";")
    case .monthly:
      var parts = ["FREQ=MONTHLY"]
      if interval > 1 { parts.append("INTERVAL=\(interval)") }
      if let day { parts.append("BYMONTHDAY=\(day)") }
      return parts.joined(separator: ";")
    }
  }
}
