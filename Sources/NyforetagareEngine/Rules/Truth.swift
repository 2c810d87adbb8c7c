/// A three-valued truth: the answer to "does this apply?" before every question is answered.
public enum Truth: String, Sendable, Hashable {
  case yes, no, unknown

  /// The negation; unknown stays unknown.
  public var negated: Truth {
    switch self {
    case .yes: return .no
    case .no: return .yes
    case .unknown: return .unknown
    }
  }
}
