import NyforetagareEngine
import NyforetagareExport
import NyforetagareText
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
    let ics = ICalendarRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
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
    #expect(ics == ICalendarRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv)))
  }
}

/// The events of an iCalendar text: each one's unfolded properties.
private func events(_ ics: String) -> [[String: [String]]] {
  let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
  var out: [[String: [String]]] = []
  var current: [String: [String]]?
  var depth = 0
  for line in unfolded.components(separatedBy: "\r\n") {
    if line == "BEGIN:VEVENT" {
      current = [:]
      continue
    }
    if line == "END:VEVENT", let c = current {
      out.append(c)
      current = nil
      continue
    }
    if line == "BEGIN:VALARM" { depth += 1 }
    if line == "END:VALARM" { depth -= 1 }
    guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
    let name = (depth > 0 || line == "END:VALARM" ? "ALARM-" : "") + String(line[..<colon].split(separator: ";")[0])
    current?[name, default: []].append(String(line[line.index(after: colon)...]))
  }
  return out
}

@Suite("iCalendar: a calendar that updates and reminds")
struct ICalendarCalendarTests {
  func ics(_ example: String, today: Day = Fixtures.today, planID: String? = nil) throws -> String {
    let text = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("Examples/\(example).yaml"), encoding: .utf8)
    let plan = try Fixtures.plan(text, today: today)
    return ICalendarRenderer(planID: planID).render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
  }

  func uids(_ ics: String) -> [String] { events(ics).compactMap { $0["UID"]?.first } }

  @Test("two founders' plans share no UID; every UID is unique and carries the plan's id")
  func disjoint() throws {
    let a = uids(try ics("restaurang-malmo"))
    let b = uids(try ics("kafe-umea"))
    #expect(!a.isEmpty && !b.isEmpty)
    #expect(Set(a).count == a.count && Set(b).count == b.count)
    #expect(Set(a).isDisjoint(with: b))
    let answers = try Fixtures.answers(
      String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Examples/kafe-umea.yaml"), encoding: .utf8))
    let id = PlanIdentity.derived(from: answers.0)
    #expect(b.allSatisfy { $0.hasPrefix(id + "-") && $0.hasSuffix("@nyforetagare") })
  }

  @Test("a later re-export keeps the UIDs and raises SEQUENCE, so calendars update instead of duplicating")
  func reexport() throws {
    let first = try ics("restaurang-malmo")
    let later = try ics("restaurang-malmo", today: Fixtures.today.adding(days: 9))
    #expect(Set(uids(first)) == Set(uids(later)))
    let s1 = Set(events(first).compactMap { $0["SEQUENCE"]?.first.flatMap { Int($0) } })
    let s2 = Set(events(later).compactMap { $0["SEQUENCE"]?.first.flatMap { Int($0) } })
    #expect(s1.count == 1 && s2.count == 1)
    #expect((s2.first ?? 0) == (s1.first ?? 0) + 9)
    #expect(s1.first == ICalendarRenderer.sequence(on: Fixtures.today))
  }

  @Test("a saved plan's id goes into every UID")
  func explicitID() throws {
    let text = try ics("kafe-umea", planID: "3f6c2a1e-founder")
    #expect(uids(text).allSatisfy { $0.hasPrefix("3f6c2a1e-founder-") })
    // An id that does not fit a UID is not used.
    let bad = try ics("kafe-umea", planID: "a b;c")
    #expect(uids(bad) == uids(try ics("kafe-umea")))
  }

  @Test("every send-in deadline reminds a week and a day before")
  func alarms() throws {
    let all = events(try ics("restaurang-malmo"))
    let sendBy = all.filter { ($0["UID"]?.first ?? "").contains("-send-by@") }
    #expect(!sendBy.isEmpty)
    for e in sendBy {
      #expect(e["ALARM-TRIGGER"] == ["-P7D", "-PT15H"], "\(e["SUMMARY"] ?? [])")
      #expect(e["ALARM-ACTION"] == ["DISPLAY", "DISPLAY"])
      #expect(e["ALARM-DESCRIPTION"]?.allSatisfy { $0.hasPrefix("Skicka in senast ") } == true)
    }
    let submits = all.filter { ($0["UID"]?.first ?? "").contains("-submit@") }
    #expect(all.filter { $0["ALARM-TRIGGER"] != nil }.count == sendBy.count + submits.count)
  }

  @Test("every case the plan has sent in on a later day is an event that reminds a week and a day before")
  func submitDays() throws {
    let plan = try Fixtures.plan(
      String(
        contentsOf: Fixtures.packageRoot.appendingPathComponent("Examples/restaurang-malmo.yaml"), encoding: .utf8),
      today: Fixtures.today)
    let all = events(try ics("restaurang-malmo"))
    let expected = plan.entries.filter { e in
      guard let submit = e.submit, !e.isDone, e.tracking == nil, submit >= plan.today else { return false }
      return submit != (e.window?.latest ?? e.sendBy)
    }
    #expect(expected.count >= 5, "a restaurant sends in several applications")
    for e in expected {
      let event = try #require(
        all.first { ($0["UID"]?.first ?? "").hasSuffix("-\(e.step.id)-submit@nyforetagare") }, "\(e.step.id)")
      let day = try #require(e.submit).iso.replacingOccurrences(of: "-", with: "")
      #expect(event["DTSTART"] == ["\(day)"], "\(e.step.id)")
      #expect(
        event["SUMMARY"]?.map { $0.replacingOccurrences(of: "\\,", with: ",") } == ["Skicka in: " + e.step.title.sv],
        "\(e.step.id)")
      #expect(event["ALARM-TRIGGER"] == ["-P7D", "-PT15H"], "\(e.step.id)")
    }
    #expect(all.filter { ($0["UID"]?.first ?? "").contains("-submit@") }.count == expected.count)
  }

  @Test("the latest decision the law or the authority promises is an event where it is later than expected")
  func latestDecision() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let all = events(ICalendarRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv)))
    let withLatest = plan.entries.filter { e in
      e.step.kind != .milestone && e.tracking == nil && (e.latest.map { $0 > e.done } ?? false)
    }
    #expect(!withLatest.isEmpty)
    for e in withLatest {
      let event = try #require(all.first { ($0["UID"]?.first ?? "").hasSuffix("-\(e.step.id)-latest@nyforetagare") })
      #expect(event["DTSTART"]?.first == e.latest?.iso.replacingOccurrences(of: "-", with: ""))
      #expect(event["SUMMARY"]?.first == DateWords(language: .sv).latestDecision + ": " + e.step.title.sv)
    }
  }

  @Test("the derived plan id depends on the answers only, never on the data sheet")
  func identity() throws {
    let base = "kommun: Umeå\nbusiness_type: cafe\n"
    let (a, _) = try Fixtures.answers(base)
    let (b, _) = try Fixtures.answers(base + "data:\n  namn: Test Testsson\n")
    let (c, _) = try Fixtures.answers("kommun: Umeå\nbusiness_type: bar\n")
    #expect(PlanIdentity.derived(from: a) == PlanIdentity.derived(from: b))
    #expect(PlanIdentity.derived(from: a) != PlanIdentity.derived(from: c))
    #expect(PlanIdentity.isValid(PlanIdentity.derived(from: a)))
    #expect(PlanIdentity.derived(from: a).count == 17)
    #expect(!PlanIdentity.isValid("") && !PlanIdentity.isValid("a b") && !PlanIdentity.isValid("å"))
    #expect(!PlanIdentity.isValid(String(repeating: "a", count: 65)))
    var document = PlanDocument(
      contentVersion: "x", created: Fixtures.today, updated: Fixtures.today, language: .sv, answers: a,
      data: FounderData(), cases: [:], snapshot: [:])
    #expect(document.exportID == PlanIdentity.derived(from: a))
    document.planID = "saved-id-1"
    #expect(document.exportID == "saved-id-1")
  }
}
