/// The recurring duties after opening: each step's `recurring` rule, and the renewal of a
/// permit that a kommun grants per season.
enum Duties {
  static func of(_ kept: [StepAssessment], plan: Plan, profile: KommunProfile?, landscape: Landscape) -> [Plan.Duty] {
    let opening = plan.plannedOpening
    var duties: [Plan.Duty] = []
    for a in kept {
      guard let rule = a.step.timing.recurring else { continue }
      let isAuthority = landscape.actors[a.step.actor].map { $0.level != .private } ?? false
      let base = plan.entry(a.step.id).map { max($0.done, opening) } ?? opening
      let ruleDay = firstDue(rule, opening: opening, base: base)
      var due = ruleDay
      if isAuthority && rule.frequency != .ongoing { due = SwedishCalendar.nextWorkingDay(onOrAfter: due) }
      duties.append(
        Plan.Duty(
          id: a.step.id, step: a.step, status: a.status, firstDue: due, recurrence: rule, title: rule.title,
          ruleStart: ruleDay))
    }
    for i in plan.entries.indices {  // by index: only a seasonal entry is copied
      guard let current = plan.entries[i].season, let seasons = profile?.steps[plan.entries[i].step.id]?.seasons
      else { continue }
      let e = plan.entries[i]
      for (k, season) in seasons.enumerated() {
        guard let next = Seasons.next(after: current, in: [season]) else { continue }
        let lead = season.applyDaysBefore ?? e.handling?.typicalDays ?? 0
        let due = max(opening, SwedishCalendar.previousWorkingDay(onOrBefore: next.from.adding(days: -lead)))
        let c = due.components
        let from = next.from.components
        let rule = Recurrence(
          frequency: .yearly, month: c.month, day: c.day,
          rule: LocalizedText(
            sv:
              "Tillståndet gäller en säsong i taget. Vill du ha kvar det under \(season.name.sv) (från \(from.day)/\(from.month)) söker du på nytt, senast \(lead) dagar innan.",
            en:
              "The permit is for one season at a time. To keep it for the \(season.name.en) (from \(from.day)/\(from.month)) apply again, at least \(lead) days before."
          ), source: season.source, location: season.location)
        let title = LocalizedText(
          sv: e.step.title.sv + " – " + season.name.sv, en: e.step.title.en + " – " + season.name.en)
        duties.append(
          Plan.Duty(
            id: "\(e.step.id)-season-\(k + 1)", step: e.step, status: e.status, firstDue: due, recurrence: rule,
            title: title))
      }
    }
    return duties.sorted { ($0.firstDue, $0.id) < ($1.firstDue, $1.id) }
  }

  /// The first due day of a rule for a business opening on `opening`; `base` is when the
  /// one-off part was done (an interval counts from it).
  static func firstDue(_ rule: Recurrence, opening: Day, base: Day) -> Day {
    let o = opening.components
    switch rule.frequency {
    case .ongoing:
      return opening
    case .yearly:
      guard let month = rule.month, let day = rule.day else {
        let b = base.components
        return MonthDay(month: b.month, day: b.day).day(in: b.year + rule.interval) ?? base
      }
      let md = MonthDay(month: month, day: day)
      if rule.coversPreviousPeriod { return md.day(in: o.year + 1) ?? opening }
      if let same = md.day(in: o.year), same >= opening { return same }
      return md.day(in: o.year + 1) ?? opening
    case .monthly:
      let day = rule.day ?? o.day
      var (year, month) = (o.year, o.month)
      if rule.coversPreviousPeriod || day < o.day {
        month += 1
        if month > 12 { (year, month) = (year + 1, 1) }
      }
      return Day(year: year, month: month, day: day) ?? opening
    }
  }
}
