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

  /// The allowed value with the given id.
  public func value(_ id: String) -> Value? { values.first { $0.id == id } }
}
