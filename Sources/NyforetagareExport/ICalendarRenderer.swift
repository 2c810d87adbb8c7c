import Foundation
import NyforetagareEngine
import NyforetagareText

/// Renders a plan's dates as an iCalendar file (RFC 5545) that works in a real calendar: every
/// expected decision, every latest decision the law or the authority promises, every "send in no
/// later than" deadline (with reminders a week and a day before), and the opening day, as
/// all-day events.
///
/// Every UID carries the plan's id, so importing two founders' plans into one calendar keeps
/// both, and importing a later export of the same plan updates its events: UIDs stay the same
/// and SEQUENCE grows with the export day.
public struct ICalendarRenderer: Sendable {
  /// The plan's id in every UID; nil derives it from the plan's answers.
  public let planID: String?

  /// The day SEQUENCE counts from: an export made `n` days after it has SEQUENCE `n`.
  public static let sequenceEpoch = Day(year: 2026, month: 1, day: 1) ?? Day(daysSinceEpoch: 20_454)

  /// Creates a renderer. `planID` is the saved plan's id (`PlanDocument.exportID`); without one
  /// the id is derived from the plan's answers.
  public init(planID: String? = nil) {
    self.planID = planID
  }

  /// The SEQUENCE of an export made on a day: later exports supersede earlier ones.
  public static func sequence(on today: Day) -> Int { max(0, sequenceEpoch.days(until: today)) }

  /// The iCalendar text, in the view's language (CRLF line ends, folded at 75 octets).
  public func render(_ view: PlanView) -> String {
    let plan = view.plan
    let language = view.language
    let x = Words(language: language)
    let id = planID.flatMap { PlanIdentity.isValid($0) ? $0 : nil } ?? PlanIdentity.derived(from: plan.answers)
    var calendarName = x.t("Nyföretagare – din plan", "Nyföretagare – your plan")
    if let kommun = plan.kommun { calendarName += " (\(kommun.name))" }
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nyforetagare//Plan \(plan.contentVersion)//SV",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(calendarName),
    ]
    let stamp = compact(plan.today) + "T000000Z"
    let sequence = Self.sequence(on: plan.today)
    func event(
      _ key: String, _ day: Day, _ summary: String, _ description: String, alarms: [Alarm] = [], rrule: String? = nil
    ) {
      lines += [
        "BEGIN:VEVENT", "UID:\(id)-\(key)@nyforetagare", "DTSTAMP:\(stamp)", "SEQUENCE:\(sequence)",
        "DTSTART;VALUE=DATE:\(compact(day))", "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))",
      ]
      if let rrule { lines.append("RRULE:" + rrule) }
      lines += ["SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT"]
      for alarm in alarms {
        lines += [
          "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:\(alarm.trigger)", "DESCRIPTION:" + escape(alarm.text),
          "END:VALARM",
        ]
      }
      lines.append("END:VEVENT")
    }
    let words = DateWords(language: language)
    for v in view.entries {
      let e = v.entry
      let title = v.title
      if e.step.kind == .milestone {
        event(e.step.id, plan.plannedOpening, x.t("Öppningsdag", "Opening day"), title)
        continue
      }
      if e.isDone { continue }
      if let t = e.tracking {
        // No event on a day the plan does not know (no handling time for the kommun).
        if t.expectedKnown {
          event(
            "\(e.step.id)-expected", t.expectedDecision, words.expectedDecision + ": " + title,
            x.t("Förväntat beslut enligt normal handläggningstid.", "Expected decision from the typical handling time.")
          )
        }
        event(
          "\(e.step.id)-latest", t.latestDecision, words.latestDecision + ": " + title,
          x.t("Senast enligt ", "Latest according to ") + (t.latestBasisText ?? "–"))
      } else if e.durationKnown {
        if let submit = e.submit {
          event(
            "\(e.step.id)-done", e.done, words.expectedDecision + ": " + title,
            "\(words.sendIn) \(submit.iso), \(words.expectedDecision.lowercased()) \(e.done.iso).")
        } else {
          event(
            "\(e.step.id)-done", e.done, words.done + ": " + title,
            x.t(
              "Start \(e.start.iso), beräknat klart \(e.done.iso).",
              "Start \(e.start.iso), estimated done \(e.done.iso)."
            ))
        }
        // Always when there is one (even on the expected day), so a re-export keeps the same
        // set of UIDs as dates move.
        if let latest = e.latest {
          let sent = (e.submit ?? e.start).iso
          event(
            "\(e.step.id)-latest", latest, words.latestDecision + ": " + title,
            x.t("Om du skickar in \(sent): senast enligt ", "If you send it in on \(sent): at the latest under ")
              + latestBasis(e, x))
        }
      }
      // The day the plan has the case sent in, with reminders, unless it is already sent or the
      // send-by day below is the same day.
      let sendBy = e.window?.latest ?? e.sendBy
      if let submit = e.submit, e.tracking == nil, submit >= plan.today, submit != sendBy {
        let what = words.sendIn + " \(submit.iso): " + title
        event(
          "\(e.step.id)-submit", submit, words.sendIn + ": " + title,
          x.t(
            "Planen räknar med att ärendet skickas in den här dagen; "
              + (e.durationKnown
                ? "\(words.expectedDecision.lowercased()) \(e.done.iso)." : "ingen känd handläggningstid."),
            "The plan counts on the case being sent in on this day; "
              + (e.durationKnown
                ? "\(words.expectedDecision.lowercased()) \(e.done.iso)." : "no known handling time.")
          ), alarms: sendInAlarms(what))
      }
      if let sendBy {
        let what = words.sendBy + " \(sendBy.iso): " + title
        event(
          "\(e.step.id)-send-by", sendBy, words.sendBy + ": " + title,
          e.window?.note?[language]
            ?? x.t(
              "Ska vara inskickat minst \(e.step.timing.noticeDaysBeforeOpening ?? 0) dagar före öppning.",
              "Must be sent in at least \(e.step.timing.noticeDaysBeforeOpening ?? 0) days before opening."),
          alarms: sendInAlarms(what))
      }
    }
    for v in view.duties {
      let d = v.duty
      let title = v.title
      var description = d.recurrence.rule[language]
      if d.recurrence.rrule != nil {
        description += x.t(
          " (Kalendern visar regelns dag; infaller den på en helg gäller nästa vardag.)",
          " (The calendar shows the rule's day; when it falls on a weekend or holiday, the next weekday counts.)")
      }
      let rrule = d.recurrence.rrule
      event("duty-\(d.id)", rrule == nil ? d.firstDue : d.ruleStart ?? d.firstDue, title, description, rrule: rrule)
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// A reminder: when, relative to the all-day event's start (midnight), and what it says.
  struct Alarm {
    var trigger: String
    var text: String
  }

  /// The reminders before a send-in day: a week before, and at 09:00 the day before.
  func sendInAlarms(_ text: String) -> [Alarm] {
    [Alarm(trigger: "-P7D", text: text), Alarm(trigger: "-PT15H", text: text)]
  }

  /// Where a step's latest decision day comes from: a time limit in law, or the published time.
  func latestBasis(_ e: Plan.Entry, _ x: Words) -> String {
    if let s = e.step.timing.statutoryMax { return s.basis }
    if let h = e.handling, h.maxDays != nil {
      return x.t("publicerad handläggningstid", "the published handling time")
        + " (\(h.kommun ?? x.nationally), \(h.year.map(String.init) ?? "?"))"
    }
    return "–"
  }

  func compact(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

  func escape(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      default: out.append(ch)
      }
    }
    return out
  }

  /// Folds a content line at 75 octets without splitting a UTF-8 character.
  func fold(_ line: String) -> String {
    var result = ""
    var count = 0
    for ch in line {
      let size = String(ch).utf8.count
      if count + size > 75 {
        result += "\r\n "
        count = 1
      }
      result.append(ch)
      count += size
    }
    return result
  }
}
