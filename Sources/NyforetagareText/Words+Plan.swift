import NyforetagareEngine

/// The names of the plan's parts and the labels said on more than one surface (a screen, the
/// Markdown, the HTML page, the timeline, `status`, the plain session).
extension Words {
  /// The plan's title: "Din plan".
  public var yourPlan: String { t("Din plan", "Your plan") }
  /// The earliest opening day, as a heading.
  public var earliestOpening: String { t("Tidigaste öppningsdag", "Earliest opening day") }
  /// The data sheet: "Mina uppgifter".
  public var myData: String { t("Mina uppgifter", "My data") }
  /// The steps that do not apply, as a heading.
  public var notNeededForYou: String { t("Inte aktuellt för dig", "Not needed for you") }
  /// The steps already done, as a heading.
  public var alreadyDone: String { t("Redan klart", "Already done") }
  /// The steps the founder set aside, as a heading.
  public var setAside: String { t("Inte aktuellt enligt dig", "Not applicable, by your choice") }
  /// Before a step's case: "Ärendet: ".
  public var theCase: String { t("Ärendet: ", "The case: ") }
  /// A step's handling time, as a heading.
  public var handlingTime: String { t("Handläggningstid", "Handling time") }
  /// Before the steps a step requires: "Kräver först: ".
  public var needsFirst: String { t("Kräver först: ", "Needs first: ") }
  /// A datum not given yet: "saknas".
  public var missing: String { t("saknas", "missing") }
  /// A step on the critical path, as a tag: "kritisk väg".
  public var criticalPath: String { t("kritisk väg", "critical path") }
  /// A data item the forms ask for only for answers not yet given: "kan behövas – svara på:
  /// Företagsform" (at most three questions, then "m.fl."; just "kan behövas" when no single
  /// question settles it).
  public func mayBeNeeded(_ questions: [String]) -> String {
    if questions.isEmpty { return t("kan behövas", "may be needed") }
    // At most three, so a row stays readable; the plan's open questions are listed in full above.
    var list = questions.prefix(3).joined(separator: ", ")
    if questions.count > 3 { list += t(" m.fl.", " and more") }
    return t("kan behövas – svara på: \(list)", "may be needed – answer: \(list)")
  }

  /// A step that may apply, as a tag: "kontrollera".
  public var check: String { status(.check) }

  /// How many steps are marked *check*, after a " · ": " · 3 att kontrollera".
  public func toCheck(_ count: Int) -> String { t(" · \(count) att kontrollera", " · \(count) to check") }

  /// The questions that would make the opening day firm: "Svara på A, B så blir dagen säker."
  public func settle(_ questions: [String]) -> String {
    t("Svara på ", "Answer ") + questions.joined(separator: ", ") + t(" så blir dagen säker.", " to settle it.")
  }
}
