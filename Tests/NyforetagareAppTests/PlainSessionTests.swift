import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Plain line-by-line mode")
struct PlainSessionTests {
  final class Script: @unchecked Sendable {
    var lines: [String]
    var output = ""
    init(_ lines: [String]) { self.lines = lines }
  }

  @Test("questions are asked as numbered lists; bad input is explained and asked again; the plan follows")
  func interview() {
    // kommun, business type 2 (café), then a bad choice, then Enter for "don't know" to the end.
    let script = Script(["Umeå", "2", "99", "3"])
    let session = PlainSession(
      landscape: Fixtures.landscape, language: .sv, today: Fixtures.today,
      readLine: {
        script.lines.isEmpty ? nil : script.lines.removeFirst()
      },
      write: { script.output += $0 })
    let answers = session.run()
    #expect(answers.kommun == "Umeå")
    #expect(answers["business_type"] == .choice("cafe"))
    #expect(answers["company_form"] == .choice("aktiebolag"))
    #expect(script.output.contains("  2. Kafé"))
    #expect(script.output.contains("Skriv en siffra mellan 1 och"))
    #expect(script.output.contains("# Din plan: Kafé i Umeå"))
  }

  @Test("a kommun that does not exist is refused with a clear message")
  func badKommun() {
    let script = Script(["Atlantis", "Malmö"])
    let session = PlainSession(
      landscape: Fixtures.landscape, language: .en, today: Fixtures.today,
      readLine: { script.lines.isEmpty ? nil : script.lines.removeFirst() }, write: { script.output += $0 })
    let answers = session.run()
    #expect(script.output.contains("'Atlantis' is not one of Sweden's 290 kommuner"))
    #expect(answers.kommun == "Malmö")
  }
}
