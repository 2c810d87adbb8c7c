import NyforetagareEngine
import NyforetagareExport
import TerminalUI

/// Every step as a bar over the weeks, drawn from the same `TimelineLayout` as the HTML page's
/// SVG chart: the critical path (█), steps to check (░) and other steps (▒) differ in shape, not
/// only in colour; ▼ is the last day to send in, ─┤ the latest decision, │ today, ◆ the opening.
/// ↑↓ scroll the steps, ←→ (or h l) the weeks.
struct TimelineScreen: Screen {
  var scroll = ScrollView()
  /// The first week shown (0 = the chart's first week).
  var firstWeek = 0

  var route: Route { .timeline }

  func title(_ env: Env) -> String { env.text.t("Tidslinje, vecka för vecka", "Timeline, week by week") }

  /// The rows of bars: below the week numbers, above the legend and its note.
  func barArea(_ env: Env) -> Rect {
    Rect(x: 1, y: env.area.y + 1, width: env.width - 2, height: env.area.height - 3)
  }

  static let labelWidth = 28

  /// How many weeks fit beside the labels.
  func visibleWeeks(_ env: Env) -> Int { max(1, env.width - Self.labelWidth - 3) }

  func timeline(_ env: Env) -> TimelineLayout? {
    env.plan.map { TimelineLayout(plan: $0, language: env.language) }
  }

  mutating func layout(_ env: Env) {
    scroll.fit(count: timeline(env)?.rows.count ?? 0, visible: barArea(env).height)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    if scroll.handle(key) { return .none }
    let total = timeline(env)?.weekCount ?? 0
    let step = max(1, visibleWeeks(env) / 2)
    switch key {
    case .right, .character("l"):
      firstWeek = min(max(0, total - visibleWeeks(env)), firstWeek + step)
      return .none
    case .character("h"):
      firstWeek = max(0, firstWeek - step)
      return .none
    case .left where firstWeek > 0:
      firstWeek = max(0, firstWeek - step)
      return .none
    case .escape, .left, .backspace: return Outcome(.pop)
    default: return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    guard let layout = timeline(env) else { return }
    let text = env.text
    let width = env.width
    let chartX = Self.labelWidth + 2
    let weeks = visibleWeeks(env)
    // Header: week numbers every 4 weeks, each shown whole or not at all.
    var header = ""
    for (w, tick) in layout.weeks.dropFirst(firstWeek).prefix(weeks).enumerated()
    where w % 4 == 0 && DisplayWidth.of(header) <= w && w + DisplayWidth.of(tick.label) <= weeks {
      header += String(repeating: " ", count: w - DisplayWidth.of(header)) + tick.label
    }
    buffer.write(header, x: chartX, y: env.area.y, style: .dim, maxWidth: weeks)
    let area = barArea(env)
    var y = area.y
    for row in layout.rows.dropFirst(scroll.offset) where y < area.maxY {
      let style: Style = row.critical ? .critical : (row.check ? .warning : .normal)
      let label = (row.critical && row.kind == .step ? "⚑ " : "") + row.title
      buffer.write(DisplayWidth.pad(label, to: Self.labelWidth), x: 1, y: y, style: style, maxWidth: Self.labelWidth)
      for (i, mark) in layout.weekMarks(row, from: firstWeek, count: weeks).enumerated() where mark != .empty {
        let markStyle: Style
        switch mark {
        case .today, .openingLine, .latest, .latestEnd, .window: markStyle = .dim
        case .opening, .critical: markStyle = .critical
        case .check: markStyle = .warning
        default: markStyle = style
        }
        buffer.write(String(mark.glyph), x: chartX + i, y: y, style: markStyle)
      }
      y += 1
    }
    buffer.cursor = (1, area.y)
    let opening = layout.opening
    let legend = text.t(
      "█ kritisk väg ░ kontrollera ▒ övriga ▼ skicka in ┤ senaste beslut │ idag ◆ öppning \(opening.iso) (v\(opening.isoWeek))"
        + " · tidsfönster ◇ efter öppning",
      "█ critical path ░ check ▒ other ▼ send in ┤ latest decision │ today ◆ opening \(opening.iso) (w\(opening.isoWeek))"
        + " · window ◇ after opening"
    )
    buffer.write(legend, x: 1, y: env.area.maxY - 1, style: .dim, maxWidth: width - 2)
    let openingWeek = layout.week(of: opening)
    if openingWeek >= firstWeek + weeks || openingWeek < firstWeek {
      buffer.write(
        text.t(
          "(öppningen ligger utanför – → visar fler veckor)", "(the opening is off the chart – → shows more weeks)"),
        x: 1, y: env.area.maxY - 2, style: .warning)
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    [("↑↓", env.text.scroll), ("←→", env.text.t("Veckor", "Weeks"))] + Chrome.backHelpQuit(env.text)
  }
}
