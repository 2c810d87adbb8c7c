import Foundation
import NyforetagareEngine
import NyforetagareExport

/// The interview and plan as plain line-by-line prompts, for screen readers and simple
/// terminals (`--plain`, `TERM=dumb`, or when the output is not a terminal).
public struct PlainSession {
  let landscape: Landscape
  let language: Language
  let today: Day
  let readLine: () -> String?
  let write: (String) -> Void

  /// Creates a session that reads lines and writes text through the given functions.
  public init(
    landscape: Landscape, language: Language, today: Day, readLine: @escaping () -> String?,
    write: @escaping (String) -> Void
  ) {
    self.landscape = landscape
    self.language = language
    self.today = today
    self.readLine = readLine
    self.write = write
  }

  var text: UIText { UIText(language: language) }

  /// Runs the interview and prints the plan as Markdown; returns the answers given.
  @discardableResult
  public func run() -> Answers {
    write(
      text.t(
        "Nyföretagare – svara på frågorna. Tryck Enter utan svar för ”vet inte”.\n",
        "Nyföretagare – answer the questions. Press Enter with no answer for “don't know”.\n"))
    var answers = Answers()
    var index = 0
    while index < landscape.questions.count {
      let q = landscape.questions[index]
      index += 1
      let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
      if q.kind == .stepList || evaluator.isAsked(q) == .no { continue }
      while true {
        write("\n" + q.text[language] + "\n")
        if let help = q.help { write("  (" + help[language] + ")\n") }
        let options = optionList(q)
        for (i, o) in options.enumerated() { write("  \(i + 1). \(o.label)\n") }
        write("> ")
        guard let line = readLine() else {
          write("\n")
          return finish(answers)
        }
        let raw = line.trimmingCharacters(in: .whitespaces)
        if raw.isEmpty { break }
        if !options.isEmpty {
          if let n = Int(raw), n >= 1, n <= options.count {
            if let v = options[n - 1].value { answers[q.id] = v }
            break
          }
          if let match = options.first(where: { $0.label.lowercased() == raw.lowercased() }) {
            if let v = match.value { answers[q.id] = v }
            break
          }
          write(
            text.t("Skriv en siffra mellan 1 och \(options.count).\n", "Type a number from 1 to \(options.count).\n"))
          continue
        }
        switch AnswerValidator.parse(raw, for: q, landscape: landscape) {
        case .success(let v):
          answers[q.id] = v
        case .failure(let m):
          write(m.text(language) + "\n")
          continue
        }
        break
      }
    }
    return finish(answers)
  }

  struct Option {
    var label: String
    var value: AnswerValue?
  }

  func optionList(_ q: Question) -> [Option] {
    switch q.kind {
    case .choice:
      return q.values.map { Option(label: $0.label[language], value: .choice($0.id)) }
        + [Option(label: text.unknownOption, value: nil)]
    case .bool:
      return [
        Option(label: text.yes, value: .bool(true)), Option(label: text.no, value: .bool(false)),
        Option(label: text.unknownOption, value: nil),
      ]
    case .integer, .number, .date, .kommun, .kommunList, .stepList:
      return []
    }
  }

  func finish(_ answers: Answers) -> Answers {
    if let plan = try? Planner.plan(landscape, answers: answers, today: today) {
      write("\n" + MarkdownRenderer(landscape: landscape, language: language).render(plan))
    }
    return answers
  }
}
