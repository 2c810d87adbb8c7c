import ArgumentParser
import NyforetagareEngine

/// `nyforetagare lint`: validates the content.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Validate the content; one FILE:LINE:COL: message line per problem.")

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    let (diagnostics, landscape) = try ContentSource.lint(common.content)
    for d in diagnostics { Console.out(d.description + "\n") }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    if errors > 0 || (strict && warnings > 0) {
      // Standard error alone must say what and where, not only how many.
      let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
      Console.error(
        "\(errors) error(s), \(warnings) warning(s), listed on standard output"
          + (first.map { "; the first: \($0.description)" } ?? ""))
      throw ExitCode(1)
    }
    if let l = landscape {
      Console.error(
        "ok: \(l.steps.count) steps, \(l.questions.count) questions, \(l.dataItems.count) data items, \(l.kommuner.count) kommuner, \(l.profiles.count) kommun profiles; \(warnings) warning(s)"
      )
    }
  }
}
