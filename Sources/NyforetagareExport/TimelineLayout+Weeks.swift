import NyforetagareEngine

extension TimelineLayout {
  /// What one week of one row shows in the terminal's week-by-week timeline.
  public enum WeekMark: Sendable, Hashable {
    /// Nothing.
    case empty
    /// Today's week, where the row has nothing else.
    case today
    /// The opening day's week, where the row has nothing else.
    case openingLine
    /// A week of a step's bar.
    case bar
    /// A week of a bar on the critical path.
    case critical
    /// A week of a bar of a step to check.
    case check
    /// A week of the window a rule sets for a step, outside its bar.
    case window
    /// A week between the expected and the latest decision.
    case latest
    /// The week of the latest decision.
    case latestEnd
    /// The week of the last day to send in.
    case sendBy
    /// The opening day.
    case opening
    /// A duty's due day.
    case duty

    /// The character drawn: the critical path, steps to check and other steps differ in shape,
    /// not only in colour.
    public var glyph: Character {
      switch self {
      case .empty: return " "
      case .today: return "│"
      case .openingLine: return "┆"
      case .bar: return "▒"
      case .critical: return "█"
      case .check: return "░"
      case .window: return "·"
      case .latest: return "─"
      case .latestEnd: return "┤"
      case .sendBy: return "▼"
      case .opening: return "◆"
      case .duty: return "◇"
      }
    }
  }

  /// The marks of a row for `count` weeks starting at week `first` (0 = the chart's first week).
  public func weekMarks(_ row: Row, from first: Int = 0, count: Int) -> [WeekMark] {
    guard count > 0 else { return [] }
    var marks = [WeekMark](repeating: .empty, count: count)
    func put(_ mark: WeekMark, at day: Day) {
      let i = week(of: day) - first
      if marks.indices.contains(i) { marks[i] = mark }
    }
    func span(_ mark: WeekMark, _ from: Int, _ to: Int) {
      let low = max(from, first)
      let high = min(to, first + count - 1)
      guard low <= high else { return }
      for w in low...high { marks[w - first] = mark }
    }
    put(.today, at: today)
    put(.openingLine, at: opening)
    switch row.kind {
    case .step:
      if let w = row.window { span(.window, week(of: w.from), week(of: w.to)) }
      if let latest = row.latestDecision {
        span(.latest, week(of: row.bar.to) + 1, week(of: latest))
        put(.latestEnd, at: latest)
      }
      span(row.critical ? .critical : row.check ? .check : .bar, week(of: row.bar.from), week(of: row.bar.to))
      if let sendBy = row.sendBy { put(.sendBy, at: sendBy) }
    case .milestone:
      put(.opening, at: row.bar.from)
    case .duty:
      for day in row.occurrences { put(.duty, at: day) }
    }
    return marks
  }
}
