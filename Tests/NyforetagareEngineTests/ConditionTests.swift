import Testing

@testable import NyforetagareEngine

/// Three bool questions: `y` answered yes, `n` answered no, `u` not answered; and `late`,
/// which is asked only when `n` is true (so it is never asked here).
private let questions = [
  Build.question("y"), Build.question("n"), Build.question("u"),
  Build.question("late", askedWhen: Build.isTrue("n")),
  Build.question("alcohol", .choice, values: ["none", "public", "catering"]),
  Build.question("employees", .integer),
  Build.question("kommuner", .kommunList),
]
private let yes = Build.isTrue("y")
private let no = Build.isTrue("n")
private let unknown = Build.isTrue("u")

private func evaluator(_ answers: Answers = standardAnswers, steps: [Step] = []) -> RuleEvaluator {
  RuleEvaluator(landscape: Build.landscape(steps, questions: questions), answers: answers)
}

private let standardAnswers = Answers([
  "y": .bool(true), "n": .bool(false), "alcohol": .choice("public"), "employees": .integer(3),
  "kommuner": .list([]),
])

@Suite("Conditions: three-valued logic")
struct ConditionTests {
  @Test("the building blocks are yes, no and unknown")
  func atoms() {
    let e = evaluator()
    #expect(e.truth(of: yes) == .yes)
    #expect(e.truth(of: no) == .no)
    #expect(e.truth(of: unknown) == .unknown)
    #expect(e.truth(of: .always) == .yes)
  }

  @Test(
    "all: no if any part is no, yes if all are yes, else unknown",
    arguments: [
      ([yes, yes], Truth.yes), ([yes, no], .no), ([no, unknown], .no), ([unknown, no], .no),
      ([yes, unknown], .unknown), ([unknown, unknown], .unknown),
    ] as [([Condition], Truth)])
  func all(_ parts: [Condition], _ expected: Truth) {
    #expect(evaluator().truth(of: .all(parts)) == expected)
  }

  @Test(
    "any: yes if any part is yes, no if all are no, else unknown",
    arguments: [
      ([no, no], Truth.no), ([no, yes], .yes), ([unknown, yes], .yes), ([yes, unknown], .yes),
      ([no, unknown], .unknown), ([unknown, unknown], .unknown),
    ] as [([Condition], Truth)])
  func any(_ parts: [Condition], _ expected: Truth) {
    #expect(evaluator().truth(of: .any(parts)) == expected)
  }

  @Test("not swaps yes and no and keeps unknown")
  func not() {
    let e = evaluator()
    #expect(e.truth(of: .not(yes)) == .no)
    #expect(e.truth(of: .not(no)) == .yes)
    #expect(e.truth(of: .not(unknown)) == .unknown)
    #expect(e.truth(of: .not(.all([yes, unknown]))) == .unknown)
  }

  @Test("a test on a question that is not asked is no, even with no answer")
  func notAsked() {
    let e = evaluator()
    #expect(e.truth(of: Build.isTrue("late")) == .no)
    #expect(e.truth(of: .not(Build.isTrue("late"))) == .yes)
    // Once `n` is true, `late` is asked, and an unanswered `late` is unknown.
    var answers = standardAnswers
    answers["n"] = .bool(true)
    #expect(evaluator(answers).truth(of: Build.isTrue("late")) == .unknown)
  }

  @Test("a test on a question that does not exist is no")
  func unknownQuestion() {
    #expect(evaluator().truth(of: Build.isTrue("nonexistent")) == .no)
  }

  @Test("in, at_least, above, below and not_empty compare the answer")
  func tests() {
    let e = evaluator()
    #expect(e.truth(of: Build.q("alcohol", .oneOf(["public", "catering"]))) == .yes)
    #expect(e.truth(of: Build.q("alcohol", .oneOf(["none"]))) == .no)
    #expect(e.truth(of: Build.q("alcohol", .equals(.string("public")))) == .yes)
    #expect(e.truth(of: Build.q("employees", .atLeast(3))) == .yes)
    #expect(e.truth(of: Build.q("employees", .above(3))) == .no)
    #expect(e.truth(of: Build.q("employees", .below(4))) == .yes)
    #expect(e.truth(of: Build.q("employees", .equals(.number(3)))) == .yes)
    #expect(e.truth(of: Build.q("kommuner", .notEmpty(true))) == .no)
    #expect(e.truth(of: Build.q("kommuner", .notEmpty(false))) == .yes)
    var answers = standardAnswers
    answers["kommuner"] = .list(["Lund"])
    #expect(evaluator(answers).truth(of: Build.q("kommuner", .notEmpty(true))) == .yes)
    answers["employees"] = nil
    #expect(evaluator(answers).truth(of: Build.q("employees", .atLeast(1))) == .unknown)
  }

  @Test("a step condition follows that step's own applies_when")
  func stepCondition() {
    let steps = [
      Build.step("a", appliesWhen: yes), Build.step("b", appliesWhen: no), Build.step("c", appliesWhen: unknown),
      Build.step("d"),
    ]
    let e = evaluator(steps: steps)
    #expect(e.truth(of: .step("a", Build.here)) == .yes)
    #expect(e.truth(of: .step("b", Build.here)) == .no)
    #expect(e.truth(of: .step("c", Build.here)) == .unknown)
    #expect(e.truth(of: .step("d", Build.here)) == .yes)
    #expect(e.truth(of: .step("missing", Build.here)) == .no)
  }
}
