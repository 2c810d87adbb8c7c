/// A saved plan document made into a plan: the one way from a document to a plan, used by
/// `plan --plan`, `status` and the UI.
public struct RestoredPlan: Sendable {
  /// The plan, for the document's answers, data and cases and the day given.
  public var plan: Plan
  /// The answers the content still accepts.
  public var answers: Answers
  /// The founder's data.
  public var data: FounderData
  /// The case records.
  public var cases: [String: CaseRecord]
  /// Answers that were dropped because the content no longer accepts them, said in the
  /// language asked for.
  public var problems: [String]
  /// What newer content changed in the plan (empty when the content version is the one the
  /// plan was saved with), in the language asked for.
  public var changes: [String]
}

extension PlanDocument {
  /// Makes the document into a plan on a landscape and a day; problems and changes are said in
  /// `language`.
  public func restored(in landscape: Landscape, today: Day, language: Language) throws(Planner.Failure)
    -> RestoredPlan
  {
    let (answers, problems) = decodedAnswers(in: landscape, language: language)
    let data = FounderData(self.data)
    let plan = try Planner.plan(landscape, answers: answers, data: data, today: today, cases: cases)
    let changes = contentVersion == landscape.meta.version ? [] : self.changes(comparedWith: plan, language: language)
    return RestoredPlan(plan: plan, answers: answers, data: data, cases: cases, problems: problems, changes: changes)
  }

  /// The answers, validated against a landscape; those the content no longer knows are dropped
  /// and reported in `language`.
  public func decodedAnswers(in landscape: Landscape, language: Language) -> (Answers, [String]) {
    var answers = Answers()
    var problems: [String] = []
    for (id, json) in self.answers.sorted(by: { $0.key < $1.key }) {
      guard let question = landscape.question(id) else {
        problems.append(AnswerProblem.noLongerAsked(question: id).text(language))
        continue
      }
      switch AnswerValidator.parse(
        json.text(listSeparator: "\u{1F}"), for: question, landscape: landscape, listSeparator: "\u{1F}")
      {
      case .success(let v): answers[id] = v
      case .failure(let m): problems.append(AnswerProblem.noLongerAccepted(m.problem).text(language))
      }
    }
    return (answers, problems)
  }
}
