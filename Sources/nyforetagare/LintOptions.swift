import ArgumentParser
import NyforetagareEngine

/// `nyforetagare lint`'s options as plain values, and what the command does with them (see
/// ``PlanOptions``: ArgumentParser's command and the quick command line both run it).
struct LintOptions: QuickCommand {
  var content: String?
  var lang: Language
  var strict: Bool

  func validate() throws {}

  func run() throws {
    let (diagnostics, landscape) = try ContentSource.lint(content)
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
