import NyforetagareEngine

/// Checks a decoded plan the way an answers file is checked: what JSON decoding cannot see. Data
/// values must pass their own validation (an organisationsnummer its check digit), case records
/// must have possible dates in order, and no text may be over-long or hold control characters.
/// A plan with problems is refused with all of them named, and the file is left as it is.
public enum PlanCheck {
  /// The longest draft (text being typed when the program stopped) a plan may hold.
  public static let draftLength = 200_000

  /// Every problem, as values (``PlanProblem``), in a fixed order; empty when the plan is fine.
  public static func problems(_ document: PlanDocument, in landscape: Landscape) -> [PlanProblem] {
    var out: [PlanProblem] = []
    for (id, value) in document.data.sorted(by: { $0.key < $1.key }) {
      if let problem = TextCheck.problem(value) {
        out.append(.dataText(id: id, reason: problem))
        continue
      }
      guard let item = landscape.dataItem(id) else { continue }  // content changed: kept, not shown
      if case .invalid(let message) = DataValidator.validate(value, kind: item.kind) {
        out.append(.badData(id: id, value: value, reason: message))
      }
    }
    // The last possible day: only order and completeness count here, not "in the future".
    let farFuture = Day(year: 9999, month: 12, day: 31) ?? Day(daysSinceEpoch: 2_932_896)
    for (id, record) in document.cases.sorted(by: { $0.key < $1.key }) {
      for text in [record.reference, record.reason, record.note, record.contact].compactMap({ $0 }) {
        if let problem = TextCheck.problem(text) { out.append(.badCase(step: id, reason: problem)) }
      }
      if let problem = record.problem(today: farFuture) { out.append(.badCase(step: id, reason: problem)) }
    }
    if let draft = document.draft, let problem = TextCheck.problem(draft.text, maximum: draftLength) {
      out.append(.draft(reason: problem))
    }
    if document.updated < document.created {
      out.append(.updatedBeforeCreated(updated: document.updated, created: document.created))
    }
    return out
  }
}
