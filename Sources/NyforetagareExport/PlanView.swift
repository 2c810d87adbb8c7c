import NyforetagareEngine

/// A plan as it is shown: the ``Plan`` with every name, label and explanation resolved in one
/// language — the plan view-model every renderer takes.
///
/// It is built once, from the plan, the landscape the plan was made from and a language
/// (``init(_:landscape:language:)``); that is the only place where rules are read again (the
/// open questions, the why and why-not texts) and where titles, actor names and labels are
/// looked up by id. The Markdown, JSON, HTML and iCalendar renderers and the case board read
/// only this value: they take no ``Landscape``.
///
/// The plan itself stays language-neutral (it is recomputed on every settled change and
/// benchmarked at 10,001 steps); the words are made here, for the one language asked for.
public struct PlanView: Sendable {
  /// A step of the plan, with its words.
  public struct Entry: Sendable {
    /// The dated step: dates, figures, the case and its tracking.
    public var entry: Plan.Entry
    /// The step's title.
    public var title: String
    /// The name of the actor the step is done with.
    public var actorName: String
    /// Why it applies (or may apply), in full.
    public var why: String
    /// The titles of the steps it requires, in plan order.
    public var requires: [String]
    /// The titles of the steps that require it, in plan order.
    public var requiredBy: [String]
    /// The requirements that wait for another event than "decided before start", each with
    /// the other step's title.
    public var waits: [Wait]
    /// The kommun whose figures the step shows: another kommun's for its instance of a step
    /// made per kommun, else the founder's (nil when none is answered).
    public var figuresKommun: String?
    /// The application draft's fields: the data items this step's form asks for that the plan
    /// asks the founder for, in the step's order.
    public var draft: [Field]
  }

  /// A requirement that waits for another step's event, with that step's title.
  public struct Wait: Sendable {
    /// The requirement.
    public var wait: Plan.Wait
    /// The title of the step waited for.
    public var title: String
  }

  /// A field of an application draft.
  public struct Field: Sendable {
    /// The data item's id.
    public var id: String
    /// The data item's label.
    public var label: String
    /// The founder's value, when given.
    public var value: String?
    /// When the form asks for the item only for some answers not yet given: the labels of those
    /// open questions (possibly none); nil when the form asks for it.
    public var pending: [String]? = nil
  }

  /// A step that is not in the to-do list (not needed, already done or set aside), with why.
  public struct Excluded: Sendable {
    /// The step.
    public var step: Step
    /// Its title.
    public var title: String
    /// Why it is not in the list: the explanation, or the founder's own reason.
    public var why: String
  }

  /// A case record of a step that is no longer part of the plan.
  public struct FormerCase: Sendable {
    /// The step's id.
    public var id: String
    /// The step's title (its id when the content no longer has it).
    public var title: String
    /// The record.
    public var record: CaseRecord
  }

  /// An answered question, as it reads.
  public struct Answer: Sendable {
    /// The question's label.
    public var label: String
    /// The answer's words.
    public var value: String
  }

  /// A window rule that cannot be met, with the titles it names.
  public struct Conflict: Sendable {
    /// The conflict.
    public var conflict: Plan.WindowConflict
    /// The title of the step whose window it is.
    public var title: String
    /// The title of the step that forces it, if one does.
    public var because: String?
  }

  /// A recurring duty after opening, with its title.
  public struct Duty: Sendable {
    /// The duty.
    public var duty: Plan.Duty
    /// Its title (a season renewal's own, else the step's).
    public var title: String
  }

  /// The plan.
  public var plan: Plan
  /// The language every text here is in.
  public var language: Language
  /// The kind of business as answered ("Restaurang"), if answered.
  public var businessKind: String?
  /// The answered questions in interview order (empty lists left out).
  public var situation: [Answer]
  /// The labels of the questions not answered that can still change the plan.
  public var unanswered: [String]
  /// The labels of ``Plan/settlingQuestions``.
  public var settlingQuestions: [String]
  /// The titles of the critical path's steps, opening day left out.
  public var criticalChain: [String]
  /// The steps that apply, in plan order (one for each of `plan.entries`).
  public var entries: [Entry]
  /// The first actions, ranked (``Plan/firstActions``).
  public var firstActions: [Entry]
  /// The steps that do not apply, with why not.
  public var notNeeded: [Excluded]
  /// The steps already done, with why.
  public var alreadyDone: [Excluded]
  /// The steps the founder set aside as not applicable, with their reason.
  public var setAside: [Excluded]
  /// The case records of steps no longer in the plan.
  public var formerCases: [FormerCase]
  /// The window rules that cannot be met.
  public var conflicts: [Conflict]
  /// The recurring duties after opening.
  public var duties: [Duty]
  /// The content's disclaimer.
  public var disclaimer: String
  /// The data items that only *may* be asked for (their condition, or every step that asks for
  /// them, hangs on an unanswered question), by id: the labels of those open questions.
  public var dataPending: [String: [String]] = [:]
}
