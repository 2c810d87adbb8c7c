import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// How the interview takes the answer to one kind of question: a list to choose from, a field
/// to type in, a searchable list of kommuner. One type per file in `Inputs/`; a new question
/// kind is a new type plus its case in ``make(for:answer:_:)``, which the compiler asks for.
protocol AnswerInput: Sendable {
  /// Whether a text field has the keyboard.
  var isTyping: Bool { get }
  /// The text typed so far, when it is worth keeping in the plan document as a draft.
  var draftText: String? { get }
  /// Fits the input into the rows it may use (lists keep their offset).
  mutating func layout(_ area: Rect, _ question: Question, _ env: Env)
  /// Handles a key.
  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult
  /// Draws into `area` (and the row just below it, for a footer); returns where the cursor goes.
  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)?
  /// The keys shown in the bottom bar.
  func keyBar(_ text: Words) -> [(String, String)]
}

/// What a key did to an input.
enum InputResult: Sendable, Equatable {
  /// Nothing the interview must act on.
  case handled
  /// The text changed (a draft to keep; an old error to clear).
  case edited
  /// The founder answered (nil: "don't know").
  case answer(AnswerValue?)
  /// Back to the previous question.
  case back
  /// The input cannot take the key's meaning; say why.
  case error(String)
  /// Nothing to ask here: go on.
  case skip
}

/// The input for each kind of question.
enum AnswerInputs {
  static func make(for question: Question, answer: AnswerValue?, _ env: Env) -> any AnswerInput {
    switch question.kind {
    case .choice, .bool: return ChoiceInput(question, answer: answer, env)
    case .integer, .number, .date: return TypedInput(question, answer: answer, env)
    case .kommun: return KommunInput(question, answer: answer, env)
    case .kommunList: return KommunListInput(answer: answer)
    case .stepList: return SkippedInput()
    }
  }
}

/// A question the interview does not ask on its own screen (a list of steps already done).
struct SkippedInput: AnswerInput {
  var isTyping: Bool { false }
  var draftText: String? { nil }
  mutating func layout(_ area: Rect, _ question: Question, _ env: Env) {}
  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult { .skip }
  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)? {
    nil
  }
  func keyBar(_ text: Words) -> [(String, String)] { TypedInput.keys(text) }
}
