import NyforetagareEngine

extension PlanView {
  /// Resolves a plan's words in a language: titles, actor names, question labels and answers,
  /// why and why not, the open questions, the draft fields. `landscape` must be the one the
  /// plan was made from.
  public init(_ plan: Plan, landscape: Landscape, language: Language) {
    let explain = Explanation(landscape: landscape, answers: plan.answers, language: language)
    let titles = Titles(plan: plan, landscape: landscape, language: language)
    func label(_ questionID: String) -> String { landscape.question(questionID)?.label[language] ?? questionID }
    func excluded(_ a: StepAssessment, why: String) -> Excluded {
      Excluded(step: a.step, title: a.step.title[language], why: why)
    }

    self.plan = plan
    self.language = language
    businessKind = plan.answers["business_type"].flatMap { value in
      landscape.question("business_type").map { explain.display(value, for: $0) }
    }
    situation = landscape.questions.compactMap { q in
      guard let value = plan.answers[q.id] else { return nil }
      if case .list(let l) = value, l.isEmpty { return nil }
      return Answer(label: q.label[language], value: explain.display(value, for: q))
    }
    unanswered = Relevance(landscape: landscape).openQuestions(plan.answers).map { $0.label[language] }
    settlingQuestions = plan.settlingQuestions.map(label)
    criticalChain = plan.criticalPath.filter { $0 != Planner.openingID }.map(titles.title)

    // The data items the plan asks for, with the founder's values (the first use of an id).
    var asked: [String: Plan.DataUsage] = [:]
    for u in plan.dataUsage where asked[u.item.id] == nil { asked[u.item.id] = u }
    let home = plan.kommun?.name
    entries = plan.entries.map { e in
      Entry(
        entry: e, title: e.step.title[language],
        actorName: landscape.actors[e.step.actor]?.name[language] ?? e.step.actor,
        why: explain.why(e.step, status: e.status, reasons: e.reasons),
        requires: e.requires.map(titles.title), requiredBy: e.requiredBy.map(titles.title),
        waits: e.waitsFor.map { Wait(wait: $0, title: titles.title($0.step)) },
        figuresKommun: e.forKommun ?? home,
        draft: e.step.data.compactMap { id in
          asked[id].map { Field(label: $0.item.label[language], value: $0.value) }
        })
    }
    var index: [String: Int] = [:]
    for (i, e) in plan.entries.enumerated() where index[e.step.id] == nil { index[e.step.id] = i }
    firstActions = plan.firstActions.compactMap { [entries] id in index[id].map { entries[$0] } }

    notNeeded = plan.notNeeded.map { excluded($0, why: explain.whyNot($0.step, reasons: $0.reasons)) }
    alreadyDone = plan.alreadyDone.map {
      excluded($0, why: explain.why($0.step, status: .alreadyDone, reasons: $0.reasons))
    }
    setAside = plan.setAside.map { excluded($0, why: plan.cases[$0.step.id]?.reason ?? "") }
    formerCases = plan.formerCases.map { FormerCase(id: $0.id, title: titles.title($0.id), record: $0.record) }
    conflicts = plan.windowConflicts.map {
      Conflict(conflict: $0, title: titles.title($0.step), because: $0.because.map(titles.title))
    }
    duties = plan.duties.map { Duty(duty: $0, title: ($0.title ?? $0.step.title)[language]) }
    disclaimer = landscape.meta.disclaimer[language]
  }

  /// The entry of a step, if it is in the plan.
  public func entry(_ id: String) -> Entry? { entries.first { $0.entry.step.id == id } }
}

/// Step titles by id: the plan's own steps first, then the landscape's (a step no longer in
/// the plan, or an instance of a step made per kommun), else the id itself.
private struct Titles {
  var known: [String: String] = [:]
  let landscape: Landscape
  let language: Language

  init(plan: Plan, landscape: Landscape, language: Language) {
    self.landscape = landscape
    self.language = language
    for e in plan.entries where known[e.step.id] == nil { known[e.step.id] = e.step.title[language] }
  }

  func title(_ id: String) -> String { known[id] ?? landscape.step(id)?.title[language] ?? id }
}
