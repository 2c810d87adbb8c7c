import NyforetagareEngine

/// Words for *why* a step applies and *why not*, built from the content's own text and the
/// answers that decide it. The engine gives the answers and the reasons (``Reason``); the words
/// around them (yes / no, "Gäller dig eftersom du svarat – …") are written here, in the text layer.
public struct Explanation: Sendable {
  /// The landscape.
  public let landscape: Landscape
  /// The answers.
  public let answers: Answers
  /// The language.
  public let language: Language
  /// The words in that language.
  var words: Words { Words(language: language) }

  /// The Swedish or the English sentence, only the one needed built (a plan has many).
  func t(_ sv: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
    language == .sv ? sv() : en()
  }

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
      return "\(label): " + t("inte besvarad", "not answered")
    }
    return "\(label): \(display(value, for: q))"
  }

  /// How a value reads to a founder.
  public func display(_ value: AnswerValue, for question: Question) -> String {
    switch value {
    case .choice(let id): return question.value(id)?.label[language] ?? id
    case .bool(let b): return b ? words.yes : words.no
    case .integer(let n): return String(n)
    case .number(let d): return Self.number(d)
    case .date(let d): return d.iso
    case .kommun(let k): return k
    case .list(let items):
      if items.isEmpty { return t("inga", "none") }
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
        parts.append(
          applies
            ? t("steget ”\(title)” gäller dig", "the step “\(title)” applies to you")
            : t("steget ”\(title)” gäller inte dig", "the step “\(title)” does not apply to you"))
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
      return t("\(base) Kan gälla dig – svara på: \(list).", "\(base) May apply to you – answer: \(list).")
    case .alreadyDone:
      let p = phrase(reasons)
      let inBrackets = p.isEmpty ? "" : " (\(p))"
      return t("Redan klart\(inBrackets).", "Already done\(inBrackets).")
    case .applies, .notNeeded:
      let p = phrase(reasons)
      if p.isEmpty {
        return t(
          "\(base) Gäller alla som startar en sådan verksamhet.",
          "\(base) Applies to everyone starting such a business.")
      }
      return t(
        "\(base) Gäller dig eftersom du svarat – \(p).", "\(base) Applies to you because you answered – \(p).")
    }
  }

  /// Why a step does not apply.
  public func whyNot(_ step: Step, reasons: [Reason]) -> String {
    let p = phrase(reasons)
    let base = step.whyNot.map { $0[language] + " " } ?? ""
    if p.isEmpty {
      return t("\(base)Behövs inte i din situation.", "\(base)Not needed in your situation.")
    }
    return t("\(base)Behövs inte eftersom du svarat – \(p).", "\(base)Not needed because you answered – \(p).")
  }

  /// A number without a needless ".0", as it is typed ("26", "2.5").
  static func number(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
