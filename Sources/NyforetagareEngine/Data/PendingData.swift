/// Whether a plan's data item is certainly asked for, or only *may* be: true to the answers
/// given, a row whose condition hangs on a question the founder has not answered is never shown
/// as applying.
public enum PendingData {
  /// The questions (ids, in interview order) still open that decide whether the forms ask for
  /// the item — nil when they certainly do. An item *may* be asked for when its own
  /// `applies_when` is unknown for these answers (its open questions), or when every step that
  /// asks for it only may apply, "check" (those steps' open questions). The list may be empty
  /// when no single question settles it.
  public static func openQuestions(of usage: Plan.DataUsage, in plan: Plan, landscape: Landscape) -> [String]? {
    var open: Set<String> = []
    var pending = false
    if let own = itemQuestions(usage.item, answers: plan.answers, landscape: landscape) {
      pending = true
      open.formUnion(own)
    } else {
      let entries = usage.steps.compactMap(plan.entry)
      if !entries.isEmpty && entries.allSatisfy({ $0.status == .check }) {
        pending = true
        for e in entries {
          for r in e.reasons { if case .unanswered(let id) = r { open.insert(id) } }
        }
      }
    }
    guard pending else { return nil }
    return landscape.questions.map(\.id).filter(open.contains)
  }

  /// The unanswered questions of the item's own `applies_when` when that is unknown for these
  /// answers (nil when it holds or there is none), in interview order.
  public static func itemQuestions(_ item: DataItem, answers: Answers, landscape: Landscape) -> [String]? {
    guard let c = item.appliesWhen,
      RuleEvaluator(landscape: landscape, answers: answers).truth(of: c) == .unknown
    else { return nil }
    let refs = Set(ContentLinter.questionRefs(c).filter { answers[$0] == nil })
    return landscape.questions.map(\.id).filter(refs.contains)
  }
}
