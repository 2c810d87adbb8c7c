/// Whether one step applies to a founder, and why.
public struct StepAssessment: Sendable, Hashable {
  /// Where a step stands for this founder.
  public enum Status: String, Sendable, Hashable {
    /// It applies.
    case applies
    /// It may apply: a question that decides it is unanswered.
    case check
    /// It does not apply.
    case notNeeded = "not_needed"
    /// It applies but is already done.
    case alreadyDone = "already_done"
  }

  /// The step.
  public var step: Step
  /// Its status.
  public var status: Status
  /// The answers that decide it.
  public var reasons: [Reason]
  /// Whether it was done according to an answer (`done_when`), not named in `already_done`.
  public var doneByAnswer: Bool
}

/// Decides which steps apply.
public enum Applicability {
  /// Assesses every step of the landscape against the answers.
  public static func assess(_ landscape: Landscape, answers: Answers) -> [StepAssessment] {
    let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
    let done = Set(answers.alreadyDone)
    let facts = landscape.facts
    let always = evaluator.reasons(for: nil, truth: .yes)  // one list, shared by every such step
    return landscape.steps.indices.map { p in
      let step = landscape.steps[p]
      // A step with no condition applies unless it is named as done.
      if done.isEmpty, !facts[p].hasConditions {
        return StepAssessment(step: step, status: .applies, reasons: always, doneByAnswer: false)
      }
      let truth = evaluator.applies(step)
      let reasons = evaluator.reasons(for: step.appliesWhen, truth: truth)
      if truth == .no {
        return StepAssessment(step: step, status: .notNeeded, reasons: reasons, doneByAnswer: false)
      }
      if !done.isEmpty, done.contains(step.id) {
        return StepAssessment(step: step, status: .alreadyDone, reasons: reasons, doneByAnswer: false)
      }
      if let doneWhen = step.doneWhen, evaluator.truth(of: doneWhen) == .yes {
        let doneReasons = evaluator.reasons(for: doneWhen, truth: .yes)
        return StepAssessment(step: step, status: .alreadyDone, reasons: doneReasons, doneByAnswer: true)
      }
      return StepAssessment(
        step: step, status: truth == .yes ? .applies : .check, reasons: reasons, doneByAnswer: false)
    }
  }
}
