import ArgumentParser
import Foundation
import NyforetagareEngine
import NyforetagareExport

/// `nyforetagare plan`: a headless plan from an answers file.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "Make a plan from an answers file (Markdown by default).")

  enum Format: String, ExpressibleByArgument { case markdown, json }

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "The answers file (YAML or JSON).")
  var answers: String

  @Option(name: .long, help: "markdown (default) or json.")
  var format: Format = .markdown

  @Option(name: .long, help: "The day the plan counts from, YYYY-MM-DD (default: today).")
  var today: String?

  @Option(name: .long, help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    let day = try Self.day(today)
    guard let data = FileManager.default.contents(atPath: answers) else {
      Console.error("\(answers): error: cannot read the answers file")
      throw ExitCode(1)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      Console.error("\(answers):1:1: error: the answers file is not UTF-8 text")
      throw ExitCode(1)
    }
    let parsed: (Answers, FounderData)
    do {
      parsed = try AnswerParser.parse(text, file: answers, landscape: landscape)
    } catch {
      for d in error.diagnostics.sorted { Console.error(d.description) }
      throw ExitCode(1)
    }
    let plan: Plan
    do {
      plan = try Planner.plan(landscape, answers: parsed.0, data: parsed.1, today: day)
    } catch {
      Console.error("error: \(error.description)")
      throw ExitCode(1)
    }
    let rendered: String
    switch format {
    case .markdown: rendered = MarkdownRenderer(landscape: landscape, language: common.lang).render(plan)
    case .json: rendered = JSONRenderer(landscape: landscape, language: common.lang).render(plan)
    }
    if let output {
      do {
        try FileWriter.write(rendered, to: output)
      } catch {
        Console.error("\(output): error: cannot write: \(error.localizedDescription)")
        throw ExitCode(1)
      }
    } else {
      Console.out(rendered)
    }
  }

  /// Today's date: the given one, or the real date in the local time zone.
  static func day(_ text: String?) throws -> Day {
    if let text {
      guard let d = Day(iso: text) else {
        Console.error("error: --today '\(text)' is not a date YYYY-MM-DD")
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

/// Writes text files atomically.
enum FileWriter {
  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
