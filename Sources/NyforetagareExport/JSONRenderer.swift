import NyforetagareEngine

/// Renders a plan as the JSON object of shared/contract.md (keys sorted, so the output is
/// byte-for-byte stable).
///
/// Each object is written member by member through ``JSONWriter``, keys in code-point order
/// (what `JSONEncoder`'s `.sortedKeys` gave when this went through `Encodable`; debug builds
/// check the order); a `nil` value leaves its key out.
public struct JSONRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The JSON text of a plan (titles and explanations in the view's language), ending in a
  /// newline.
  public func render(_ view: PlanView) -> String {
    var w = JSONWriter(capacity: 8192 + 2048 * view.entries.count)
    w.object { w in
      w.member("already_done", objects: view.alreadyDone) { w, done in
        w.member("id", done.step.id)
        w.member("title", done.title)
      }
      w.member("can_start_now", strings: view.plan.canStartNow.map { $0.step.id })
      w.member("content_date", view.plan.contentDate)
      w.member("content_version", view.plan.contentVersion)
      w.member("critical_path", strings: view.plan.criticalPath)
      w.key("data")
      w.object { w in Self.data(&w, view.plan) }
      w.member("desired_opening", view.plan.desiredOpening)
      w.member("duties", objects: view.duties) { w, v in Self.duty(v, view.language, into: &w) }
      w.member("earliest_opening", view.plan.earliestOpening)
      w.member("earliest_opening_firm", view.plan.earliestOpeningFirm)
      w.key("fees")
      w.object { w in Self.fees(&w, view.plan.fees) }
      w.member("first_actions", strings: view.plan.firstActions)
      w.member("kommun", view.plan.kommun?.name)
      w.member("not_needed", objects: view.notNeeded) { w, excluded in
        w.member("id", excluded.step.id)
        w.member("title", excluded.title)
        w.member("why", excluded.why)
      }
      w.member("opening_delay_days", view.plan.openingDelay)
      w.member("settling_questions", strings: view.plan.settlingQuestions)
      w.member("steps", objects: view.entries) { w, v in Self.step(v, view.language, into: &w) }
      w.member("today", view.plan.today)
      w.member("window_conflicts", objects: view.plan.windowConflicts) { w, c in
        Self.conflict(c, view.language, into: &w)
      }
    }
    w.newline()
    return w.text
  }

  /// One of `steps`.
  static func step(_ v: PlanView.Entry, _ language: Language, into w: inout JSONWriter) {
    let e = v.entry
    // One wording: the expected and the latest decision come from the case when one is
    // pending, else from the plan's own estimate; none when no handling time is known.
    let expectedDecision: Day? =
      if let tracking = e.tracking {
        tracking.expectedKnown ? tracking.expectedDecision : nil
      } else {
        e.submit != nil && e.durationKnown ? e.done : nil
      }
    w.member("actor", e.step.actor)
    w.member("actor_name", v.actorName)
    w.member("case_state", e.caseState.rawValue)
    w.member("critical", e.critical)
    w.member("done", e.done)
    w.member("e_service", e.eService)
    w.member("expected_decision", expectedDecision)
    w.member("fee", e.fee, object: Self.fee)
    w.member("fee_example", e.figures?.feeExample, object: Self.fee)
    w.member("fee_sek", e.fee?.countedAmount)
    w.member("handling_basis", Self.basisName(e.figures?.handlingBasis))
    w.member("id", e.step.id)
    w.member("kind", e.step.kind.rawValue)
    w.member("kommun", e.forKommun)  // another kommun's instance of a step made per kommun
    w.member("latest", e.latest)
    w.member("latest_decision", e.tracking?.latestDecision ?? e.latest)
    w.member("overdue", e.tracking?.overdue)
    w.member("requires", strings: e.requires)
    w.member("season", e.season) { w, s in
      w.member("from", s.from)
      w.member("name", s.season.name[language])
      w.member("to", s.to)
    }
    w.member("send_by", e.sendBy)
    w.member("slack_days", e.slackDays)
    w.member("start", e.start)
    w.member("status", e.status.rawValue)
    w.member("submit", e.submit)
    w.member("title", v.title)
    w.member("waits_for", objects: e.waitsFor.isEmpty ? nil : e.waitsFor) { w, wait in
      w.member("event", wait.event.rawValue)
      w.member("gates", wait.gates.rawValue)
      w.member("step", wait.step)
    }
    w.member("why", v.why)
    w.member("window", e.window) { w, window in
      w.member("earliest", window.earliest)
      w.member("latest", window.latest)
      w.member("rule", window.note?[language])
    }
  }

  /// `steps[].fee` and `steps[].fee_example`: whose fee it is (shared/contract.md, second round).
  static func fee(_ w: inout JSONWriter, _ fee: Fee) {
    w.member("amount_sek", fee.amount)
    w.member("kommun", fee.kommun)
    w.member("max_sek", fee.max)
    w.member("min_sek", fee.min)
    w.member("scope", (fee.scope ?? .national).rawValue)
    w.member("source", fee.source)
    w.member("undated", fee.undated ? true : nil)
    w.member("year", fee.year)
  }

  /// `data`.
  static func data(_ w: inout JSONWriter, _ plan: Plan) {
    w.member("entries_without_prefill", plan.entriesWithoutPrefill)
    w.member("filled", plan.dataUsage.count(where: { $0.value != nil }))
    w.member("items", plan.dataUsage.count)
  }

  /// `fees`: `known_total_sek` stays and equals `confirmed_sek`, as does
  /// `steps_without_known_amount` `steps_without_figure`.
  static func fees(_ w: inout JSONWriter, _ fees: FeeSummary) {
    w.member("confirmed_sek", fees.confirmedSEK)
    w.member("estimated_sek", fees.estimatedSEK)
    w.member("known_total_sek", fees.confirmedSEK)
    w.member("steps_without_figure", fees.stepsWithoutFigure)
    w.member("steps_without_known_amount", fees.stepsWithoutFigure)
  }

  /// One of `duties`.
  static func duty(_ v: PlanView.Duty, _ language: Language, into w: inout JSONWriter) {
    let d = v.duty
    w.member("first_due", d.firstDue)
    w.member("id", d.id)
    w.member("rrule", d.recurrence.rrule)
    w.member("rule", d.recurrence.rule[language])
    w.member("status", d.status.rawValue)
    w.member("step", d.step.id)
    w.member("title", v.title)
  }

  /// One of `window_conflicts`.
  static func conflict(_ c: Plan.WindowConflict, _ language: Language, into w: inout JSONWriter) {
    w.member("because", c.because)
    w.member("bound", c.bound.rawValue)
    w.member("days", c.days)
    w.member("rule", c.note?[language])
    w.member("step", c.step)
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
}
