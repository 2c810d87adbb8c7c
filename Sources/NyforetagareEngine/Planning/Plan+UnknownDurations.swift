extension Plan.Entry {
  /// Whether the plan knows how long the step takes: false when no handling time is known for
  /// the kommun — no figure of its own, no national figure or estimate, no statute and no range
  /// from several kommuner (``HandlingBasis/none``). The plan then counts no days for the step,
  /// and what shows its dates says the time is unknown instead of giving a decision day.
  public var durationKnown: Bool { handling != nil || step.kind == .milestone }

  /// Whether the opening day counts no time for this step: it is still to do and its time is
  /// not known.
  public var countsNoTime: Bool { !durationKnown && !isDone }
}

extension Plan {
  /// The steps the opening day counts no time for (``Plan/Entry/countsNoTime``), in plan order.
  public var entriesWithUnknownDuration: [Entry] { entries.filter(\.countsNoTime) }
}
