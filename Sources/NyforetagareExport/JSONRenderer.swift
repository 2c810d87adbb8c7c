import Foundation
import NyforetagareEngine

/// Renders a plan as the JSON object of shared/contract.md (keys sorted, so the output is
/// byte-for-byte stable).
public struct JSONRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  struct Document: Encodable {
    var content_version: String
    var content_date: String
    var today: String
    var kommun: String?
    var earliest_opening: String
    var desired_opening: String?
    var opening_delay_days: Int?
    var critical_path: [String]
    var steps: [StepJSON]
    var not_needed: [Excluded]
    var already_done: [Done]
    var data: DataJSON
    var fees: FeesJSON
    var can_start_now: [String]
    var earliest_opening_firm: String?
    var settling_questions: [String]
    var first_actions: [String]
    var duties: [DutyJSON]
    var window_conflicts: [ConflictJSON]
  }

  struct StepJSON: Encodable {
    var id: String
    var title: String
    var actor: String
    var actor_name: String
    var kind: String
    var status: String
    var requires: [String]
    var start: String
    var done: String
    var latest: String?
    var send_by: String?
    var critical: Bool
    var why: String
    var fee_sek: Int?
    var fee: FeeJSON?
    var fee_example: FeeJSON?
    var handling_basis: String?
    /// The kommun of another kommun's instance of a step made per kommun.
    var kommun: String?
    var e_service: String?
    var case_state: String
    var expected_decision: String?
    var latest_decision: String?
    var overdue: Bool?
    var submit: String?
    var window: WindowJSON?
    var waits_for: [WaitJSON]?
    var slack_days: Int?
    var season: SeasonJSON?
  }

  struct Excluded: Encodable {
    var id: String
    var title: String
    var why: String
  }

  struct Done: Encodable {
    var id: String
    var title: String
  }

  struct DataJSON: Encodable {
    var items: Int
    var entries_without_prefill: Int
    var filled: Int
  }

  struct FeesJSON: Encodable {
    var known_total_sek: Int
    var steps_without_known_amount: Int
    var confirmed_sek: Int
    var estimated_sek: Int
    var steps_without_figure: Int
  }

  /// `steps[].fee`: whose fee it is (shared/contract.md, second round).
  struct FeeJSON: Encodable {
    var amount_sek: Int?
    var min_sek: Int?
    var max_sek: Int?
    var scope: String
    var kommun: String?
    var year: Int?
    var source: String?
    var undated: Bool?

    init(_ fee: Fee) {
      amount_sek = fee.amount
      min_sek = fee.min
      max_sek = fee.max
      scope = (fee.scope ?? .national).rawValue
      kommun = fee.kommun
      year = fee.year
      source = fee.source
      undated = fee.undated ? true : nil
    }
  }

  static func basisName(_ basis: HandlingBasis?) -> String? {
    switch basis {
    case nil: return nil
    case .kommun?: return "kommun"
    case .national?: return "national"
    case .estimate?: return "estimate"
    case .statute?: return "statute"
    case .range?: return "range"
    case .none?: return "none"
    }
  }

  /// The JSON text of a plan (titles and explanations in the view's language), ending in a
  /// newline.
  public func render(_ view: PlanView) -> String {
    let plan = view.plan
    let language = view.language
    let doc = Document(
      content_version: plan.contentVersion, content_date: plan.contentDate.iso,
      today: plan.today.iso, kommun: plan.kommun?.name,
      earliest_opening: plan.earliestOpening.iso, desired_opening: plan.desiredOpening?.iso,
      opening_delay_days: plan.openingDelay, critical_path: plan.criticalPath,
      steps: view.entries.map { v in
        let e = v.entry
        var json = StepJSON(
          id: e.step.id, title: v.title, actor: e.step.actor, actor_name: v.actorName,
          kind: e.step.kind.rawValue, status: e.status.rawValue, requires: e.requires,
          start: e.start.iso, done: e.done.iso, latest: e.latest?.iso, send_by: e.sendBy?.iso,
          critical: e.critical, why: v.why,
          fee_sek: e.fee?.countedAmount, fee: e.fee.map(FeeJSON.init),
          fee_example: e.figures?.feeExample.map(FeeJSON.init),
          handling_basis: Self.basisName(e.figures?.handlingBasis), kommun: e.forKommun, e_service: e.eService,
          case_state: e.caseState.rawValue,
          expected_decision: e.tracking.flatMap { $0.expectedKnown ? $0.expectedDecision.iso : nil },
          latest_decision: e.tracking?.latestDecision.iso,
          overdue: e.tracking?.overdue)
        extra(e, language, into: &json)
        return json
      },
      not_needed: view.notNeeded.map { Excluded(id: $0.step.id, title: $0.title, why: $0.why) },
      already_done: view.alreadyDone.map { Done(id: $0.step.id, title: $0.title) },
      data: DataJSON(
        items: plan.dataUsage.count, entries_without_prefill: plan.entriesWithoutPrefill,
        filled: plan.dataUsage.filter { $0.value != nil }.count),
      fees: FeesJSON(
        known_total_sek: plan.fees.confirmedSEK, steps_without_known_amount: plan.fees.stepsWithoutFigure,
        confirmed_sek: plan.fees.confirmedSEK, estimated_sek: plan.fees.estimatedSEK,
        steps_without_figure: plan.fees.stepsWithoutFigure),
      can_start_now: plan.canStartNow.map(\.step.id), earliest_opening_firm: plan.earliestOpeningFirm?.iso,
      settling_questions: plan.settlingQuestions, first_actions: plan.firstActions, duties: duties(view),
      window_conflicts: conflicts(plan, language))
    // PrettyJSON writes what JSONEncoder([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    // writes, byte for byte, without its start-up cost.
    guard let text = try? PrettyJSON.encode(doc) else { return "{}\n" }
    return text + "\n"
  }
}

extension JSONRenderer {
  struct WindowJSON: Encodable {
    var earliest: String?
    var latest: String?
    var rule: String?
  }

  struct WaitJSON: Encodable {
    var step: String
    var event: String
    var gates: String
  }

  struct SeasonJSON: Encodable {
    var name: String
    var from: String
    var to: String
  }

  struct DutyJSON: Encodable {
    var id: String
    var step: String
    var title: String
    var status: String
    var first_due: String
    var rule: String
    var rrule: String?
  }

  struct ConflictJSON: Encodable {
    var step: String
    var bound: String
    var days: Int
    var because: String?
    var rule: String?
  }

  func extra(_ e: Plan.Entry, _ language: Language, into json: inout StepJSON) {
    json.submit = e.submit?.iso
    json.window = e.window.map {
      WindowJSON(earliest: $0.earliest?.iso, latest: $0.latest?.iso, rule: $0.note?[language])
    }
    json.waits_for =
      e.waitsFor.isEmpty
      ? nil : e.waitsFor.map { WaitJSON(step: $0.step, event: $0.event.rawValue, gates: $0.gates.rawValue) }
    json.slack_days = e.slackDays
    json.season = e.season.map { SeasonJSON(name: $0.season.name[language], from: $0.from.iso, to: $0.to.iso) }
    // One wording: the expected and the latest decision come from the case when one is
    // pending, else from the plan's own estimate; none when no handling time is known.
    if json.expected_decision == nil, e.submit != nil, e.durationKnown, e.tracking == nil {
      json.expected_decision = e.done.iso
    }
    if json.latest_decision == nil { json.latest_decision = e.latest?.iso }
  }

  func duties(_ view: PlanView) -> [DutyJSON] {
    view.duties.map { v in
      let d = v.duty
      return DutyJSON(
        id: d.id, step: d.step.id, title: v.title, status: d.status.rawValue,
        first_due: d.firstDue.iso, rule: d.recurrence.rule[view.language], rrule: d.recurrence.rrule)
    }
  }

  func conflicts(_ plan: Plan, _ language: Language) -> [ConflictJSON] {
    plan.windowConflicts.map {
      ConflictJSON(
        step: $0.step, bound: $0.bound.rawValue, days: $0.days, because: $0.because, rule: $0.note?[language])
    }
  }
}
