import NyforetagareEngine
import TerminalUI

/// "Kan göras nu": the steps whose prerequisites are all done; Enter opens one.
struct CanDoNowScreen: Screen {
  var list = ListView()

  var route: Route { .canDoNow }

  func title(_ env: Env) -> String { env.text.t("Kan göras nu", "Can be done now") }

  func listArea(_ env: Env) -> Rect {
    Rect(x: 1, y: env.area.y + 2, width: env.width - 2, height: env.area.height - 3)
  }

  mutating func layout(_ env: Env) {
    list.fit(count: env.plan?.canStartNow.count ?? 0, height: listArea(env).height)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    let items = env.plan?.canStartNow ?? []
    if list.handle(key, count: items.count) { return .none }
    switch key {
    case .enter, .right:
      guard let item = list.selected(in: items) else { return .none }
      return Outcome(.push(StepScreen(id: item.step.id)))
    case .escape, .left, .backspace:
      return Outcome(.pop)
    default:
      return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    let text = env.text
    let width = env.width
    let items = env.plan?.canStartNow ?? []
    buffer.write(
      text.t(
        "Steg där allt som krävs först är klart. Börja här.", "Steps where everything needed first is done. Start here."
      ),
      x: 1, y: env.area.y, style: .dim, maxWidth: width - 2)
    let area = listArea(env)
    var y = area.y
    for (i, e) in items.enumerated().dropFirst(list.offset) where y < area.maxY {
      let selected = i == list.selection
      let line =
        Chrome.mark(e) + " " + DisplayWidth.pad(e.step.title[env.language], to: width - 30) + " "
        + (env.landscape.actors[e.step.actor]?.name[env.language] ?? "")
      buffer.write(DisplayWidth.pad(line, to: area.width), x: area.x, y: y, style: selected ? .selected : .normal)
      if selected { buffer.cursor = (area.x, y) }
      y += 1
    }
    if items.isEmpty {
      buffer.write(
        text.t("Inget just nu – du väntar på beslut.", "Nothing right now – you are waiting for decisions."), x: 1,
        y: area.y)
      buffer.cursor = (1, area.y)
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    [("Enter", env.text.open)] + Chrome.backHelpQuit(env.text)
  }
}
