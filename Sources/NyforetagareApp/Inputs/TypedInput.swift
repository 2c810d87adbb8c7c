import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// A whole number, a number or a date, typed in a field; empty is "don't know".
struct TypedInput: AnswerInput {
  var field: TextField

  init(_ question: Question, answer: AnswerValue?, _ env: Env) {
    switch answer {
    case .integer(let n)?: field = TextField(String(n))
    case .number(let d)?: field = TextField(env.explanation.display(.number(d), for: question))
    case .date(let d)?: field = TextField(d.iso)
    default: field = TextField()
    }
  }

  /// Restores a half-typed answer.
  init(text: String) {
    field = TextField(text)
  }

  var isTyping: Bool { true }
  var draftText: String? { field.text.isEmpty ? nil : field.text }

  mutating func layout(_ area: Rect, _ question: Question, _ env: Env) {}

  mutating func update(_ key: Key, _ question: Question, _ env: Env) -> InputResult {
    switch key {
    case .enter:
      let raw = field.text.trimmingCharacters(in: .whitespaces)
      if raw.isEmpty { return .answer(nil) }
      switch AnswerValidator.parse(raw, for: question, landscape: env.landscape) {
      case .success(let v): return .answer(v)
      case .failure(let m): return .error(Self.error(m.problem, question: question, env.language))
      }
    case .escape:
      return .back
    case .backspace where field.text.isEmpty, .left where field.text.isEmpty:
      return .back
    default:
      return field.handle(key) ? .edited : .handled
    }
  }

  /// Reads the field forgivingly ("1 maj 2027", "2 st"), saying what was understood.
  func read(_ question: Question, _ env: Env) -> TurnResult {
    let raw = field.text.trimmingCharacters(in: .whitespaces)
    if raw.isEmpty { return .answers([question.id: nil], details: [], understood: nil) }
    switch InputReader.read(raw, for: question, landscape: env.landscape, today: env.today) {
    case .success(let reading):
      return .answers([question.id: reading.value], details: [], understood: reading.understood?[env.language])
    case .failure(let problem):
      return .error(problem.message[env.language])
    }
  }

  /// What to type instead, in the founder's language: for numbers and dates the field's own hint,
  /// for the rest the answer's problem (``AnswerProblem``).
  static func error(_ problem: AnswerProblem, question: Question, _ language: Language) -> String {
    switch question.kind {
    case .integer:
      return LocalizedText(
        sv: "Skriv ett heltal, t.ex. 3 (0 om ingen).", en: "Type a whole number, e.g. 3 (0 if none).")[language]
    case .number:
      return LocalizedText(
        sv: "Skriv ett tal, t.ex. 40 eller 12,5 (0 om ingen).", en: "Type a number, e.g. 40 or 12.5 (0 if none).")[
          language]
    case .date:
      return LocalizedText(
        sv: "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-05-01, eller lämna tomt.",
        en: "Write the date as YYYY-MM-DD, e.g. 2027-05-01, or leave it empty.")[language]
    case .choice, .bool, .kommun, .kommunList, .stepList:
      return problem.text(language)
    }
  }

  func view(into buffer: inout CellBuffer, _ area: Rect, _ question: Question, _ env: Env) -> (x: Int, y: Int)? {
    let text = env.text
    let cx = field.draw(into: &buffer, x: area.x, y: area.y, width: min(30, area.width))
    let hint =
      question.kind == .date
      ? text.t(
        "T.ex. 2027-05-01 eller 1 maj 2027 · tomt = vet inte", "E.g. 2027-05-01 or 1 May 2027 · empty = don't know")
      : text.t("Skriv ett tal · tomt = vet inte", "Type a number · empty = don't know")
    buffer.write(hint, x: area.x, y: area.y + 2, style: .dim)
    return (cx, area.y)
  }

  static func keys(_ text: Words) -> [(String, String)] {
    [
      ("Enter", text.next), ("Esc", text.back), ("F1", text.help),
      ("Ctrl-C", text.quit),
    ]
  }

  func keyBar(_ text: Words) -> [(String, String)] { Self.keys(text) }
}
