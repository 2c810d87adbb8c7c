import Testing

@testable import NyforetagareEngine

@Suite("Swedish public holidays and working days")
struct SwedishCalendarTests {
  private func d(_ y: Int, _ m: Int, _ day: Int) -> Day { Build.day(y, m, day) }

  @Test(
    "Easter Sunday by the computus matches the almanac",
    arguments: [
      (2000, 4, 23), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2038, 4, 25),
      (2285, 3, 22),
    ])
  func easter(_ y: Int, _ m: Int, _ day: Int) {
    #expect(SwedishCalendar.easterSunday(y) == d(y, m, day))
  }

  @Test("the movable and fixed holidays of 2027")
  func holidays2027() {
    let names = Dictionary(SwedishCalendar.holidays(2027).map { ($0.name, $0.day) }, uniquingKeysWith: { a, _ in a })
    #expect(names["långfredagen"] == d(2027, 3, 26))
    #expect(names["annandag påsk"] == d(2027, 3, 29))
    #expect(names["Kristi himmelsfärds dag"] == d(2027, 5, 6))
    #expect(names["pingstdagen"] == d(2027, 5, 16))
    #expect(names["midsommardagen"] == d(2027, 6, 26))
    #expect(names["alla helgons dag"] == d(2027, 11, 6))
    #expect(names["första maj"] == d(2027, 5, 1))
    #expect(names["Sveriges nationaldag"] == d(2027, 6, 6))
    #expect(SwedishCalendar.holidays(2027).count == 13)
  }

  @Test("weekends, holidays and the three eves are not working days")
  func workingDays() {
    #expect(!SwedishCalendar.isWorkingDay(d(2026, 12, 24)))  // julafton
    #expect(!SwedishCalendar.isWorkingDay(d(2026, 12, 25)))
    #expect(!SwedishCalendar.isWorkingDay(d(2026, 12, 31)))  // nyårsafton
    #expect(!SwedishCalendar.isWorkingDay(d(2027, 1, 6)))  // trettondedag jul, a Wednesday
    #expect(!SwedishCalendar.isWorkingDay(d(2027, 6, 25)))  // midsommarafton
    #expect(!SwedishCalendar.isWorkingDay(d(2026, 12, 5)))  // a Saturday
    #expect(SwedishCalendar.isWorkingDay(d(2026, 12, 23)))
    #expect(SwedishCalendar.isWorkingDay(d(2027, 6, 24)))
    #expect(SwedishCalendar.nextWorkingDay(onOrAfter: d(2026, 12, 24)) == d(2026, 12, 28))
    #expect(SwedishCalendar.previousWorkingDay(onOrBefore: d(2027, 1, 6)) == d(2027, 1, 5))
  }

  @Test("counting working days skips weekends and holidays")
  func countWorkingDays() {
    // Bolagsverket's seven working days from Tuesday 1 December 2026: 10 December.
    #expect(SwedishCalendar.adding(workingDays: 7, to: d(2026, 12, 1)) == d(2026, 12, 10))
    // Over Christmas and the new year: 22, 23, 28, 29, 30 December, 4, 5 January.
    #expect(SwedishCalendar.adding(workingDays: 7, to: d(2026, 12, 21)) == d(2027, 1, 5))
    #expect(SwedishCalendar.adding(workingDays: -2, to: d(2027, 1, 7)) == d(2027, 1, 4))
    #expect(SwedishCalendar.adding(workingDays: 0, to: d(2026, 12, 25)) == d(2026, 12, 25))
  }

  @Test("in every year from 1990 to 2100 the holidays fall on their weekdays and none is a working day")
  func everyYear() {
    for year in 1990...2100 {
      let list = SwedishCalendar.holidays(year)
      #expect(list.count == 13, "\(year)")
      #expect(list.allSatisfy { !SwedishCalendar.isWorkingDay($0.day) && $0.day.components.year == year }, "\(year)")
      for (day, name) in list where ["midsommardagen", "alla helgons dag"].contains(name) {
        #expect(day.weekday == 5, "\(name) \(year) is a Saturday")
      }
      for (day, name) in list where ["påskdagen", "pingstdagen"].contains(name) {
        #expect(day.weekday == 6, "\(name) \(year) is a Sunday")
      }
    }
  }

  @Test("a working day is exactly a weekday that is neither a holiday nor an eve, every day of 1900–2200")
  func workingDaysMatchTheLists() {
    guard let first = Day(year: 1900, month: 1, day: 1), let last = Day(year: 2200, month: 12, day: 31) else {
      Issue.record("no such day")
      return
    }
    var listed: Set<Day> = []
    for year in 1900...2200 {
      listed.formUnion(SwedishCalendar.holidays(year).map(\.day))
      listed.formUnion(SwedishCalendar.holidayEves(year))
    }
    var mismatches: [String] = []
    for n in first.daysSinceEpoch...last.daysSinceEpoch {
      let day = Day(daysSinceEpoch: n)
      let expected = day.weekday < 5 && !listed.contains(day)
      if SwedishCalendar.isWorkingDay(day) != expected { mismatches.append(day.iso) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }
}
