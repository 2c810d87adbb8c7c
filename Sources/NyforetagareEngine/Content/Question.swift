/// One question of the interview.
public struct Question: Sendable, Hashable, Identifiable {
  /// The kind of answer a question takes.
  public enum Kind: String, Sendable, CaseIterable {
    case choice, bool, integer, number, date, kommun
    case kommunList = "kommun_list"
    case stepList = "step_list"
  }

  /// An allowed value of a choice question.
  public struct Value: Sendable, Hashable {
    /// The value's id, as written in an answers file.
    public var id: String
    /// What the founder sees.
    public var label: LocalizedText
  }

  /// The question's id, as written in an answers file.
  public var id: String
  /// The kind of answer.
  public var kind: Kind
  /// A short label, used in explanations ("Alkohol: till allmänheten").
  public var label: LocalizedText
  /// The question as asked.
  public var text: LocalizedText
  /// Why we ask.
  public var help: LocalizedText?
  /// The allowed values of a choice question, in display order.
  public var values: [Value]
  /// When the question is asked; nil means always.
  public var askedWhen: Condition?
  /// Whether "Vet inte" is offered.
  public var allowsUnknown: Bool
  /// The least value of a number question.
  public var minimum: Double?
  /// Where it is defined.
  public var location: SourceLocation
  /// Whether the planner reads the answer itself (the kommun's figures, the opening day, the
  /// kommuner listed), so it matters whenever it is asked, not only through conditions.
  public var planInput = false
  /// Units a number may be typed in besides the plain number (e.g. gasol bottles), each with
  /// what one of it is in the question's own unit.
  public var units: [Unit] = []

  /// A unit a number may be typed in: "2 st P11" is two of the unit named "P11".
  public struct Unit: Sendable, Hashable {
    /// The names it is typed as, e.g. "P11", "11 kg" (compared without case).
    public var names: [String]
    /// What one of it is, in the question's unit (e.g. 26 litres).
    public var factor: Double
    /// How it is shown, e.g. "gasolflaska P11 (11 kg)".
    public var label: LocalizedText
    /// Where the factor comes from.
    public var source: String?
  }

  /// The allowed value with the given id.
  public func value(_ id: String) -> Value? { values.first { $0.id == id } }
}
