/// The plan's fees, never one mixed sum: what is confirmed for this kommun or nationally, what
/// is estimated, and how many steps have no figure for this kommun.
public struct FeeSummary: Sendable, Hashable {
  /// The kommun's own fees and national fees of steps that apply.
  public var confirmedSEK: Int
  /// Our estimates, the lowest end of published ranges, and the fees of steps that may apply
  /// ("check") or are optional support.
  public var estimatedSEK: Int
  /// Steps that cost something (or may) but have no figure for this kommun.
  public var stepsWithoutFigure: Int
  /// The ids of those steps, in plan order.
  public var stepsWithoutFigureIDs: [String]
}

extension Plan {
  /// The fees of the steps in the plan, split by how sure they are.
  public var fees: FeeSummary {
    var summary = FeeSummary(confirmedSEK: 0, estimatedSEK: 0, stepsWithoutFigure: 0, stepsWithoutFigureIDs: [])
    // By index, so no entry is copied (a frame of the plan screen asks for this each time).
    for i in entries.indices where entries[i].step.kind != .milestone {
      let kind = entries[i].step.kind
      let fee = entries[i].fee
      let counts = fee != nil || entries[i].figures?.feeExample != nil || kind == .permit || kind == .registration
      guard let fee, let amount = fee.countedAmount else {
        if counts {
          summary.stepsWithoutFigure += 1
          summary.stepsWithoutFigureIDs.append(entries[i].step.id)
        }
        continue
      }
      let firm = fee.amount != nil && (fee.scope ?? .national) != .estimate
      if firm && entries[i].status == .applies && kind != .support {
        summary.confirmedSEK += amount
      } else {
        summary.estimatedSEK += amount
      }
    }
    return summary
  }
}
