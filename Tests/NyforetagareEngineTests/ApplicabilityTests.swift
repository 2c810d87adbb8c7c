import NyforetagareText
import Testing

@testable import NyforetagareEngine

private let questions = [
  Build.question("tobacco", label: "Tobak"),
  Build.question("alcohol", .choice, values: ["none", "public"], label: "Alkohol"),
  Build.question(
    "after_01", askedWhen: Build.q("alcohol", .oneOf(["public"])), label: "Servering efter 01"),
  Build.question("registered", label: "Företaget finns"),
]
private let steps = [
  Build.step(
    "tobakstillstand", appliesWhen: Build.isTrue("tobacco"), why: "Tobak kräver tillstånd.",
    whyNot: "Ingen tobak, inget tillstånd."),
  Build.step("sen_servering", appliesWhen: Build.isTrue("after_01")),
  Build.step("registrering", doneWhen: Build.isTrue("registered")),
  Build.step("alltid"),
  Build.opening(),
]
private let landscape = Build.landscape(steps, questions: questions)

private func assess(_ answers: [String: AnswerValue]) -> [String: StepAssessment] {
  let list = Applicability.assess(landscape, answers: Answers(answers))
  return Dictionary(uniqueKeysWithValues: list.map { ($0.step.id, $0) })
}

private func explain(_ answers: [String: AnswerValue], _ language: Language = .sv) -> Explanation {
  Explanation(landscape: landscape, answers: Answers(answers), language: language)
}

@Suite("Applicability: which steps apply, and why or why not")
struct ApplicabilityTests {
  @Test("a yes answer makes the step apply, and why names the answer")
  func applies() throws {
    let answers: [String: AnswerValue] = ["tobacco": .bool(true)]
    let a = try #require(assess(answers)["tobakstillstand"])
    #expect(a.status == .applies)
    #expect(a.reasons == [.answer("tobacco")])
    let why = explain(answers).why(a.step, status: a.status, reasons: a.reasons)
    #expect(why == "Tobak kräver tillstånd. Gäller dig eftersom du svarat – Tobak: Ja.")
    let en = explain(answers, .en).why(a.step, status: a.status, reasons: a.reasons)
    #expect(en == "Tobak kräver tillstånd. Applies to you because you answered – Tobak: Yes.")
  }

  @Test("a no answer drops the step, and why-not gives the content's text and the answer")
  func notNeeded() throws {
    let answers: [String: AnswerValue] = ["tobacco": .bool(false)]
    let a = try #require(assess(answers)["tobakstillstand"])
    #expect(a.status == .notNeeded)
    let whyNot = explain(answers).whyNot(a.step, reasons: a.reasons)
    #expect(whyNot == "Ingen tobak, inget tillstånd. Behövs inte eftersom du svarat – Tobak: Nej.")
  }

  @Test("an unanswered question keeps the step, marked check, naming the open question")
  func check() throws {
    let a = try #require(assess([:])["tobakstillstand"])
    #expect(a.status == .check)
    let why = explain([:]).why(a.step, status: a.status, reasons: a.reasons)
    #expect(why == "Tobak kräver tillstånd. Kan gälla dig – svara på: Tobak.")
  }

  @Test("a question not asked counts as no, and why-not names the answer that skipped it")
  func notAsked() throws {
    let answers: [String: AnswerValue] = ["alcohol": .choice("none")]
    let a = try #require(assess(answers)["sen_servering"])
    #expect(a.status == .notNeeded)
    #expect(a.reasons == [.answer("alcohol")])
    #expect(explain(answers).whyNot(a.step, reasons: a.reasons).contains("Alkohol: None"))
    // With alcohol unanswered the follow-up may be asked: check, not dropped.
    #expect(assess([:])["sen_servering"]?.status == .check)
  }

  @Test("a step that always applies says it applies to everyone")
  func always() throws {
    let a = try #require(assess([:])["alltid"])
    #expect(a.status == .applies)
    #expect(
      explain([:]).why(a.step, status: a.status, reasons: a.reasons).hasSuffix(
        "Gäller alla som startar en sådan verksamhet."))
  }

  @Test("done_when and already_done mark a step as done, with the answer that says so")
  func alreadyDone() throws {
    let byAnswer = try #require(assess(["registered": .bool(true)])["registrering"])
    #expect(byAnswer.status == .alreadyDone)
    #expect(byAnswer.doneByAnswer)
    #expect(
      explain(["registered": .bool(true)]).why(byAnswer.step, status: .alreadyDone, reasons: byAnswer.reasons)
        == "Redan klart (Företaget finns: Ja).")
    let named = try #require(assess(["already_done": .list(["alltid"])])["alltid"])
    #expect(named.status == .alreadyDone)
    #expect(!named.doneByAnswer)
    // A step that does not apply stays not needed even when named as done.
    let dropped = try #require(
      assess(["tobacco": .bool(false), "already_done": .list(["tobakstillstand"])])["tobakstillstand"])
    #expect(dropped.status == .notNeeded)
  }

  @Test("an answer reads in the text layer's words: Ja / Nej, Yes / No, a choice's label, a number as typed")
  func answerWords() throws {
    let tobacco = try #require(landscape.question("tobacco"))
    let alcohol = try #require(landscape.question("alcohol"))
    for language in [Language.sv, .en] {
      let words = Words(language: language)
      #expect(explain([:], language).display(.bool(true), for: tobacco) == words.yes)
      #expect(explain([:], language).display(.bool(false), for: tobacco) == words.no)
    }
    #expect(explain([:]).display(.bool(true), for: tobacco) == "Ja")
    #expect(explain([:], .en).display(.bool(false), for: tobacco) == "No")
    #expect(explain([:]).display(.number(26), for: tobacco) == "26")
    #expect(explain([:]).display(.number(2.5), for: tobacco) == "2.5")
    #expect(explain([:]).display(.list([]), for: tobacco) == "inga")
    #expect(explain(["alcohol": .choice("public")]).describe(answerTo: "alcohol") == "Alkohol: Public")
    #expect(explain([:]).describe(answerTo: "alcohol") == "Alkohol: inte besvarad")
    #expect(explain([:], .en).describe(answerTo: alcohol.id) == "Alkohol: not answered")
  }

  @Test("every step gets exactly one status")
  func partition() {
    let all = assess(["tobacco": .bool(true)])
    #expect(all.count == steps.count)
  }
}
