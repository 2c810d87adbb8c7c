/// When a step applies or a question is asked: data a maintainer writes in YAML.
///
/// Conditions are evaluated with three values (see ``Truth``): a question that has not been
/// answered makes a test on it *unknown*, so the step shows up marked "check" instead of being
/// dropped.
public indirect enum Condition: Sendable, Hashable {
  /// Always true.
  case always
  /// True when every part is.
  case all([Condition])
  /// True when any part is.
  case any([Condition])
  /// True when the part is false.
  case not(Condition)
  /// A test of one question's answer.
  case question(QuestionTest)
  /// True when another step applies.
  case step(String, SourceLocation)
}

/// A test of one question's answer.
public struct QuestionTest: Sendable, Hashable {
  /// What is tested.
  public enum Test: Sendable, Hashable {
    /// The answer equals this value (a choice id, a boolean or a number).
    case equals(ConditionValue)
    /// The answer is one of these choice ids.
    case oneOf([String])
    /// The number is greater than this.
    case above(Double)
    /// The number is at least this.
    case atLeast(Double)
    /// The number is less than this.
    case below(Double)
    /// The list is (or is not) empty.
    case notEmpty(Bool)
  }

  /// The question's id.
  public var question: String
  /// The test.
  public var test: Test
  /// Where it is written.
  public var location: SourceLocation
}

/// A literal in a condition.
public enum ConditionValue: Sendable, Hashable, CustomStringConvertible {
  case bool(Bool)
  case string(String)
  case number(Double)

  public var description: String {
    switch self {
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return s
    case .number(let n): return formatNumber(n)
    }
  }
}

/// Formats a number without a needless ".0".
func formatNumber(_ value: Double) -> String {
  if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
  return String(value)
}
