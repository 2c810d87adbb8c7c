import ArgumentParser
import NyforetagareEngine

/// The command line: the terminal UI by default, and the headless commands.
struct Nyforetagare: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "nyforetagare",
    abstract: "Guides you through starting a restaurant, café, bar, food truck or catering firm in Sweden.",
    discussion: """
      Without a subcommand it starts the terminal UI. Swedish is the default language; use --lang en for English.
      """,
    subcommands: [
      RunUI.self, PlanCommand.self, StatusCommand.self, QuestionsCommand.self, LintCommand.self,
      KioskPinCommand.self,
    ],
    defaultSubcommand: RunUI.self)
}

/// Options every command takes.
struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: "Read content from this folder instead of the embedded copy.")
  var content: String?

  @Option(name: .long, help: "Language: sv (default) or en.")
  var lang: Language = .sv
}

extension Language: ExpressibleByArgument {}
