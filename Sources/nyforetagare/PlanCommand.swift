import ArgumentParser
import Foundation
import NyforetagareEngine
import NyforetagareExport
import PlanStorage

/// `nyforetagare plan`: a headless plan from an answers file.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "Make a plan from an answers file (Markdown by default).")

  enum Format: String, ExpressibleByArgument { case markdown, json, ics, html }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "The answers file (YAML or JSON).")
  var answers: String?

  @Option(name: .long, help: "A saved plan (instead of --answers): exports with every case's state.")
  var plan: String?

  @Option(name: .long, help: "markdown (default), json, ics (iCalendar), or html (one page with the timeline).")
  var format: Format = .markdown

  @Option(name: .long, help: "The day the plan counts from, YYYY-MM-DD (default: today).")
  var today: String?

  @Option(name: .long, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(
    name: .long,
    help:
      "The plan's id in calendar UIDs (letters, digits, - _ .; at most 64). Default: the saved plan's id, or one derived from the answers."
  )
  var planID: String?

  /// The options as plain values: what `validate` and `run` read.
  var options: PlanOptions {
    PlanOptions(
      content: common.content, lang: common.lang, answers: answers, plan: plan, format: format, today: today,
      output: output, planID: planID)
  }

  func validate() throws { try options.validate() }

  func run() throws { try options.run() }

  /// Reads and validates an answers file, exiting with one line per problem in `language`.
  static func readAnswers(_ path: String, landscape: Landscape, language: Language) throws -> (Answers, FounderData) {
    func fail(_ problem: AnswersFileProblem, at file: String = path) -> ExitCode {
      ProblemLine.error(problem.text(language), file: file, language)
      return ExitCode(1)
    }
    let data: Data
    switch BoundedRead.contents(of: path, limit: InputLimits.answersFileBytes) {
    case .success(let d): data = d
    case .failure(.missing): throw fail(.missing)
    case .failure(.tooLarge(let limit)): throw fail(.tooLarge(limit: limit))
    case .failure(.notRegular): throw fail(.folder)
    case .failure(.unreadable(let reason)): throw fail(.unreadable(reason: reason))
    }
    guard let text = String(data: data, encoding: .utf8) else { throw fail(.notUTF8, at: path + ":1:1") }
    do {
      return try AnswerParser.parse(text, file: path, landscape: landscape)
    } catch {
      ProblemLine.write(error.diagnostics(language).sorted, language)
      throw ExitCode(1)
    }
  }

  /// Today's date: the given one, or the real date in the local time zone.
  static func day(_ text: String?, _ language: Language) throws -> Day {
    if let text {
      guard let d = Day(iso: text) else {
        ProblemLine.error(CLIProblem.badToday(text).text(language), language)
        throw ExitCode(1)
      }
      return d
    }
    return Clock.today()
  }
}

/// Reads the real date: the only place the program looks at a clock for planning.
enum Clock {
  static func today() -> Day {
    let now = Date()
    let seconds = Int(now.timeIntervalSince1970) + TimeZone.current.secondsFromGMT(for: now)
    return Day(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
  }
}
