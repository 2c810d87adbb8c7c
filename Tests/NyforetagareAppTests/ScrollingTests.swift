import NyforetagareEngine
import TerminalUI
import TestSupport
import Testing

@testable import NyforetagareApp

/// Keys and view share one layout: long screens reach their last line, lists keep their offset
/// while the highlight moves, and a page is what is shown.
@Suite("Scrolling")
struct ScrollingTests {
  static let sizes = [(80, 24), (120, 40)]

  /// Presses PgDn until the screen stops changing.
  func pageToEnd(_ m: inout AppModel) {
    var last = ""
    for _ in 0..<200 {
      m.press(.pageDown)
      let now = m.screen
      if now == last { return }
      last = now
    }
  }

  func lastTextLine(_ lines: [(String, Style)]) -> String {
    (lines.last { !$0.0.trimmingCharacters(in: .whitespaces).isEmpty }?.0 ?? "").trimmingCharacters(in: .whitespaces)
  }

  @Test("every long screen reaches its last line with PgDn", arguments: sizes)
  func bottoms(size: (Int, Int)) throws {
    let (w, h) = size
    var m = try AppModel.showingPlan(restaurantAnswers, width: w, height: h)
    // A step.
    while m.selectedStepID != "serveringstillstand" { m.press(.down) }
    m.press(.enter)
    let step = StepDetail.lines("serveringstillstand", width: w - 4, m.env)
    #expect(step.count > h, "the step is not long enough to scroll")
    pageToEnd(&m)
    #expect(m.screen.contains(String(lastTextLine(step).prefix(w - 8))))
    #expect(m.screen.contains("av \(step.count)"))
    // Inte aktuellt: its explanations wrap to more lines than four per step.
    m.press(.escape, .character("n"))
    let notNeeded = NotNeededScreen.lines(m.env, width: w - 4)
    pageToEnd(&m)
    #expect(m.screen.contains(String(lastTextLine(notNeeded).prefix(w - 8))))
    // The timeline.
    m.press(.escape, .character("t"))
    pageToEnd(&m)
    let lastStep = try #require(m.plan?.entries.last).step.title[.sv]
    #expect(m.screen.contains(String(lastStep.prefix(20))))
    // The data sheet.
    m.press(.escape, .character("d"))
    pageToEnd(&m)
    let lastItem = try #require(m.sheetItems.last).item.label[.sv]
    #expect(m.screen.contains(String(lastItem.prefix(20))))
    // The plan.
    m.press(.escape)
    pageToEnd(&m)
    #expect(m.selectedStepID == m.plan?.entries.last?.step.id)
  }

  /// The rows of the plan list as shown, and the row the cursor is on.
  func planRows(_ m: AppModel) -> (first: String, cursor: Int) {
    let buffer = m.render()
    return (buffer.line(4), buffer.cursor?.y ?? -1)
  }

  @Test("moving within the rows shown moves the highlight, not the list")
  func highlightMoves() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    let count = try #require(m.plan?.entries.count)
    let visible = 24 - 6
    #expect(count > visible + 3, "the plan fits on one screen")
    for _ in 0..<(visible + 2) { m.press(.down) }
    let scrolled = planRows(m)
    #expect(scrolled.cursor == 4 + visible - 1)  // the bottom row
    m.press(.up, .up, .up)
    let after = planRows(m)
    #expect(after.first == scrolled.first, "the list scrolled under the highlight")
    #expect(after.cursor == scrolled.cursor - 3)
    // Back at the top row of the window, one more Up scrolls by one.
    for _ in 0..<(visible - 4) { m.press(.up) }
    #expect(planRows(m).cursor == 4)
    #expect(planRows(m).first == scrolled.first)
    m.press(.up)
    #expect(planRows(m).cursor == 4)
    #expect(planRows(m).first != scrolled.first)
  }

  @Test("a page key moves by what is shown")
  func pages() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    let plan = try #require(m.plan)
    m.press(.pageDown)
    // 18 rows are shown at 80×24: PgDn lands on the 19th step, the first not shown before.
    #expect(m.selectedStepID == plan.entries[24 - 6].step.id)
    m.press(.pageUp)
    #expect(m.selectedStepID == plan.entries[0].step.id)
    // A step's text moves by the 21 lines shown.
    while m.selectedStepID != "serveringstillstand" { m.press(.down) }
    m.press(.enter, .pageDown)
    #expect(m.screen.contains("rad 22–42 av"))
  }

  @Test("a list keeps its offset across a change of data (the plan grouped by actor)")
  func byActorKeepsSelection() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    for _ in 0..<25 { m.press(.down) }
    let selected = m.selectedStepID
    m.press(.tab)
    #expect(m.selectedStepID == selected)
    let buffer = m.render()
    let cursor = try #require(buffer.cursor)
    let title = try #require(m.plan?.entry(selected ?? "")?.step.title[.sv])
    #expect(buffer.line(cursor.y).contains(String(title.prefix(20))))
  }
}
