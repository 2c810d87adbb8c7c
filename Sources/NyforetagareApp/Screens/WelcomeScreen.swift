import Foundation
import NyforetagareEngine
import TerminalUI

/// The first screen: start a plan, open a saved one, change language, help, quit.
struct WelcomeScreen: Screen {
  var list = ListView()

  var route: Route { .welcome }

  func title(_ env: Env) -> String { env.text.t("Välkommen", "Welcome") }

  func items(_ env: Env) -> [String] {
    let text = env.text
    if let kiosk = env.kiosk {
      return [text.t("Starta en ny plan", "Start a new plan")]
        + (kiosk.languages.count > 1 ? [text.t("In English", "På svenska")] : [])
        + [text.help]
    }
    return [text.t("Starta en ny plan", "Start a new plan")]
      + env.recentPlans.map {
        text.t("Öppna sparad plan: ", "Open saved plan: ") + (($0 as NSString).lastPathComponent)
      }
      + [text.t("In English", "På svenska"), text.help, text.quit]
  }

  mutating func layout(_ env: Env) {
    let count = items(env).count
    list.fit(count: count, height: count)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    if list.handle(key, count: items(env).count) { return .none }
    guard key == .enter || key == .right else { return .none }
    let selection = list.selection
    let start = Outcome(.push(InterviewScreen.start(env.landscape, founder.answers, env)))
    if let kiosk = env.kiosk {
      switch selection {
      case 0: return start
      case 1 where kiosk.languages.count > 1:
        founder.language = kiosk.languages.first { $0 != founder.language } ?? founder.language
        return .none
      default: return Outcome(help: true)
      }
    }
    let recents = env.recentPlans.count
    switch selection {
    case 0: return start
    case 1...max(1, recents) where recents > 0:
      return Outcome(commands: [.open(path: env.recentPlans[selection - 1])])
    case recents + 1:
      founder.language = founder.language == .sv ? .en : .sv
      return .none
    case recents + 2: return Outcome(help: true)
    default: return Outcome(quit: true)
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    let text = env.text
    let area = env.area
    var y = area.y + 1
    let intro = text.t(
      "Starta restaurang, kafé, bar, food truck eller catering? Svara på några frågor så får du alla tillstånd och registreringar du behöver – i rätt ordning, med datum, avgifter och varför.",
      "Starting a restaurant, café, bar, food truck or catering firm? Answer a few questions and get every permit and registration you need – in order, with dates, fees and why."
    )
    for l in DisplayWidth.wrap(intro, to: area.width - 4) {
      buffer.write(l, x: 2, y: y)
      y += 1
    }
    y += 1
    for (i, item) in items(env).enumerated() {
      let selected = i == list.selection
      let row = (selected ? "▸ " : "  ") + item
      buffer.write(DisplayWidth.pad(row, to: 40), x: 4, y: y, style: selected ? .selected : .normal)
      if selected { buffer.cursor = (4, y) }
      y += 1
    }
    y += 1
    let meta = env.landscape.meta
    let note = text.t(
      "Innehåll: version \(meta.version) (\(meta.date.iso)). Uppgifterna är vägledning – bekräfta alltid med myndigheten.",
      "Content: version \(meta.version) (\(meta.date.iso)). The figures are guidance – always confirm with the authority."
    )
    for l in DisplayWidth.wrap(note, to: area.width - 4) where y < area.maxY - 1 {
      buffer.write(l, x: 2, y: y, style: .dim)
      y += 1
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    return [
      ("↑↓", text.choose), ("Enter", text.t("OK", "OK")), ("?", text.help),
      ("q", text.quit),
    ]
  }
}
