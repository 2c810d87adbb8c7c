/// A season a kommun grants a permit for (e.g. Göteborg's terrace seasons 1 April–31 October and
/// 1 November–31 March). Days are month and day; a season may run over the new year.
public struct Season: Sendable, Hashable {
  /// Its name.
  public var name: LocalizedText
  /// The first month and day.
  public var from: MonthDay
  /// The last month and day.
  public var to: MonthDay
  /// How many days before the season starts the kommun wants the application, if it says.
  public var applyDaysBefore: Int?
  /// Where it comes from.
  public var source: String?
  /// Where it is defined.
  public var location: SourceLocation

  /// Creates a season.
  public init(
    name: LocalizedText, from: MonthDay, to: MonthDay, applyDaysBefore: Int? = nil, source: String? = nil,
    location: SourceLocation
  ) {
    self.name = name
    self.from = from
    self.to = to
    self.applyDaysBefore = applyDaysBefore
    self.source = source
    self.location = location
  }

  /// The dated occurrence of this season that contains `day`, if any.
  public func occurrence(containing day: Day) -> ClosedRange<Day>? {
    let year = day.components.year
    for start in [year - 1, year] {
      if let range = occurrence(startingIn: start), range.contains(day) { return range }
    }
    return nil
  }

  /// The dated occurrence that starts in a year.
  public func occurrence(startingIn year: Int) -> ClosedRange<Day>? {
    guard let first = from.day(in: year) else { return nil }
    let endYear = to < from ? year + 1 : year
    guard let last = to.day(in: endYear), first <= last else { return nil }
    return first...last
  }
}

/// A month and a day of month, without a year ("04-01").
public struct MonthDay: Sendable, Hashable, Comparable {
  /// 1–12.
  public var month: Int
  /// 1–31.
  public var day: Int

  /// Parses "MM-DD"; nil if it is not a day that exists in some year.
  public init?(_ text: String) {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let m = Int(parts[0]), let d = Int(parts[1]),
      Day(year: 2024, month: m, day: d) != nil
    else { return nil }
    month = m
    day = d
  }

  /// Creates a month and day.
  public init(month: Int, day: Int) {
    self.month = month
    self.day = day
  }

  /// The day in a given year (29 February falls back to 28 in other years).
  public func day(in year: Int) -> Day? {
    Day(year: year, month: month, day: day) ?? Day(year: year, month: month, day: day - 1)
  }

  public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}
