@testable import NyforetagareEngine

/// Small landscapes built in code, so a planner test shows every step it depends on.
enum Build {
  static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)

  static func text(_ sv: String, _ en: String? = nil) -> LocalizedText { LocalizedText(sv: sv, en: en ?? sv) }

  /// A step; `requires` pairs a step id with its lag in days.
  static func step(
    _ id: String, days: Int = 0, requires: [(String, Int)] = [], phase: Step.Phase = .beforeOpening,
    kind: Step.Kind = .registration, appliesWhen: Condition? = nil, doneWhen: Condition? = nil,
    notice: Int? = nil, data: [String] = [], why: String? = nil, whyNot: String? = nil
  ) -> Step {
    Step(
      id: id, title: text("Titel \(id)", "Title \(id)"), actor: "myndighet", kind: kind, phase: phase,
      summary: nil, why: text(why ?? "Varför \(id).", why ?? "Why \(id)."), whyNot: whyNot.map { text($0) },
      appliesWhen: appliesWhen, doneWhen: doneWhen,
      requires: requires.map { Step.Requirement(step: $0.0, lagDays: $0.1, note: nil, location: here) },
      timing: Timing(
        handling: days > 0 ? HandlingTime(typicalDays: days, year: 2025, source: "https://example.se/") : nil,
        noticeDaysBeforeOpening: notice),
      fee: nil, legalBasis: [Step.LegalReference(ref: "Lag (2000:1)", url: nil)], legalBasisNone: nil,
      requirements: [], documents: [], data: data, apply: nil, sources: ["https://example.se/"],
      certainty: .confirmed, uncertainty: nil, location: here)
  }

  /// The opening milestone.
  static func opening() -> Step { step(Planner.openingID, kind: .milestone) }

  /// A question; choice questions take their value ids.
  static func question(
    _ id: String, _ kind: Question.Kind = .bool, values: [String] = [], askedWhen: Condition? = nil,
    label: String? = nil
  ) -> Question {
    Question(
      id: id, kind: kind, label: text(label ?? id.capitalized), text: text("\(id)?"), help: nil,
      values: values.map { Question.Value(id: $0, label: text($0.capitalized)) }, askedWhen: askedWhen,
      allowsUnknown: true, minimum: kind == .integer || kind == .number ? 0 : nil, location: here)
  }

  static func dataItem(_ id: String) -> DataItem {
    DataItem(id: id, label: text(id), kind: .text, isPersonal: false, help: nil, group: "company", location: here)
  }

  /// A landscape of these steps; their actor is an authority unless `actorLevel` says otherwise
  /// (a private actor's dates are not moved off weekends and holidays).
  static func landscape(
    _ steps: [Step], questions: [Question] = [], dataItems: [DataItem] = [], actorLevel: Actor.Level = .state
  ) -> Landscape {
    Landscape(
      meta: ContentMeta(version: "test", date: day(2026, 1, 1), disclaimer: text("Kontrollera.", "Check.")),
      actors: [
        "myndighet": Actor(id: "myndighet", name: text("Myndigheten"), level: actorLevel, url: nil, location: here)
      ],
      questions: questions, dataItems: dataItems, steps: steps,
      kommuner: [Kommun(code: "1280", name: "Malmö", lan: "Skåne län", location: here)], profiles: [:])
  }

  /// A question test.
  static func q(_ id: String, _ test: QuestionTest.Test) -> Condition {
    .question(QuestionTest(question: id, test: test, location: here))
  }

  /// `{question: id, is: true}`.
  static func isTrue(_ id: String) -> Condition { q(id, .equals(.bool(true))) }

  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(daysSinceEpoch: 0) }
}
