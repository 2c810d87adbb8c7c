import NyforetagareEngine
import Testing

@Suite("Day: calendar days the plan counts in")
struct DayTests {
  @Test("1970-01-01 is day zero and the day before is 1969-12-31")
  func epoch() {
    #expect(Day(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
    #expect(Day(daysSinceEpoch: -1).iso == "1969-12-31")
  }

  @Test("adding days crosses month, leap-day and year boundaries")
  func adding() {
    #expect(Day(iso: "2024-02-28")?.adding(days: 1).iso == "2024-02-29")
    #expect(Day(iso: "2023-02-28")?.adding(days: 1).iso == "2023-03-01")
    #expect(Day(iso: "2026-12-31")?.adding(days: 1).iso == "2027-01-01")
    #expect(Day(iso: "2027-03-01")?.adding(days: -1).iso == "2027-02-28")
    #expect(Day(iso: "2026-11-22")?.adding(days: 365).iso == "2027-11-22")
  }

  @Test("days(until:) counts calendar days, negative when the other day is earlier")
  func difference() throws {
    let a = try #require(Day(iso: "2026-11-22"))
    let b = try #require(Day(iso: "2027-03-01"))
    #expect(a.days(until: b) == 99)
    #expect(b.days(until: a) == -99)
    #expect(a < b)
  }

  @Test("leap years follow the Gregorian rules")
  func leapYears() {
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2026, month: 4, day: 31) == nil)
    #expect(Day(year: 2026, month: 13, day: 1) == nil)
    #expect(Day(year: 2026, month: 0, day: 1) == nil)
  }

  @Test(
    "ISO parsing accepts only a real YYYY-MM-DD",
    arguments: [
      "2026-1-01", "2026-13-01", "2026-02-30", "26-11-22", "2026/11/22", " 2026-11-22", "2026-11-22T00:00",
      "２０２６-１１-２２", "", "2026-11",
    ])
  func rejectsBadISO(_ text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test("ISO text round-trips")
  func roundTrip() {
    for text in ["2026-11-22", "2000-02-29", "1999-12-31", "2100-03-01"] {
      #expect(Day(iso: text)?.iso == text)
    }
  }

  @Test("weekday and ISO week number")
  func weekdays() {
    #expect(Day(iso: "2026-11-22")?.weekday == 6)  // a Sunday
    #expect(Day(iso: "2026-11-23")?.weekday == 0)  // a Monday
    #expect(Day(iso: "2026-11-22")?.startOfWeek.iso == "2026-11-16")
    #expect(Day(iso: "2021-01-03")?.isoWeek == 53)
    #expect(Day(iso: "2026-01-01")?.isoWeek == 1)
    #expect(Day(iso: "2026-11-22")?.isoWeek == 47)
  }
}
