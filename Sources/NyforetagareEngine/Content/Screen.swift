/// One screen of the interview: questions that belong together, asked at once.
///
/// Screens are data (`Content/questions/screens.yaml`); they only group and present questions.
/// Answers files and the contract keep using question ids: a screen maps to the ids it sets.
public struct Screen: Sendable, Hashable, Identifiable {
  /// How a screen asks.
  public enum Kind: String, Sendable, CaseIterable {
    /// One question, asked on its own.
    case question
    /// Boxes to tick: yes/no questions, and values of choice questions (one box per value;
    /// the boxes of one choice question exclude each other).
    case checklist
    /// A yes/no gate before a detail: "no" sets the detail's answers at once, "yes" asks them.
    case gate
  }

  /// Where a screen goes in the interview.
  public enum Placement: String, Sendable, CaseIterable {
    /// Before every ranked screen (e.g. the kommun).
    case first
    /// Ranked by how many steps its questions still decide.
    case ranked
    /// After every ranked screen (e.g. the opening day).
    case last
  }

  /// One row of a screen.
  public struct Item: Sendable, Hashable {
    /// The question the row answers.
    public var question: String
    /// For a choice question on a checklist: the value this box stands for.
    public var value: String?
    /// The row's own label; nil uses the question's label (or the value's).
    public var label: LocalizedText?
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a row.
    public init(question: String, value: String? = nil, label: LocalizedText? = nil, location: SourceLocation) {
      self.question = question
      self.value = value
      self.label = label
      self.location = location
    }
  }

  /// Help shown on a screen only when a condition holds (e.g. for a vehicle).
  public struct Note: Sendable, Hashable {
    /// When it is shown.
    public var when: Condition
    /// What it says.
    public var text: LocalizedText
  }

  /// The screen's id.
  public var id: String
  /// How it asks.
  public var kind: Kind
  /// The heading.
  public var title: LocalizedText
  /// Why we ask, for the whole screen.
  public var help: LocalizedText?
  /// The rows: for `question` one, for `checklist` the boxes, for `gate` the detail's questions.
  public var items: [Item]
  /// On a checklist: the value a choice question takes when none of its boxes is ticked.
  public var otherwise: [String: String]
  /// On a gate: the yes/no question.
  public var gate: LocalizedText?
  /// On a gate: the heading of the detail shown after "yes".
  public var detailTitle: LocalizedText?
  /// On a gate: the answers "no" sets, by question id.
  public var whenNo: [String: AnswerValue]
  /// On a gate: the checklist that asks it as one box (then it has no screen of its own).
  public var host: String?
  /// On a hosted gate: the box's label.
  public var box: LocalizedText?
  /// Where it goes.
  public var placement: Placement
  /// Help shown when its condition holds.
  public var notes: [Note]
  /// Where it is defined.
  public var location: SourceLocation

  /// The question ids the screen sets, each once, in row order.
  public var questionIDs: [String] {
    var seen: Set<String> = []
    return items.map(\.question).filter { seen.insert($0).inserted }
  }

  /// A screen asking one question on its own (for a question no screen names).
  public static func single(_ question: Question) -> Screen {
    Screen(
      id: question.id, kind: .question, title: question.label, help: nil,
      items: [Item(question: question.id, location: question.location)], otherwise: [:], gate: nil,
      detailTitle: nil, whenNo: [:], host: nil, box: nil, placement: .ranked, notes: [], location: question.location)
  }
}
