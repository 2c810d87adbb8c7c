extension Plan.Entry {
  /// Whether the plan knows how long the step takes: false when no handling time is known for
  /// the kommun — no figure of its own, no national figure or estimate, no statute and no range
  /// from several kommuner (``HandlingBasis/none``). The plan then counts no days for the step,
  /// and what shows its dates says the time is unknown instead of giving a decision day.
  public var durationKnown: Bool { handling != nil || step.kind == .milestone }
}

extension Plan {
  /// The steps still to do whose time the plan does not know (``Plan/Entry/durationKnown``),
  /// in plan order: the opening day counts no days for them.
  public var entriesWithUnknownDuration: [Entry] {
    entries.filter { !$0.durationKnown && !$0.isDone }
  }
}
