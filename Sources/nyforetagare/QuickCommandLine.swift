import ArgumentParser
import NyforetagareEngine

/// The common headless calls, read without ArgumentParser's model of the commands.
///
/// ArgumentParser builds that model by reflection (`Mirror`, protocol-conformance look-ups in a
/// binary with the whole Swift runtime and Foundation linked in) on every start: about a fifth of
/// a whole `nyforetagare plan` in a profile. For arguments that are plainly `plan`, `questions`
/// or `lint` followed by that command's long options, each given once as `--name VALUE` (the
/// value not empty and not starting with `-`), or lint's `--strict`, this builds the same command
/// directly, with the same conversions (`init(argument:)`) and the same `validate()`.
///
/// Everything else gives nil, and ArgumentParser parses as before: `--help`, `-h`, `help`,
/// `--name=VALUE`, a short, unknown or repeated option, a missing value, a value that does not
/// convert, a command whose `validate()` fails, every other command. So help, usage and error
/// texts are ArgumentParser's own. A test checks that both give the same command for the
/// accepted forms and that the other forms are left to ArgumentParser.
enum QuickCommandLine {
  /// The command for these arguments (without the program's name), or nil to let
  /// ArgumentParser parse them.
  static func command(_ arguments: [String]) -> (any ParsableCommand)? {
    guard let name = arguments.first else { return nil }
    let rest = arguments.dropFirst()
    switch name {
    case "plan":
      let names: Set = ["content", "lang", "answers", "plan", "format", "today", "output", "plan-id"]
      guard let o = options(rest, names: names), let common = common(o) else { return nil }
      var c = PlanCommand()
      c.common = common
      c.answers = o.values["answers"]
      c.plan = o.values["plan"]
      guard let format = o.values["format"].map(PlanCommand.Format.init(argument:)) ?? .markdown else { return nil }
      c.format = format
      c.today = o.values["today"]
      c.output = o.values["output"]
      c.planID = o.values["plan-id"]
      return validated(c)
    case "questions":
      guard let o = options(rest, names: ["content", "lang", "format", "answers"]), let common = common(o) else {
        return nil
      }
      var c = QuestionsCommand()
      c.common = common
      guard let format = o.values["format"].map(QuestionsCommand.Format.init(argument:)) ?? .text else { return nil }
      c.format = format
      c.answers = o.values["answers"]
      return validated(c)
    case "lint":
      guard let o = options(rest, names: ["content", "lang"], flags: ["strict"]), let common = common(o) else {
        return nil
      }
      var c = LintCommand()
      c.common = common
      c.strict = o.flags.contains("strict")
      return validated(c)
    default:
      return nil
    }
  }

  /// Long options read from the command line: `--name VALUE` pairs and bare flags.
  private struct Options {
    var values: [String: String] = [:]
    var flags: Set<String> = []
  }

  /// The options, or nil unless every argument is one of `names` followed by a plain value, or
  /// one of `flags`, each at most once.
  private static func options(_ arguments: ArraySlice<String>, names: Set<String>, flags: Set<String> = []) -> Options?
  {
    var result = Options()
    var rest = arguments
    while let token = rest.popFirst() {
      guard token.hasPrefix("--") else { return nil }
      let name = String(token.dropFirst(2))
      if flags.contains(name) {
        guard result.flags.insert(name).inserted else { return nil }
        continue
      }
      guard names.contains(name), result.values[name] == nil, let value = rest.popFirst(), !value.isEmpty,
        !value.hasPrefix("-")
      else { return nil }
      result.values[name] = value
    }
    return result
  }

  /// `--content` and `--lang`, as ``CommonOptions`` declares them.
  private static func common(_ o: Options) -> CommonOptions? {
    var common = CommonOptions()
    common.content = o.values["content"]
    guard let lang = o.values["lang"].map(Language.init(argument:)) ?? .sv else { return nil }
    common.lang = lang
    guard (try? common.validate()) != nil else { return nil }
    return common
  }

  /// The command when its own checks pass; nil leaves the error to ArgumentParser.
  private static func validated(_ command: some ParsableCommand) -> (any ParsableCommand)? {
    var checked = command
    return (try? checked.validate()) != nil ? checked : nil
  }
}
