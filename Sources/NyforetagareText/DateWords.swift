import NyforetagareEngine

/// The one wording for the dates of a step, shared by the Markdown, the iCalendar file, the
/// case board (`status`) and the screens; the JSON keys carry the same names
/// (`submit`, `expected_decision`, `latest_decision`, `send_by`, `window.earliest`).
public struct DateWords: Sendable {
  /// The language.
  public let language: Language

  /// Creates the words in a language.
  public init(language: Language) {
    self.language = language
  }

  func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

  /// The day the founder sends it in (`submit`).
  public var sendIn: String { t("Skicka in", "Send in") }
  /// The day a decision is expected from the typical handling time (`expected_decision`).
  public var expectedDecision: String { t("Beslut väntas", "Decision expected") }
  /// The latest day the law or the authority's own promise allows (`latest_decision`).
  public var latestDecision: String {
    t("Senaste beslutsdag som lag eller myndighet lovar", "Latest decision the law or the authority promises")
  }
  /// The last day a rule allows for sending it in (`send_by`, `window.latest`).
  public var sendBy: String { t("Skicka in senast", "Send in by") }
  /// The first day a rule allows for sending it in (`window.earliest`).
  public var sendNotBefore: String { t("Skicka in tidigast", "Send in no earlier than") }
  /// The day a task is expected to be done (`done`, for a step that is not sent in).
  public var done: String { t("Klart", "Done") }
  /// The first due day of a duty (`duties[].first_due`).
  public var firstDue: String { t("Första gången", "First due") }
  /// The section of duties after opening.
  public var afterOpening: String { t("Efter öppning", "After opening") }
  /// The first actions.
  public var firstActions: String { t("Gör först", "Do first") }

  /// Said instead of a decision day when no handling time is known for the kommun.
  public var unknownDecision: String {
    t("Beslut: ingen känd handläggningstid", "Decision: no known handling time")
  }
  /// Said instead of an end day when no time is known for a task.
  public var unknownDuration: String { t("ingen känd tidsåtgång", "time needed not known") }

  /// "Send in 2027-01-07 · Decision expected 2027-03-08", or "2027-01-07 → 2027-02-06" for a task;
  /// when the plan knows no time for the step, it says so instead of an end day.
  public func span(_ e: Plan.Entry) -> String {
    if let submit = e.submit {
      if !e.durationKnown { return "\(sendIn) \(submit.iso) · \(unknownDecision)" }
      return "\(sendIn) \(submit.iso) · \(expectedDecision) \(e.done.iso)"
    }
    if !e.durationKnown { return "\(e.start.iso) → \(unknownDuration)" }
    return "\(e.start.iso) → \(e.done.iso)"
  }

  /// The opening day's caveat when the plan counts no days for some steps, or nil.
  public func unknownDurations(_ titles: [String]) -> String? {
    guard !titles.isEmpty else { return nil }
    let list = titles.joined(separator: ", ")
    return t(
      "Dagen räknar inte med någon tid för \(titles.count) steg utan känd tidsåtgång: \(list). Fråga hur lång tid det brukar ta; dagen kan bli senare.",
      "The day counts no time for \(titles.count) steps whose time is not known: \(list). Ask how long they usually take; the day may be later."
    )
  }

  /// Why a first action comes where it does: on the critical path, or its slack.
  public func reason(_ e: Plan.Entry) -> String {
    if e.critical {
      return t(
        "på den kritiska vägen: varje dags dröjsmål flyttar öppningen",
        "on the critical path: each day's delay moves the opening")
    }
    if let s = e.slackDays { return t("\(s) dagars marginal", "\(s) days of slack") }
    return t("kan börja nu", "can start now")
  }
}
