import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// How the interview takes the answers to one screen (an ``Interview/Turn``): one question, a
/// checklist, a gate, or a gate's detail. One type per file in `Inputs/`; a new kind of screen
/// is a new type plus its case in ``TurnInputs/make(for:answers:_:)``, which the compiler asks
/// for (no `default:`).
protocol TurnInput: Sendable {
  /// Whether a text field has the keyboard.
  var isTyping: Bool { get }
  /// The text typed so far, when it is worth keeping in the plan document as a draft.
  var draftText: String? { get }
  /// Fits the input into the rows it may use.
  mutating func layout(_ area: Rect, _ turn: Interview.Turn, _ env: Env)
  /// Handles a key.
  mutating func update(_ key: Key, _ turn: Interview.Turn, _ env: Env) -> TurnResult
  /// Draws into `area`; returns where the cursor goes.
  func view(into buffer: inout CellBuffer, _ area: Rect, _ turn: Interview.Turn, _ env: Env) -> (x: Int, y: Int)?
  /// The keys shown in the bottom bar.
  func keyBar(_ text: Words) -> [(String, String)]
  /// The rows it would like, at a width (the screen's help gets what is left).
  func preferredHeight(_ width: Int, _ turn: Interview.Turn, _ env: Env) -> Int
}

extension TurnInput {
  func preferredHeight(_ width: Int, _ turn: Interview.Turn, _ env: Env) -> Int { 8 }
}

/// What a key did to a screen's input.
enum TurnResult: Sendable, Equatable {
  /// Nothing the interview must act on.
  case handled
  /// The text changed.
  case edited
  /// The founder answered the screen: question id → answer (nil: "don't know"); `details`
  /// are the gates answered "yes", whose detail comes next; `understood` says how typed text
  /// was read.
  case answers([String: AnswerValue?], details: [String], understood: String?)
  /// Back to the previous screen.
  case back
  /// The input cannot take the key's meaning; say why.
  case error(String)
  /// Nothing to ask here: go on.
  case skip
}

/// The input for each kind of screen.
enum TurnInputs {
  static func make(for turn: Interview.Turn, answers: Answers, asked: Set<String>, _ env: Env) -> any TurnInput {
    switch (turn.screen.kind, turn.part) {
    case (.question, _):
      guard let q = turn.items.first.flatMap({ env.landscape.question($0.question) }) else { return SingleInput() }
      return SingleInput(q, input: AnswerInputs.make(for: q, answer: answers[q.id], env))
    case (.checklist, _):
      return ChecklistInput(turn, answers: answers, env, asked: asked)
    case (.gate, .main):
      return GateInput(turn, answers: answers, env)
    case (.gate, .detail):
      return FieldsInput(turn, answers: answers, env)
    }
  }
}

/// One question on its own screen, through its kind's ``AnswerInput``.
struct SingleInput: TurnInput {
  var questionID = ""
  var input: any AnswerInput = SkippedInput()

  init() {}

  init(_ question: Question, input: any AnswerInput) {
    questionID = question.id
    self.input = input
  }

  var isTyping: Bool { input.isTyping }
  var draftText: String? { input.draftText }

  mutating func layout(_ area: Rect, _ turn: Interview.Turn, _ env: Env) {
    guard let q = env.landscape.question(questionID) else { return }
    input.layout(area, q, env)
  }

  mutating func update(_ key: Key, _ turn: Interview.Turn, _ env: Env) -> TurnResult {
    guard let q = env.landscape.question(questionID) else { return .skip }
    if key == .enter, q.kind == .integer || q.kind == .number || q.kind == .date,
      let typed = input as? TypedInput
    {
      return typed.read(q, env)
    }
    switch input.update(key, q, env) {
    case .handled: return .handled
    case .edited: return .edited
    case .answer(let value):
      var understood: String?
      if case .kommun(let name)? = value {
        let lan = env.landscape.kommun(named: name).map { " (" + $0.lan + ")" } ?? ""
        understood = env.text.t("Kommun: ", "Kommun: ") + name + lan + "."
      }
      return .answers([q.id: value], details: [], understood: understood)
    case .back: return .back
    case .error(let message): return .error(message)
    case .skip: return .skip
    }
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ turn: Interview.Turn, _ env: Env) -> (x: Int, y: Int)? {
    guard let q = env.landscape.question(questionID) else { return nil }
    return input.view(into: &buffer, area, q, env)
  }

  func keyBar(_ text: Words) -> [(String, String)] { input.keyBar(text) }
}
