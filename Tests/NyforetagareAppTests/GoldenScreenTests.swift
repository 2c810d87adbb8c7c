import Foundation
import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

/// Every screen rendered headlessly and compared with golden text, at 80×24 and 120×40, in
/// Swedish and English, with a long kommun name and double-width characters in the data.
@Suite("Golden screens")
struct GoldenScreenTests {
  static let sizes = [(80, 24), (120, 40)]

  func check(_ m: AppModel, _ name: String) {
    let buffer = m.render()
    let file = "\(name).\(m.language.rawValue).\(m.width)x\(m.height).txt"
    if let problem = Snapshot.check(buffer.text + "\n", named: file) {
      Issue.record(Comment(rawValue: problem))
    }
    // The cursor always sits inside the screen, on the focused item.
    if let c = buffer.cursor {
      #expect(c.x >= 0 && c.x < m.width && c.y >= 0 && c.y < m.height)
    } else {
      Issue.record("no cursor on \(name)")
    }
  }

  @Test("every screen", arguments: [Language.sv, .en])
  func screens(language: Language) throws {
    for (w, h) in Self.sizes {
      var welcome = AppModel.make(language: language, width: w, height: h)
      check(welcome, "welcome")
      welcome.press(.enter)
      welcome.type("upplands")
      check(welcome, "interview-kommun")
      welcome.press(.enter)
      check(welcome, "interview-choice")

      var list = AppModel.make(language: language, width: w, height: h)
      list.ask("tobacco", answers: Answers(["kommun": .kommun("Malmö"), "business_type": .choice("restaurant")]))
      list.press(.down, .character(" "))
      check(list, "interview-checklist")
      var gate = AppModel.make(language: language, width: w, height: h)
      gate.ask(
        "near_shore",
        answers: Answers([
          "kommun": .kommun("Göteborg"), "premises": .choice("vehicle"), "business_type": .choice("food_truck"),
        ]))
      for _ in 0..<12 where !gate.screen.contains("▸ [ ] Gasol") && !gate.screen.contains("▸ [ ] LPG") {
        gate.press(.down)
      }
      gate.press(.character(" "), .enter)
      check(gate, "interview-gate-detail")
      var summary = try AppModel.showingPlan(restaurantAnswers, language: language, width: w, height: h)
      summary.press(.character("i"))
      check(summary, "answers")

      var m = try AppModel.showingPlan(restaurantAnswers, language: language, width: w, height: h)
      check(m, "plan")
      m.press(.tab)
      check(m, "plan-by-actor")
      m.press(.tab)
      while m.selectedStepID != "serveringstillstand" { m.press(.down) }
      m.press(.enter)
      check(m, "step")
      m.press(.escape, .character("d"))
      check(m, "data-sheet")
      m.press(.enter)
      m.type("12")
      m.press(.enter)
      check(m, "data-sheet-editing")
      m.press(.escape, .escape, .character("t"))
      check(m, "timeline")
      m.press(.escape, .character("n"))
      check(m, "not-needed")
      m.press(.escape, .character("e"))
      check(m, "export")
      m.press(.escape, .character("?"))
      check(m, "help")
    }
    var small = AppModel.make(language: language, width: 60, height: 20)
    small.press(.enter)
    check(small, "too-small")
  }
}
