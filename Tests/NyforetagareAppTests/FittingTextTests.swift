import NyforetagareEngine
import NyforetagareText
import TerminalUI
import TestSupport
import Testing

@testable import NyforetagareApp

/// Text that does not fit wraps or ends in "…"; a status or error line is never cut
/// mid-sentence at 80×24; phrases and problems are said in the founder's language.
@Suite("Text that fits")
struct FittingTextTests {
  /// The screen's rows joined with spaces, so a wrapped sentence reads whole.
  func flowing(_ m: AppModel) -> String {
    m.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test("a long save error is shown whole above the key bar, at 80×24", arguments: [Language.sv, .en])
  func longStatus(language: Language) throws {
    var m = try AppModel.showingPlan(restaurantAnswers, language: language)
    m.persistent = true
    let error =
      "/home/founder/.local/share/nyforetagare/plan-2026-12-01.json: cannot save (No space left on device); nothing you typed is lost while the program runs"
    _ = m.update(.saveFailed(error))
    let prefix = language == .sv ? "Kunde inte spara: " : "Could not save: "
    #expect(flowing(m).contains(prefix + error))
    let rows = m.screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows.count == 24)
    #expect(rows[23].contains("Enter"), "the key bar was overwritten")
    #expect(!rows[20...22].joined().contains("…"), "the message was cut")
  }

  @Test("a long title ends in an ellipsis before the saved mark and the kommun")
  func longTitle() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    m.persistent = true
    _ = m.update(.saved(path: "/p.json"))
    let long = try #require(m.plan?.entries.max { $0.step.title.sv.count < $1.step.title.sv.count })
    while m.selectedStepID != long.step.id { m.press(.down) }
    m.press(.enter)
    let title = String(m.screen.split(separator: "\n")[0])
    if DisplayWidth.of(" Nyföretagare · " + long.step.title.sv) > 80 - DisplayWidth.of(" ✓ sparad  Upplands Väsby ") {
      #expect(title.contains("… ✓ sparad"))
    }
    #expect(title.hasSuffix("Upplands Väsby"))
  }

  @Test("a kommun that does not exist is refused in Swedish for a Swedish founder")
  func swedishProblem() {
    final class Script: @unchecked Sendable {
      var lines = ["Atlantis", "Malmö"]
      var output = ""
    }
    let script = Script()
    PlainSession(
      landscape: Fixtures.landscape, language: .sv, today: Fixtures.today,
      readLine: { script.lines.isEmpty ? nil : script.lines.removeFirst() }, write: { script.output += $0 }
    ).run()
    #expect(script.output.contains("'Atlantis' är inte en av Sveriges 290 kommuner"))
    #expect(!script.output.contains("is not one of"))
  }

  @Test("an overdue case says what to do, in the words the exports and status use")
  func overdue() throws {
    var m = try AppModel.showingPlan(restaurantAnswers)
    while m.selectedStepID != "bygglov" { m.press(.down) }
    m.press(.enter, .character("s"), .right, .right, .tab, .control("u"))
    m.type("2025-01-02")
    m.press(.enter)
    let tracking = try #require(m.plan?.entry("bygglov")?.tracking)
    #expect(tracking.overdue)
    let lines = StepDetail.lines("bygglov", width: 76, m.env).map(\.0).joined(separator: " ")
    #expect(lines.contains(Phrases.overdue(tracking).sv))
  }

  @Test("opening a saved plan goes the one way: dropped answers are said in the plan's language")
  func restored() throws {
    let p = try Fixtures.plan(restaurantAnswers)
    var doc = PlanDocument(
      contentVersion: Fixtures.landscape.meta.version, created: Fixtures.today, updated: Fixtures.today,
      language: .sv, answers: p.answers, data: p.data, cases: [:], snapshot: PlanDocument.snapshot(of: p))
    doc.answers["old_question"] = .string("x")
    let restored = try doc.restored(in: Fixtures.landscape, today: Fixtures.today, language: .sv)
    #expect(restored.problems == ["frågan 'old_question' ställs inte längre; svaret togs bort"])
    #expect(restored.plan.entries.map(\.step.id) == p.entries.map(\.step.id))
    var m = AppModel.make()
    _ = m.update(.opened(doc, path: "/tmp/p.json"))
    #expect(m.contentChanges == restored.problems)
    #expect(flowing(m).contains("frågan 'old_question' ställs inte längre"))
  }
}
