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

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    let lang = common.lang
    if let path = answers {
      let (given, _) = try PlanCommand.readAnswers(path, landscape: landscape, language: lang)
      Console.out(
        InterviewPathOutput.render(landscape: landscape, answers: given, language: lang, json: format == .json))
      return
    }
    let list = landscape.questions.map { q in
      QuestionJSON(
        id: q.id, type: q.kind.rawValue, label: q.label[lang], text: q.text[lang], help: q.help?[lang],
        values: q.kind == .choice ? q.values.map { ValueJSON(id: $0.id, label: $0.label[lang]) } : nil,
        asked_when: q.askedWhen.map(ConditionText.describe) ?? "always",
        allows_unknown: q.allowsUnknown, min: q.minimum)
    }
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(list)
      Console.out(String(decoding: data, as: UTF8.self) + "\n")
    case .text:
      for q in list {
        var line = "\(q.id) (\(q.type))"
        if let values = q.values { line += ": " + values.map(\.id).joined(separator: " | ") }
        if q.asked_when != "always" { line += "  — asked when \(q.asked_when)" }
        Console.out(line + "\n    " + q.text + "\n")
      }
    }
  }
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
