import NyforetagareEngine
import NyforetagareExport
import TerminalUI

/// "Inte aktuellt": the steps that do not apply and why, those already done, those set aside,
/// and cases of steps that no longer apply. Scrolls to its last line.
struct NotNeededScreen: Screen {
  var scroll = ScrollView()
  /// The text at the width shown, from the last layout.
  var lines: [(String, Style)] = []

  var route: Route { .notNeeded }

  func title(_ env: Env) -> String { env.text.notNeededForYou }

  func textArea(_ env: Env) -> Rect {
    Rect(x: 2, y: env.area.y, width: env.width - 4, height: env.area.height - 1)
  }

  static func lines(_ env: Env, width: Int) -> [(String, Style)] {
    guard let plan = env.plan else { return [] }
    let text = env.text
    let language = env.language
    // The words as the exports resolve them: why not, the founder's reasons, former titles.
    let words = PlanView.Resolver(plan: plan, landscape: env.landscape, language: language)
    var lines: [(String, Style)] = []
    for a in plan.notNeeded.map(words.notNeeded) {
      lines.append((a.title, .heading))
      for l in DisplayWidth.wrap(a.why, to: width - 2) {
        lines.append(("  " + l, .normal))
      }
    }
    if !plan.alreadyDone.isEmpty {
      lines.append(("", .normal))
      lines.append((text.alreadyDone, .heading))
      for a in plan.alreadyDone { lines.append(("  ✓ " + a.step.title[language], .success)) }
    }
    if !plan.setAside.isEmpty {
      lines.append(("", .normal))
      lines.append((text.setAside, .heading))
      for a in plan.setAside.map(words.setAside) { lines.append(("  " + a.title + ": " + a.why, .normal)) }
    }
    if !plan.formerCases.isEmpty {
      lines.append(("", .normal))
      lines.append((text.t("Steg som inte längre gäller (historik)", "Steps that no longer apply (history)"), .heading))
      for c in plan.formerCases.map({ words.formerCase(id: $0.id, record: $0.record) }) {
        lines.append(("  " + c.title + ": " + text.caseState(c.record.state), .dim))
      }
    }
    return lines
  }

  mutating func layout(_ env: Env) {
    let area = textArea(env)
    lines = Self.lines(env, width: area.width)
    scroll.fit(count: lines.count, visible: area.height)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    if scroll.handle(key) { return .none }
    switch key {
    case .escape, .left, .backspace: return Outcome(.pop)
    default: return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    let area = textArea(env)
    var y = area.y
    for (l, style) in lines.dropFirst(scroll.offset) where y < area.maxY {
      buffer.write(l, x: area.x, y: y, style: style, maxWidth: area.width)
      y += 1
    }
    buffer.cursor = (area.x, area.y)
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    [("↑↓", env.text.scroll)] + Chrome.backHelpQuit(env.text)
  }
}
