import ArgumentParser
import Testing

@testable import nyforetagare

/// The quick reading of the common headless calls must give exactly the options ArgumentParser's
/// command runs with, and leave everything else (help, errors, other commands) to ArgumentParser.
@Suite("CLI: the quick command line agrees with ArgumentParser")
struct QuickCommandLineTests {
  /// Every stored property of the plain options.
  func shape(_ command: any QuickCommand) -> String {
    String(reflecting: command)
  }

  /// The plain options an ArgumentParser command runs with.
  func options(_ command: any ParsableCommand) -> (any QuickCommand)? {
    switch command {
    case let c as PlanCommand: return c.options
    case let c as QuestionsCommand: return c.options
    case let c as LintCommand: return c.options
    default: return nil
    }
  }

  @Test(
    "the same command as ArgumentParser's, every option and default included",
    arguments: [
      ["plan", "--answers", "Examples/restaurang-malmo.yaml"],
      ["plan", "--answers", "a.yaml", "--format", "json", "--today", "2026-11-22", "--output", "/tmp/p.json"],
      ["plan", "--format", "ics", "--plan", "saved.json", "--plan-id", "x_1.2", "--lang", "en"],
      ["plan", "--content", "Content", "--answers", "a.yaml", "--format", "html", "--lang", "sv"],
      ["plan", "--answers", "a.yaml", "--format", "markdown"],
      ["questions"],
      ["questions", "--format", "json", "--lang", "en"],
      ["questions", "--answers", "a.yaml", "--content", "folder"],
      ["lint"],
      ["lint", "--strict"],
      ["lint", "--content", "Content", "--strict", "--lang", "en"],
    ])
  func agrees(_ arguments: [String]) throws {
    let quick = try #require(QuickCommandLine.command(arguments), "not read quickly: \(arguments)")
    let parsed = try #require(options(try Nyforetagare.parseAsRoot(arguments)), "\(arguments)")
    #expect(type(of: quick) == type(of: parsed))
    #expect(shape(quick) == shape(parsed))
  }

  @Test(
    "help, other spellings, bad values and failed checks are left to ArgumentParser",
    arguments: [
      [], ["--help"], ["-h"], ["help", "plan"], ["plan", "--help"], ["plan", "-h"],
      ["plan", "--answers", "a.yaml", "--help"],
      ["plan", "--answers=a.yaml"], ["plan", "--answers", "a.yaml", "--answers", "b.yaml"],
      ["plan", "--answers"], ["plan", "--answers", ""], ["plan", "--answers", "-"],
      ["plan", "--answers", "a.yaml", "--format", "pdf"], ["plan", "--answers", "a.yaml", "--lang", "de"],
      ["plan"], ["plan", "--answers", "a.yaml", "--plan", "b.json"],
      ["plan", "--answers", "a.yaml", "--plan-id", "two words"],
      ["plan", "a.yaml"], ["plan", "--answers", "a.yaml", "extra"], ["plan", "--unknown", "x"],
      ["plan", "--answers", "a.yaml", "--generate-completion-script", "bash"],
      ["questions", "--format", "yaml"], ["questions", "--today", "2026-11-22"],
      ["lint", "--strict", "--strict"], ["lint", "--strict", "yes"],
      ["status", "--plan", "p.json"], ["kiosk-pin"], ["--lang", "en"], ["ui"],
    ])
  func leftToArgumentParser(_ arguments: [String]) {
    #expect(QuickCommandLine.command(arguments) == nil, "read quickly: \(arguments)")
  }
}
