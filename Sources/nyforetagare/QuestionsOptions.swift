import ArgumentParser
import Foundation
import NyforetagareEngine

/// `nyforetagare questions`' options as plain values, and what the command does with them
/// (see ``PlanOptions``: ArgumentParser's command and the quick command line both run it).
struct QuestionsOptions: QuickCommand {
  var content: String?
  var lang: Language
  var format: QuestionsCommand.Format
  var answers: String?

  func validate() throws {}

  func run() throws {
    let landscape = try ContentSource.landscape(content)
    if let path = answers {
      let (given, _) = try PlanCommand.readAnswers(path, landscape: landscape, language: lang)
      Console.out(
        InterviewPathOutput.render(landscape: landscape, answers: given, language: lang, json: format == .json))
      return
    }
    let list = landscape.questions.map { q in
      QuestionsCommand.QuestionJSON(
        id: q.id, type: q.kind.rawValue, label: q.label[lang], text: q.text[lang], help: q.help?[lang],
        values: q.kind == .choice ? q.values.map { QuestionsCommand.ValueJSON(id: $0.id, label: $0.label[lang]) } : nil,
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
