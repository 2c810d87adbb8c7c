import ArgumentParser
import Foundation
import NyforetagareEngine

/// `nyforetagare questions`: the interview's questions.
struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions", abstract: "List the interview's questions: id, type, allowed values, when asked.")

  enum Format: String, ExpressibleByArgument { case text, json }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "text (default) or json.")
  var format: Format = .text

  @Option(name: .long, help: "An answers file: print the screens the interview shows for these answers, in order.")
  var answers: String?

  struct QuestionJSON: Encodable {
    var id: String
    var type: String
    var label: String
    var text: String
    var help: String?
    var values: [ValueJSON]?
    var asked_when: String
    var allows_unknown: Bool
    var min: Double?
  }

  struct ValueJSON: Encodable {
    var id: String
    var label: String
  }

  /// The options as plain values: what `run` reads.
  var options: QuestionsOptions {
    QuestionsOptions(content: common.content, lang: common.lang, format: format, answers: answers)
  }

  func run() throws { try options.run() }
}

/// A condition written out in one line, for `questions`.
enum ConditionText {
  static func describe(_ c: Condition) -> String {
    switch c {
    case .always: return "always"
    case .all(let parts): return "(" + parts.map(describe).joined(separator: " and ") + ")"
    case .any(let parts): return "(" + parts.map(describe).joined(separator: " or ") + ")"
    case .not(let inner): return "not " + describe(inner)
    case .step(let id, _): return "step \(id) applies"
    case .question(let t):
      switch t.test {
      case .equals(let v): return "\(t.question) = \(v)"
      case .oneOf(let vs): return "\(t.question) in [\(vs.joined(separator: ", "))]"
      case .above(let n): return "\(t.question) > \(n)"
      case .atLeast(let n): return "\(t.question) ≥ \(n)"
      case .below(let n): return "\(t.question) < \(n)"
      case .notEmpty(let b): return b ? "\(t.question) not empty" : "\(t.question) empty"
      }
    }
  }
}
