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

  /// The options as plain values: what `run` reads.
  var options: LintOptions { LintOptions(content: common.content, lang: common.lang, strict: strict) }

  func run() throws { try options.run() }
}
