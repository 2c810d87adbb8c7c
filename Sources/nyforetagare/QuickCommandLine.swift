import ArgumentParser
import NyforetagareEngine

/// A headless command's options as plain values, and what the command does with them.
protocol QuickCommand {
  /// The command's own checks (ArgumentParser's `validate()` runs the same).
  func validate() throws
  /// Runs the command.
  func run() throws
}

/// The common headless calls, read without ArgumentParser.
///
/// ArgumentParser builds its model of the commands by reflection (`Mirror`, protocol-conformance
/// look-ups in a binary with the whole Swift runtime and Foundation linked in) on every start,
/// and even a command value made directly sets up its property wrappers (each first use of one
/// of ArgumentParser's generic types scans every conformance record of the binary). For
/// arguments that are plainly `plan`, `questions` or `lint` followed by that command's long
/// options, each given once as `--name VALUE` (the value not empty and not starting with `-`),
/// or lint's `--strict`, this builds the command's plain options (``PlanOptions``,
/// ``QuestionsOptions``, ``LintOptions``: what the ArgumentParser commands run too) with the same
/// conversions (`init(argument:)`) and the same `validate()`.
///
/// Everything else gives nil, and ArgumentParser parses as before: `--help`, `-h`, `help`,
/// `--name=VALUE`, a short, unknown or repeated option, a missing value, a value that does not
/// convert, a command whose `validate()` fails, every other command. So help, usage and error
/// texts are ArgumentParser's own. A test checks that both give the same options for the
/// accepted forms and that the other forms are left to ArgumentParser.
enum QuickCommandLine {
  /// The command for these arguments (without the program's name), or nil to let
  /// ArgumentParser parse them.
  static func command(_ arguments: [String]) -> (any QuickCommand)? {
    guard let name = arguments.first else { return nil }
    let rest = arguments.dropFirst()
    switch name {
    case "plan":
      let names = ["content", "lang", "answers", "plan", "format", "today", "output", "plan-id"]
      guard let o = options(rest, names: names), let lang = language(o) else { return nil }
      guard let format = o["format"].map(PlanCommand.Format.init(argument:)) ?? .markdown else { return nil }
      return validated(
        PlanOptions(
          content: o["content"], lang: lang, answers: o["answers"], plan: o["plan"], format: format,
          today: o["today"], output: o["output"], planID: o["plan-id"]))
    case "questions":
      guard let o = options(rest, names: ["content", "lang", "format", "answers"]), let lang = language(o) else {
        return nil
      }
      guard let format = o["format"].map(QuestionsCommand.Format.init(argument:)) ?? .text else { return nil }
      return validated(QuestionsOptions(content: o["content"], lang: lang, format: format, answers: o["answers"]))
    case "lint":
      guard let o = options(rest, names: ["content", "lang"], flags: ["strict"]), let lang = language(o) else {
        return nil
      }
      return validated(LintOptions(content: o["content"], lang: lang, strict: o.flags.contains("strict")))
    default:
      return nil
    }
  }

  /// Long options read from the command line: `--name VALUE` pairs and bare flags (a handful:
  /// kept in arrays, not in a dictionary or a set).
  private struct Options {
    var values: [(name: String, value: String)] = []
    var flags: [String] = []

    subscript(name: String) -> String? { values.first { $0.name == name }?.value }
  }

  /// The options, or nil unless every argument is one of `names` followed by a plain value, or
  /// one of `flags`, each at most once.
  private static func options(_ arguments: ArraySlice<String>, names: [String], flags: [String] = []) -> Options? {
    var result = Options()
    var rest = arguments
    while let token = rest.popFirst() {
      guard token.hasPrefix("--") else { return nil }
      let name = String(token.dropFirst(2))
      if flags.contains(name) {
        guard !result.flags.contains(name) else { return nil }
        result.flags.append(name)
        continue
      }
      guard names.contains(name), result[name] == nil, let value = rest.popFirst(), !value.isEmpty,
        !value.hasPrefix("-")
      else { return nil }
      result.values.append((name, value))
    }
    return result
  }

  /// `--lang`, as ``CommonOptions`` declares it (Swedish by default).
  private static func language(_ o: Options) -> Language? {
    o["lang"].map(Language.init(argument:)) ?? .sv
  }

  /// The command when its own checks pass; nil leaves the error to ArgumentParser.
  private static func validated(_ command: some QuickCommand) -> (any QuickCommand)? {
    (try? command.validate()) != nil ? command : nil
  }
}
