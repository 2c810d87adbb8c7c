/// Words for *why* a step applies and *why not*, built from the content's own text and the
/// answers that decide it.
public struct Explanation: Sendable {
  /// The landscape.
  public let landscape: Landscape
  /// The answers.
  public let answers: Answers
  /// The language.
  public let language: Language

  /// Creates an explainer.
  public init(landscape: Landscape, answers: Answers, language: Language) {
    self.landscape = landscape
    self.answers = answers
    self.language = language
  }

  /// How an answer reads: "Alkohol: Ja, till allmänheten".
  public func describe(answerTo questionID: String) -> String {
    guard let q = landscape.question(questionID) else { return questionID }
    let label = q.label[language]
    guard let value = answers[questionID] else {
      return "\(label): " + (language == .sv ? "inte besvarad" : "not answered")
    }
    return "\(label): \(display(value, for: q))"
  }

  /// How a value reads to a founder.
  public func display(_ value: AnswerValue, for question: Question) -> String {
    switch value {
    case .choice(let id): return question.value(id)?.label[language] ?? id
    case .bool(let b): return b ? (language == .sv ? "Ja" : "Yes") : (language == .sv ? "Nej" : "No")
    case .integer(let n): return String(n)
    case .number(let d): return formatNumber(d)
    case .date(let d): return d.iso
    case .kommun(let k): return k
    case .list(let items):
      if items.isEmpty { return language == .sv ? "inga" : "none" }
      if question.kind == .stepList {
        return items.map { landscape.step($0)?.title[language] ?? $0 }.joined(separator: ", ")
      }
      return items.joined(separator: ", ")
    }
  }

  /// The reasons as one phrase: "Alkohol: Ja, till allmänheten; Uteservering: Nej".
  public func phrase(_ reasons: [Reason]) -> String {
    var parts: [String] = []
    for r in reasons {
      switch r {
      case .always: continue
      case .answer(let id), .unanswered(let id): parts.append(describe(answerTo: id))
      case .step(let id, let applies):
        let title = landscape.step(id)?.title[language] ?? id
        if language == .sv {
          parts.append(applies ? "steget ”\(title)” gäller dig" : "steget ”\(title)” gäller inte dig")
        } else {
          parts.append(applies ? "the step “\(title)” applies to you" : "the step “\(title)” does not apply to you")
        }
      }
    }
    return parts.joined(separator: "; ")
  }

  /// Why a step applies (or may apply), in full: the content's rule, then what the founder's
  /// answers make of it — "Gäller dig eftersom du svarat – …" for the answers that decide it, or
  /// "Kan gälla dig – svara på: …" naming the questions still open. Content never claims an
  /// answer itself (lint refuses it).
  public func why(_ step: Step, status: StepAssessment.Status, reasons: [Reason]) -> String {
    let base = step.why[language]
    switch status {
    case .check:
      let open = reasons.compactMap { r -> String? in
        if case .unanswered(let id) = r { return landscape.question(id)?.label[language] ?? id }
        return nil
      }
      let list = open.isEmpty ? phrase(reasons) : open.joined(separator: ", ")
      return language == .sv
        ? "\(base) Kan gälla dig – svara på: \(list)."
        : "\(base) May apply to you – answer: \(list)."
    case .alreadyDone:
      let p = phrase(reasons)
      return language == .sv
        ? "Redan klart\(p.isEmpty ? "" : " (\(p))")." : "Already done\(p.isEmpty ? "" : " (\(p))")."
    case .applies, .notNeeded:
      let p = phrase(reasons)
      if p.isEmpty {
        return language == .sv
          ? "\(base) Gäller alla som startar en sådan verksamhet."
          : "\(base) Applies to everyone starting such a business."
      }
      return language == .sv
        ? "\(base) Gäller dig eftersom du svarat – \(p)." : "\(base) Applies to you because you answered – \(p)."
    }
  }

  /// Why a step does not apply.
  public func whyNot(_ step: Step, reasons: [Reason]) -> String {
    let p = phrase(reasons)
    let base = step.whyNot.map { $0[language] + " " } ?? ""
    if p.isEmpty {
      return language == .sv ? "\(base)Behövs inte i din situation." : "\(base)Not needed in your situation."
    }
    return language == .sv
      ? "\(base)Behövs inte eftersom du svarat – \(p)." : "\(base)Not needed because you answered – \(p)."
  }
}
