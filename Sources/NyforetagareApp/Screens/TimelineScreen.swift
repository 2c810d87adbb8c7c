import NyforetagareEngine
import TerminalUI

/// Every step as a bar over the weeks from today; the critical path stands out.
struct TimelineScreen: Screen {
  var scroll = ScrollView()

  var route: Route { .timeline }

  func title(_ env: Env) -> String { env.text.t("Tidslinje, vecka för vecka", "Timeline, week by week") }

  /// The rows of bars: below the week numbers, above the legend and its note.
  func barArea(_ env: Env) -> Rect {
    Rect(x: 1, y: env.area.y + 1, width: env.width - 2, height: env.area.height - 3)
  }

  mutating func layout(_ env: Env) {
    scroll.fit(count: env.plan?.entries.count ?? 0, visible: barArea(env).height)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    if scroll.handle(key) { return .none }
    switch key {
    case .escape, .left, .backspace: return Outcome(.pop)
    default: return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    guard let plan = env.plan else { return }
    let text = env.text
    let width = env.width
    let labelWidth = 28
    let chartX = labelWidth + 2
    let weeks = max(1, width - chartX - 1)
    let firstWeek = env.today.startOfWeek
    // Header: week numbers every 4 weeks.
    var header = ""
    for w in 0..<weeks {
      let label = text.t("v", "w") + String(firstWeek.adding(days: w * 7).isoWeek)
      if w % 4 == 0 && DisplayWidth.of(header) <= w {
        header += String(repeating: " ", count: w - DisplayWidth.of(header)) + label
      }
    }
    buffer.write(header, x: chartX, y: env.area.y, style: .dim, maxWidth: weeks)
    let area = barArea(env)
    var y = area.y
    for e in plan.entries.dropFirst(scroll.offset) where y < area.maxY {
      let style: Style = e.critical ? .critical : (e.status == .check ? .warning : .normal)
      buffer.write(DisplayWidth.pad(e.step.title[env.language], to: labelWidth), x: 1, y: y, style: style)
      let startWeek = firstWeek.days(until: e.start.startOfWeek) / 7
      let endWeek = firstWeek.days(until: e.done.startOfWeek) / 7
      if e.step.kind == .milestone {
        if startWeek < weeks { buffer.write("◆", x: chartX + startWeek, y: y, style: .critical) }
      } else {
        for week in startWeek...max(startWeek, endWeek) where week < weeks {
          buffer.write(e.critical ? "█" : "▒", x: chartX + week, y: y, style: style)
        }
      }
      y += 1
    }
    buffer.cursor = (1, area.y)
    let opening = plan.earliestOpening
    let legend = text.t(
      "█ kritisk väg  ▒ övriga steg  ◆ öppning \(opening.iso) (vecka \(opening.isoWeek))",
      "█ critical path  ▒ other steps  ◆ opening \(opening.iso) (week \(opening.isoWeek))")
    buffer.write(legend, x: 1, y: env.area.maxY - 1, style: .dim, maxWidth: width - 2)
    if firstWeek.days(until: opening.startOfWeek) / 7 >= weeks {
      buffer.write(
        text.t("(öppningen ligger bortom diagrammet)", "(the opening lies beyond the chart)"), x: 1,
        y: env.area.maxY - 2, style: .warning)
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    [("↑↓", env.text.t("Bläddra", "Scroll"))] + Chrome.backHelpQuit(env.text)
  }
}
