import NyforetagareEngine
import NyforetagareText

/// The shape of a plan's timeline, computed once and drawn twice: as the SVG chart of the HTML
/// page and as the terminal's week-by-week timeline.
///
/// Everything is in days: a renderer maps `offset(of:)` to pixels (the SVG) or `week(of:)` to
/// columns (the terminal). Rows are the plan's steps in plan order, then the opening day, then
/// the recurring duties after it.
public struct TimelineLayout: Sendable, Hashable {
  /// What a row shows.
  public enum RowKind: String, Sendable, Hashable {
    /// A step with a bar from its start to its expected decision (or done day).
    case step
    /// The opening day: a single point.
    case milestone
    /// A duty that recurs after opening: a point on each due day in the chart.
    case duty
  }

  /// A stretch of days, both ends included.
  public struct Span: Sendable, Hashable {
    /// The first day.
    public var from: Day
    /// The last day.
    public var to: Day

    /// Creates a span; the ends are put in order.
    public init(from: Day, to: Day) {
      self.from = min(from, to)
      self.to = max(from, to)
    }
  }

  /// One line of the chart.
  public struct Row: Sendable, Hashable {
    /// The step's id.
    public var id: String
    /// The step's title in the chart's language.
    public var title: String
    /// What the row shows.
    public var kind: RowKind
    /// From the start to the expected decision or done day (a milestone: one day).
    public var bar: Span
    /// When a rule bounds the days the step may be done in, those days.
    public var window: Span?
    /// The latest decision the law or the authority promises, when later than the bar.
    public var latestDecision: Day?
    /// The last day to send the application or notice in, if there is one.
    public var sendBy: Day?
    /// A duty's due days within the chart.
    public var occurrences: [Day]
    /// Whether the step is on the critical path to opening.
    public var critical: Bool
    /// Whether the step may apply (it hangs on an unanswered question).
    public var check: Bool
    /// Whether the founder has recorded it as done.
    public var done: Bool
  }

  /// A labelled day on the time axis.
  public struct Tick: Sendable, Hashable {
    /// The day.
    public var day: Day
    /// Its label: a week number ("v48" / "w48") or a month ("dec 2026").
    public var label: String
  }

  /// The first day of the chart: a Monday, on or before today and every start.
  public var first: Day
  /// The day after the chart's last day: a Monday.
  public var end: Day
  /// The day the plan counts from.
  public var today: Day
  /// The opening day the plan works towards.
  public var opening: Day
  /// The founder's desired opening day, when it differs from the planned one.
  public var desiredOpening: Day?
  /// The rows, top to bottom.
  public var rows: [Row]
  /// Every Monday in the chart, labelled with its ISO week number.
  public var weeks: [Tick]
  /// The first day of every month in the chart, labelled with the month and year.
  public var months: [Tick]

  /// The number of days the chart covers.
  public var dayCount: Int { first.days(until: end) }

  /// The number of weeks the chart covers.
  public var weekCount: Int { dayCount / 7 }

  /// Days from the chart's first day to a day.
  public func offset(of day: Day) -> Int { first.days(until: day) }

  /// The week (0 = the first) a day falls in.
  public func week(of day: Day) -> Int {
    let days = offset(of: day)
    return days >= 0 ? days / 7 : -((-days + 6) / 7)
  }

  /// The rows on the critical path.
  public var criticalRows: [Row] { rows.filter(\.critical) }

  /// The layout of a plan's timeline, with labels in a language.
  public init(plan: Plan, language: Language) {
    let x = Words(language: language)
    var rows: [Row] = []
    var milestone: Row?
    for e in plan.entries {
      if e.step.kind == .milestone {
        milestone = Row(
          id: e.step.id, title: e.step.title[language], kind: .milestone,
          bar: Span(from: plan.plannedOpening, to: plan.plannedOpening), window: nil, latestDecision: nil,
          sendBy: nil, occurrences: [], critical: true, check: false, done: false)
        continue
      }
      let expected = e.tracking?.expectedDecision ?? e.done
      let latest = e.tracking?.latestDecision ?? e.latest
      rows.append(
        Row(
          id: e.step.id, title: e.step.title[language], kind: .step, bar: Span(from: e.start, to: expected),
          window: Self.window(e.window, bar: Span(from: e.start, to: expected)),
          latestDecision: latest.flatMap { $0 > expected ? $0 : nil }, sendBy: e.sendBy,
          occurrences: [], critical: e.critical, check: e.status == .check, done: e.isDone))
    }
    if let milestone { rows.append(milestone) }
    let horizon = plan.plannedOpening.adding(days: Self.dutyHorizonDays)
    for duty in plan.duties where duty.recurrence.frequency != .ongoing && duty.firstDue <= horizon {
      rows.append(
        Row(
          id: duty.id, title: (duty.title ?? duty.step.title)[language], kind: .duty,
          bar: Span(from: duty.firstDue, to: duty.firstDue), window: nil, latestDecision: nil, sendBy: nil,
          occurrences: Self.occurrences(of: duty, until: horizon),
          critical: false, check: duty.status == .check, done: false))
    }
    self.rows = rows
    self.today = plan.today
    self.opening = plan.plannedOpening
    self.desiredOpening = plan.desiredOpening.flatMap { $0 == plan.plannedOpening ? nil : $0 }

    var earliest = plan.today
    var latest = max(plan.today, plan.plannedOpening.adding(days: 14))
    for r in rows {
      earliest = min(earliest, r.bar.from, r.window?.from ?? r.bar.from, r.sendBy ?? r.bar.from)
      latest = max(latest, r.bar.to, r.window?.to ?? r.bar.to, r.latestDecision ?? r.bar.to)
      if let last = r.occurrences.last { latest = max(latest, last) }
    }
    if let desired = desiredOpening {
      earliest = min(earliest, desired)
      latest = max(latest, desired)
    }
    self.first = earliest.startOfWeek
    self.end = latest.startOfWeek.adding(days: 7)

    var weeks: [Tick] = []
    var monday = first
    while monday < end {
      weeks.append(Tick(day: monday, label: x.t("v", "w") + String(monday.isoWeek)))
      monday = monday.adding(days: 7)
    }
    self.weeks = weeks
    var months: [Tick] = []
    var (year, month, _) = first.components
    while let day = Day(year: year, month: month, day: 1), day < end {
      if day >= first { months.append(Tick(day: day, label: Self.monthName(month, language) + " \(year)")) }
      (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
    }
    self.months = months
  }

  /// How far after the opening day the chart shows a duty's due days (a year and a month, so a
  /// yearly duty shows once and a monthly one twelve times or more); a duty first due later is
  /// left to the plan's list of duties, so it does not stretch the chart.
  static let dutyHorizonDays = 396

  /// The days a rule's window allows, where it bounds either end; an open end is the bar's.
  static func window(_ window: Plan.DatedWindow?, bar: Span) -> Span? {
    guard let window, window.earliest != nil || window.latest != nil else { return nil }
    return Span(from: window.earliest ?? bar.from, to: window.latest ?? bar.to)
  }

  /// A duty's due days from its first one up to `horizon`. Later ones are the rule's own days, as in the calendar's RRULE.
  static func occurrences(of duty: Plan.Duty, until horizon: Day) -> [Day] {
    let rule = duty.recurrence
    let (y, m, d) = (duty.ruleStart ?? duty.firstDue).components
    let step = max(1, rule.interval)
    var days = [duty.firstDue]
    for k in 1..<400 {
      let next: Day?
      switch rule.frequency {
      case .yearly: next = Day(year: y + k * step, month: m, day: d) ?? Day(year: y + k * step, month: m, day: 28)
      case .monthly:
        let months = (m - 1) + k * step
        next =
          Day(year: y + months / 12, month: months % 12 + 1, day: d)
          ?? Day(year: y + months / 12, month: months % 12 + 1, day: 28)
      case .ongoing: next = nil
      }
      guard let day = next, day <= horizon else { break }
      days.append(day)
    }
    return days
  }

  static func monthName(_ month: Int, _ language: Language) -> String {
    let sv = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let names = language == .sv ? sv : en
    return names.indices.contains(month - 1) ? names[month - 1] : String(month)
  }
}
