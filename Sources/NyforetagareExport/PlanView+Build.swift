import NyforetagareEngine
import NyforetagareText

extension PlanView {
  /// Resolves a plan's words in a language: titles, actor names, question labels and answers,
  /// why and why not, the open questions, the draft fields. `landscape` must be the one the
  /// plan was made from.
  public init(_ plan: Plan, landscape: Landscape, language: Language) {
    let words = Resolver(plan: plan, landscape: landscape, language: language)
    let explain = words.explain
    func label(_ questionID: String) -> String { landscape.question(questionID)?.label[language] ?? questionID }

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
    criticalChain = plan.criticalPath.filter { $0 != Planner.openingID }.map(words.title)
    entries = plan.entries.map(words.entry)
    var index: [String: Int] = [:]
    for (i, e) in plan.entries.enumerated() where index[e.step.id] == nil { index[e.step.id] = i }
    firstActions = plan.firstActions.compactMap { [entries] id in index[id].map { entries[$0] } }
    notNeeded = plan.notNeeded.map(words.notNeeded)
    alreadyDone = plan.alreadyDone.map(words.alreadyDone)
    setAside = plan.setAside.map(words.setAside)
    formerCases = plan.formerCases.map { words.formerCase(id: $0.id, record: $0.record) }
    conflicts = plan.windowConflicts.map {
      Conflict(conflict: $0, title: words.title($0.step), because: $0.because.map(words.title))
    }
    duties = plan.duties.map { Duty(duty: $0, title: ($0.title ?? $0.step.title)[language]) }
    disclaimer = landscape.meta.disclaimer[language]
    for u in plan.dataUsage {
      if let open = PendingData.openQuestions(of: u, in: plan, landscape: landscape) {
        dataPending[u.item.id] = open.map(label)
      }
    }
  }

  /// The entry of a step, if it is in the plan.
  public func entry(_ id: String) -> Entry? { entries.first { $0.entry.step.id == id } }
}

extension PlanView {
  /// Resolves the words of one part of a plan at a time — an entry, a step that does not
  /// apply, a former case, a title — the same way ``PlanView/init(_:landscape:language:)`` does
  /// for the whole plan. For a screen that shows one step or one list: building it costs
  /// nothing per step of the plan.
  public struct Resolver: Sendable {
    /// The plan.
    public let plan: Plan
    /// The landscape the plan was made from.
    public let landscape: Landscape
    /// The language.
    public let language: Language
    /// The explainer for the plan's answers.
    let explain: Explanation
    /// The data items the plan asks for, with the founder's values (the first use of an id).
    let asked: [String: Plan.DataUsage]

    /// Creates a resolver for a plan made from `landscape`.
    public init(plan: Plan, landscape: Landscape, language: Language) {
      self.plan = plan
      self.landscape = landscape
      self.language = language
      explain = Explanation(landscape: landscape, answers: plan.answers, language: language)
      var asked: [String: Plan.DataUsage] = [:]
      for u in plan.dataUsage where asked[u.item.id] == nil { asked[u.item.id] = u }
      self.asked = asked
    }

    /// A step's title by id: the landscape's (an instance of a step made per kommun included),
    /// else the id itself.
    public func title(_ stepID: String) -> String { landscape.step(stepID)?.title[language] ?? stepID }

    /// An actor's name by id, else the id itself.
    public func actorName(_ actorID: String) -> String { landscape.actors[actorID]?.name[language] ?? actorID }

    /// An entry with its words.
    public func entry(_ e: Plan.Entry) -> Entry {
      Entry(
        entry: e, title: e.step.title[language], actorName: actorName(e.step.actor),
        why: explain.why(e.step, status: e.status, reasons: e.reasons),
        requires: e.requires.map(title), requiredBy: e.requiredBy.map(title),
        waits: e.waitsFor.map { Wait(wait: $0, title: title($0.step)) },
        figuresKommun: e.forKommun ?? plan.kommun?.name,
        draft: e.step.data.compactMap { id in
          asked[id].map {
            let open = PendingData.itemQuestions($0.item, answers: plan.answers, landscape: landscape)
            return Field(
              id: id, label: $0.item.label[language], value: $0.value,
              pending: open.map { $0.map { q in landscape.question(q)?.label[language] ?? q } })
          }
        })
    }

    /// A step that does not apply, with why not.
    public func notNeeded(_ a: StepAssessment) -> Excluded {
      Excluded(step: a.step, title: a.step.title[language], why: explain.whyNot(a.step, reasons: a.reasons))
    }

    /// A step already done, with why.
    public func alreadyDone(_ a: StepAssessment) -> Excluded {
      Excluded(
        step: a.step, title: a.step.title[language],
        why: explain.why(a.step, status: .alreadyDone, reasons: a.reasons))
    }

    /// A step the founder set aside, with their reason.
    public func setAside(_ a: StepAssessment) -> Excluded {
      Excluded(step: a.step, title: a.step.title[language], why: plan.cases[a.step.id]?.reason ?? "")
    }

    /// A case record of a step no longer in the plan, with the step's title.
    public func formerCase(id: String, record: CaseRecord) -> FormerCase {
      FormerCase(id: id, title: title(id), record: record)
    }
  }
}
