import NyforetagareEngine
import NyforetagareExport
import NyforetagareText
import TerminalUI

/// The plan: every step in order (or grouped by actor), with its dates and case mark.
struct PlanScreen: Screen {
  /// The rows of the list: actor headings (when grouped) and entries.
  enum Row: Hashable {
    case heading(String)
    case entry(Int)
  }

  /// The selection among the entries (headings are skipped).
  var list = ListView()
  /// The step selected, kept by id: its position moves when dates change.
  var selectedID: String?
  /// Whether the plan is grouped by actor.
  var byActor = false
  /// The first row shown, kept between frames.
  var rowOffset = 0
  /// The entries shown, from the last layout: what a page key moves by.
  var page = 1

  var route: Route { .plan }

  func title(_ env: Env) -> String {
    env.text.yourPlan + (byActor ? env.text.t(" · per aktör", " · by actor") : "")
  }

  /// The rows the list may use.
  func listArea(_ env: Env) -> Rect {
    Rect(x: 0, y: env.area.y + 3, width: env.width, height: env.area.maxY - 1 - (env.area.y + 3))
  }

  mutating func layout(_ env: Env) {
    guard let plan = env.plan, let digest = env.planDigest else { return }
    // The rows were built once for the plan; a layout only looks up where the selection is.
    let layout = digest.layout(byActor: byActor)
    let rows = layout.rows
    if let id = selectedID, let i = digest.entryIndex[id] { list.selection = layout.positionOfEntry[i] }
    let visible = listArea(env).height
    list.fit(count: layout.entries.count, height: visible)
    selectedID = list.selected(in: layout.entries).map { plan.entries[$0].step.id }
    // Keep the offset; move it only as far as needed to show the selected row (and its heading).
    let selectedRow = list.selected(in: layout.rowOfPosition) ?? 0
    if selectedRow < rowOffset {
      rowOffset = selectedRow
      if rowOffset > 0, case .heading = rows[rowOffset - 1] { rowOffset -= 1 }
    }
    if visible > 0 && selectedRow >= rowOffset + visible { rowOffset = selectedRow - visible + 1 }
    rowOffset = max(0, min(rowOffset, max(0, rows.count - visible)))
    // A page is the entries shown, so a page key moves by what the founder sees.
    page = max(
      1, rows.dropFirst(rowOffset).prefix(visible).filter { if case .entry = $0 { true } else { false } }.count)
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    guard let plan = env.plan, let entries = env.planDigest?.layout(byActor: byActor).entries else { return .none }
    if list.handle(key, count: entries.count, page: page) {
      selectedID = list.selected(in: entries).map { plan.entries[$0].step.id }
      return .none
    }
    switch key {
    case .enter, .right:
      guard let id = selectedID else { return .none }
      return Outcome(.push(StepScreen(id: id)))
    case .tab:
      byActor.toggle()
      return .none
    case .character("d"), .character("u"): return Outcome(.push(DataSheetScreen()))
    case .character("t"): return Outcome(.push(TimelineScreen()))
    case .character("n"): return Outcome(.push(NotNeededScreen()))
    case .character("e"), .character("x"): return Outcome(.push(ExportScreen()))
    case .character("c"): return Outcome(.push(CanDoNowScreen()))
    case .character("o"): return Outcome(.push(DutiesScreen()))
    case .character("i"), .character("a"), .left, .backspace:
      return Outcome(.push(AnswersScreen()))
    default:
      return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    guard let plan = env.plan, let digest = env.planDigest else { return }
    let text = env.text
    let area = env.area
    let width = area.width
    var head = text.earliestOpening + ": " + plan.earliestOpening.iso
    if let desired = plan.desiredOpening {
      if let delay = plan.openingDelay {
        head += text.t(
          "  (önskad \(desired.iso): \(delay) dagar för tidigt)", "  (desired \(desired.iso): \(delay) days too early)")
      } else {
        head += text.t("  (önskad \(desired.iso) går att nå)", "  (desired \(desired.iso) can be met)")
      }
    }
    buffer.write(head, x: 1, y: area.y, style: plan.openingDelay == nil ? .heading : .warning, maxWidth: width - 2)
    // Counted once per plan (the digest): a frame formats only the rows it shows.
    let (steps, checks, actors) = (digest.steps, digest.checks, digest.actorIDs.count)
    // Fees split by how sure they are, never one mixed sum (the kommun is in the title bar).
    let fees = digest.fees
    var feeParts = [text.t("bekräftade ", "confirmed ") + text.kr(fees.confirmedSEK)]
    if fees.estimatedSEK > 0 { feeParts.append(text.t("uppskattade ", "estimated ") + text.kr(fees.estimatedSEK)) }
    if fees.stepsWithoutFigure > 0 {
      feeParts.append(
        text.t("\(fees.stepsWithoutFigure) steg utan uppgift", "\(fees.stepsWithoutFigure) steps with no figure"))
    }
    var sub =
      text.t(
        "\(steps) steg · \(actors) aktörer · avgifter: ", "\(steps) steps · \(actors) actors · fees: ")
      + feeParts.joined(separator: ", ")
    if checks > 0 { sub += text.toCheck(checks) }
    buffer.write(sub, x: 1, y: area.y + 1, style: .dim, maxWidth: width - 2)
    // What to do today, on the row above the list.
    let words = DateWords(language: env.language)
    let first = plan.firstActions.enumerated().compactMap { n, id in
      digest.entryIndex[id].map {
        // A step that only may apply says so: no first action claims an answer not given.
        let e = plan.entries[$0]
        return "\(n + 1). " + e.step.title[env.language] + (e.status == .check ? " (" + text.check + ")" : "")
      }
    }
    if !first.isEmpty {
      buffer.write(
        words.firstActions + ": " + first.joined(separator: "  "), x: 1, y: area.y + 2, style: .critical,
        maxWidth: width - 2)
    }

    let listArea = listArea(env)
    let layout = digest.layout(byActor: byActor)
    let selectedEntry = list.selected(in: layout.entries)
    let dateWidth = 23
    let titleWidth = width - 4 - 3 - dateWidth - 2
    var y = listArea.y
    for row in layout.rows.dropFirst(rowOffset).prefix(max(0, listArea.maxY - y)) {
      switch row {
      case .heading(let actor):
        buffer.write(
          env.landscape.actors[actor]?.name[env.language] ?? actor, x: 1, y: y, style: .heading, maxWidth: width - 2)
      case .entry(let i):
        let e = plan.entries[i]
        let selected = i == selectedEntry
        let mark = e.step.kind == .milestone ? "◆  " : Chrome.mark(e)
        let indent = byActor ? 3 : 1
        var line = mark + " " + DisplayWidth.pad(e.step.title[env.language], to: titleWidth - indent + 1)
        line += e.critical ? " ⚑ " : "   "
        // A case from the day it is sent in (a working day, where its start may be a weekend);
        // no end day when the plan knows no time for it.
        let end = e.durationKnown ? e.done.iso : env.text.t("okänt", "unknown")
        line += e.step.kind == .milestone ? e.start.iso : "\((e.submit ?? e.start).iso) → \(end)"
        let style: Style =
          selected
          ? .selected
          : (e.tracking?.overdue == true || e.status == .check
            ? .warning : (e.isDone ? .success : (e.critical ? .critical : .normal)))
        buffer.write(DisplayWidth.pad(line, to: width - indent - 1), x: indent, y: y, style: style)
        if selected { buffer.cursor = (indent, y) }
      }
      y += 1
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    return [
      ("Enter", text.open), ("Tab", text.t("Aktör", "Actor")), ("d", text.t("Uppgifter", "Data")),
      ("t", text.t("Tid", "Time")), ("c", text.t("Kan göras", "Do now")), ("n", text.t("Ej akt.", "Not needed")),
      ("e", text.t("Export", "Export")), ("i", text.t("Svar", "Answers")), ("?", text.help),
      ("q", text.quit),
    ]
  }
}
