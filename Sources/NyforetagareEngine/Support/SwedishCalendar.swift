/// Swedish public holidays and working days, computed for any year (never listed per year).
///
/// The holidays are those of lagen (1989:253) om allmänna helgdagar. For counting time limits,
/// lagen (1930:173) om beräkning av lagstadgad tid treats Saturdays, midsommarafton, julafton and
/// nyårsafton like a holiday, so they are not working days either.
public enum SwedishCalendar {
  /// Easter Sunday of a year (the Gregorian computus of Meeus, Jones and Butcher).
  public static func easterSunday(_ year: Int) -> Day {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year: year, month: month, day: day) ?? Day(daysSinceEpoch: 0)
  }

  /// The public holidays of a year with their Swedish names, in date order.
  public static func holidays(_ year: Int) -> [(day: Day, name: String)] {
    func date(_ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day) ?? Day(daysSinceEpoch: 0) }
    /// The Saturday in a range of days of a month (midsommardagen, alla helgons dag).
    func saturday(from first: Day) -> Day { first.adding(days: (5 - first.weekday + 7) % 7) }
    let easter = easterSunday(year)
    return [
      (date(1, 1), "nyårsdagen"),
      (date(1, 6), "trettondedag jul"),
      (easter.adding(days: -2), "långfredagen"),
      (easter, "påskdagen"),
      (easter.adding(days: 1), "annandag påsk"),
      (date(5, 1), "första maj"),
      (easter.adding(days: 39), "Kristi himmelsfärds dag"),
      (easter.adding(days: 49), "pingstdagen"),
      (date(6, 6), "Sveriges nationaldag"),
      (saturday(from: date(6, 20)), "midsommardagen"),
      (saturday(from: date(10, 31)), "alla helgons dag"),
      (date(12, 25), "juldagen"),
      (date(12, 26), "annandag jul"),
    ].sorted { $0.0 < $1.0 }
  }

  /// Days that count as holidays for time limits though they are not public holidays.
  static func holidayEves(_ year: Int) -> [Day] {
    let june19 = Day(year: year, month: 6, day: 19) ?? Day(daysSinceEpoch: 0)
    let midsummerEve = june19.adding(days: (4 - june19.weekday + 7) % 7)  // the Friday 19–25 June
    return [midsummerEve, Day(year: year, month: 12, day: 24), Day(year: year, month: 12, day: 31)].compactMap { $0 }
  }

  /// Whether a day is a Swedish public holiday.
  public static func isHoliday(_ day: Day) -> Bool {
    holidays(day.components.year).contains { $0.day == day }
  }

  /// Whether a day is a working day: Monday to Friday, not a public holiday, midsommarafton,
  /// julafton or nyårsafton.
  ///
  /// The same days as ``holidays(_:)`` and the eves, without building the year's lists: the
  /// planner asks this for every event of every step, several times per plan. Saturdays and
  /// Sundays are never working days, so only the holidays that can fall on a weekday are
  /// checked: the fixed dates, midsommarafton (the Friday 19–25 June) and långfredagen,
  /// annandag påsk and Kristi himmelsfärds dag (Easter −2, +1 and +39 days).
  public static func isWorkingDay(_ day: Day) -> Bool {
    let weekday = day.weekday
    guard weekday < 5 else { return false }
    let (year, month, dayOfMonth) = day.components
    switch (month, dayOfMonth) {
    case (1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31): return false
    case (6, 19...25) where weekday == 4: return false
    case (3...6, _):
      let fromEaster = day.daysSinceEpoch - easterSunday(year).daysSinceEpoch
      return fromEaster != -2 && fromEaster != 1 && fromEaster != 39
    default: return true
    }
  }

  /// The day itself when it is a working day, else the next working day.
  public static func nextWorkingDay(onOrAfter day: Day) -> Day {
    var d = day
    while !isWorkingDay(d) { d = d.adding(days: 1) }
    return d
  }

  /// The day itself when it is a working day, else the working day before it.
  public static func previousWorkingDay(onOrBefore day: Day) -> Day {
    var d = day
    while !isWorkingDay(d) { d = d.adding(days: -1) }
    return d
  }

  /// The day `count` working days after `day` (the day itself not counted); negative counts go
  /// back. Zero gives `day` unchanged.
  public static func adding(workingDays count: Int, to day: Day) -> Day {
    var d = day
    var left = abs(count)
    let step = count >= 0 ? 1 : -1
    while left > 0 {
      d = d.adding(days: step)
      if isWorkingDay(d) { left -= 1 }
    }
    return d
  }
}
