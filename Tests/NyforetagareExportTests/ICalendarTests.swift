import NyforetagareEngine
import NyforetagareExport
import TestSupport
import Testing

@Suite("iCalendar export")
struct ICalendarTests {
  @Test("every event is whole, lines end in CRLF and fold at 75 octets")
  func structure() throws {
    let (answers, data) = try Fixtures.answers("kommun: Umeå\nbusiness_type: cafe\nopening_date: 2027-06-01\n")
    let plan = try Planner.plan(
      Fixtures.landscape, answers: answers, data: data, today: Fixtures.today,
      cases: ["livsmedelsregistrering": CaseRecord(state: .submitted, submitted: Fixtures.today)])
    let ics = ICalendarRenderer(landscape: Fixtures.landscape, language: .sv).render(plan)
    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
    let lines = ics.components(separatedBy: "\r\n").dropLast()
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let begins = lines.filter { $0 == "BEGIN:VEVENT" }.count
    #expect(begins == lines.filter { $0 == "END:VEVENT" }.count)
    #expect(ics.contains("SUMMARY:Öppningsdag"))
    #expect(ics.contains("DTSTART;VALUE=DATE:" + plan.plannedOpening.iso.replacingOccurrences(of: "-", with: "")))
    #expect(ics.contains("Beslut väntas: Registrering av livsmedelsanläggning"))
    #expect(ics.contains("Skicka in senast: "))
    // Recurring duties are events with an RRULE, never before opening.
    let rrules = lines.filter { $0.hasPrefix("RRULE:") }
    #expect(rrules.count == plan.duties.filter { $0.recurrence.rrule != nil }.count)
    #expect(!ics.contains("Klart (beräknat): Restaurangrapport"))
    // Deterministic.
    #expect(ics == ICalendarRenderer(landscape: Fixtures.landscape, language: .sv).render(plan))
  }
}
