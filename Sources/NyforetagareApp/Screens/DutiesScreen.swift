import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// "Efter öppning": the recurring duties once the business is open, each with its first due
/// day and its rule; they are not in the plan's to-do list.
struct DutiesScreen: Screen {
  /// The first line shown.
  var offset = 0
  /// The lines that fit, from the last layout.
  var page = 1

  var route: Route { .duties }

  func title(_ env: Env) -> String { DateWords(language: env.language).afterOpening }

  /// The text lines at the screen's width.
  func lines(_ env: Env) -> [(String, Style)] {
    guard let plan = env.plan else { return [] }
    let words = DateWords(language: env.language)
    let width = max(20, env.width - 4)
    var out: [(String, Style)] = []
    for text in DisplayWidth.wrap(
      env.text.t(
        "Återkommande skyldigheter när du har öppnat. De finns också i kalenderfilen när du exporterar.",
        "Recurring duties once you have opened. They are also in the calendar file when you export."), to: width)
    {
      out.append((text, .dim))
    }
    for d in plan.duties {
      out.append(("", .normal))
      var head = (d.title ?? d.step.title)[env.language]
      if d.status == .check { head += env.text.t(" (kontrollera)", " (check)") }
      out.append((head, d.status == .check ? .warning : .heading))
      out.append(("  \(words.firstDue): \(d.firstDue.iso)", .normal))
      for l in DisplayWidth.wrap(d.recurrence.rule[env.language], to: width - 2) { out.append(("  " + l, .normal)) }
    }
    if plan.duties.isEmpty {
      out.append(("", .normal))
      out.append((env.text.t("Inga återkommande skyldigheter.", "No recurring duties."), .normal))
    }
    return out
  }

  mutating func layout(_ env: Env) {
    page = max(1, env.area.height)
    offset = max(0, min(offset, lines(env).count - page))
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    let count = lines(env).count
    switch key {
    case .down, .character("j"): offset = min(offset + 1, max(0, count - page))
    case .up, .character("k"): offset = max(0, offset - 1)
    case .pageDown, .character(" "): offset = min(offset + page, max(0, count - page))
    case .pageUp: offset = max(0, offset - page)
    case .escape, .left, .backspace: return Outcome(.pop)
    default: break
    }
    return .none
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    var y = env.area.y
    for (line, style) in lines(env).dropFirst(offset) where y < env.area.maxY {
      buffer.write(line, x: 2, y: y, style: style, maxWidth: env.width - 3)
      y += 1
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    [("↑↓ PgUp PgDn", env.text.scroll)] + Chrome.backHelpQuit(env.text)
  }
}
