import Foundation
import NyforetagareEngine

/// Renders a plan's dates as an iCalendar file (RFC 5545): every expected decision, every
/// latest decision of a pending case, every "send in no later than" deadline, and the opening
/// day, as all-day events.
public struct ICalendarRenderer: Sendable {
  /// The landscape the plan was made from.
  public let landscape: Landscape
  /// The language of the event titles.
  public let language: Language

  /// Creates a renderer.
  public init(landscape: Landscape, language: Language) {
    self.landscape = landscape
    self.language = language
  }

  /// The iCalendar text (CRLF line ends, folded at 75 octets).
  public func render(_ plan: Plan) -> String {
    let x = ExportText(language: language)
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nyforetagare//Plan \(plan.contentVersion)//SV",
      "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + escape(x.t("Nyföretagare – din plan", "Nyföretagare – your plan")),
    ]
    let stamp = compact(plan.today) + "T000000Z"
    func event(_ uid: String, _ day: Day, _ summary: String, _ description: String, rrule: String? = nil) {
      lines += [
        "BEGIN:VEVENT", "UID:\(uid)@nyforetagare", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(day))",
        "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))",
      ]
      if let rrule { lines.append("RRULE:" + rrule) }
      lines += ["SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT", "END:VEVENT"]
    }
    let words = DateWords(language: language)
    for e in plan.entries {
      let title = e.step.title[language]
      if e.step.kind == .milestone {
        event("\(e.step.id)", plan.plannedOpening, x.t("Öppningsdag", "Opening day"), title)
        continue
      }
      if e.isDone { continue }
      if let t = e.tracking {
        event(
          "\(e.step.id)-expected", t.expectedDecision, words.expectedDecision + ": " + title,
          x.t("Förväntat beslut enligt normal handläggningstid.", "Expected decision from the typical handling time."))
        event(
          "\(e.step.id)-latest", t.latestDecision, words.latestDecision + ": " + title,
          x.t("Senast enligt ", "Latest according to ") + (t.latestBasisText ?? "–"))
      } else if let submit = e.submit {
        event(
          "\(e.step.id)-done", e.done, words.expectedDecision + ": " + title,
          "\(words.sendIn) \(submit.iso), \(words.expectedDecision.lowercased()) \(e.done.iso).")
      } else {
        event(
          "\(e.step.id)-done", e.done, words.done + ": " + title,
          x.t(
            "Start \(e.start.iso), beräknat klart \(e.done.iso).", "Start \(e.start.iso), estimated done \(e.done.iso)."
          ))
      }
      if let sendBy = e.window?.latest ?? e.sendBy {
        event(
          "\(e.step.id)-send-by", sendBy, words.sendBy + ": " + title,
          e.window?.note?[language]
            ?? x.t(
              "Ska vara inskickat minst \(e.step.timing.noticeDaysBeforeOpening ?? 0) dagar före öppning.",
              "Must be sent in at least \(e.step.timing.noticeDaysBeforeOpening ?? 0) days before opening."))
      }
    }
    for d in plan.duties {
      let title = (d.title ?? d.step.title)[language]
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
