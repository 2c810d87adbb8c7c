/// A calendar day, without time or time zone: what the planner counts in.
///
/// Stored as days since 1970-01-01, so arithmetic and comparison are exact and the engine never
/// reads a clock or a calendar setting.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  /// Days since 1970-01-01.
  public var daysSinceEpoch: Int

  /// Creates a day from days since 1970-01-01.
  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// Creates a day from a year, month (1–12) and day of month, or nil if no such day exists.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
      return nil
    }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    self.daysSinceEpoch = era * 146097 + doe - 719468
  }

  /// Parses `YYYY-MM-DD`; nil if the text is not a real date in that form.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = daysSinceEpoch + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return (y, m, d)
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    let c = components
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
  }

  public var description: String { iso }

  /// 0 = Monday … 6 = Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (3).
    ((daysSinceEpoch % 7) + 7 + 3) % 7
  }

  /// The Monday of this day's week.
  public var startOfWeek: Day { adding(days: -weekday) }

  /// The ISO 8601 week number.
  public var isoWeek: Int {
    let thursday = adding(days: 3 - weekday)
    let jan1 = Day(year: thursday.components.year, month: 1, day: 1) ?? thursday
    return (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1
  }

  /// This day moved by a number of days.
  public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

  /// Days from this day to another (positive when `other` is later).
  public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let text = String(value)
  return String(repeating: "0", count: max(0, width - text.count)) + text
}
