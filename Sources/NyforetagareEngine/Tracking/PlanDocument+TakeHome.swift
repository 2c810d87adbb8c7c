extension PlanDocument {
  /// The plan file a visitor takes home: the autosave's document with only what the visitor
  /// entered — answers, data sheet, cases — and the plan's id, so that `nyforetagare --plan FILE`
  /// reopens it where they left off and its calendar keeps the same UIDs.
  ///
  /// Dropped: a half-typed field (`draft`) and the answers in `untyped` (e.g. a kiosk's preset
  /// kommun the visitor never chose themselves).
  public func forTakingHome(droppingAnswers untyped: Set<String> = []) -> PlanDocument {
    var copy = self
    copy.planID = exportID
    copy.draft = nil
    for id in untyped { copy.answers[id] = nil }
    return copy
  }
}
