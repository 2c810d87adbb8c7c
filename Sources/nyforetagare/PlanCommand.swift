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

  func validate() throws {
    if (answers == nil) == (plan == nil) {
      throw ValidationError(CLIProblem.answersOrPlan.text(common.lang))
    }
    if let planID, !PlanIdentity.isValid(planID) {
      throw ValidationError(CLIProblem.badPlanID(planID).text(common.lang))
    }
  }

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    let day = try Self.day(today, common.lang)
    var id = planID
    let plan: Plan
    if let path = self.plan {
      let document = try SavedPlan.load(path, landscape: landscape, language: common.lang)
      id = id ?? document.exportID
      plan = try SavedPlan.restore(document, path: path, landscape: landscape, today: day, language: common.lang).plan
    } else {
      let parsed = try Self.readAnswers(answers ?? "", landscape: landscape, language: common.lang)
      do {
        plan = try Planner.plan(landscape, answers: parsed.0, data: parsed.1, today: day)
      } catch {
        ProblemLine.error(CLIProblem.planner(error).text(common.lang), common.lang)
        throw ExitCode(1)
      }
    }
    let view = PlanView(plan, landscape: landscape, language: common.lang)
    let rendered: String
    switch format {
    case .markdown: rendered = MarkdownRenderer().render(view)
    case .json: rendered = JSONRenderer().render(view)
    case .ics: rendered = ICalendarRenderer(planID: id).render(view)
    case .html: rendered = HTMLRenderer().render(view)
    }
    if let output {
      do {
        // Founder data (a personnummer, an address) makes the file personal: mode 0600.
        try SafeFile.write(Data(rendered.utf8), to: output, personal: !plan.data.values.isEmpty)
      } catch {
        ProblemLine.error(error.message(in: common.lang), common.lang)
        throw ExitCode(1)
      }
    } else {
      Console.out(rendered)
    }
  }

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
