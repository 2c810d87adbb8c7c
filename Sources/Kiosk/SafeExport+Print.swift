import Foundation
import NyforetagareEngine

extension SafeExport {
  /// Prints `markdown` by running `command` (argv, e.g. `["lp"]`) with the text on its standard
  /// input. The program is started with posix_spawnp — never through a shell — in its own process
  /// group with default signal handling; its output goes to /dev/null (so it cannot draw on the
  /// kiosk's screen) and the start of its error output is kept for the message. A command still
  /// running after `timeout` is killed. Blocks until the command ends.
  public static func printPlan(_ markdown: String, command: [String], timeout: Duration = .seconds(60))
    -> PrintOutcome
  {
    guard let program = command.first, !program.isEmpty else {
      return PrintOutcome(command: "", kind: .notConfigured)
    }
    let name = (program as NSString).lastPathComponent
    let spawn = ChildProcess.spawn(command)
    let child: ChildProcess
    switch spawn {
    case .failure(let error):
      return PrintOutcome(
        command: name, kind: error.code == ENOENT ? .notFound : .couldNotStart(reason(error.code)))
    case .success(let c):
      child = c
    }
    let result = child.feedAndWait(Array(markdown.utf8), timeout: timeout)
    let stderr =
      String(decoding: result.stderr, as: UTF8.self)
      .split(whereSeparator: \.isNewline).first.map { String($0.prefix(200)) } ?? ""
    switch result.end {
    case .timedOut:
      return PrintOutcome(command: name, kind: .timedOut)
    case .signaled(let signal):
      return PrintOutcome(command: name, kind: .killed(signal: signal))
    case .exited(0):
      return PrintOutcome(command: name, kind: .printed)
    case .exited(let status):
      return PrintOutcome(command: name, kind: .failed(status: status, error: stderr))
    }
  }
}

/// What happened when a plan was sent to the print command.
public struct PrintOutcome: Sendable, Equatable, CustomStringConvertible {
  /// The outcomes.
  public enum Kind: Sendable, Equatable {
    /// The command took the plan and exited with status 0.
    case printed
    /// No print command is configured.
    case notConfigured
    /// The program was not found.
    case notFound
    /// The program could not be started, with the system's reason.
    case couldNotStart(String)
    /// The command exited with a non-zero status; `error` is the first line it wrote to stderr.
    case failed(status: Int32, error: String)
    /// The command was ended by a signal.
    case killed(signal: Int32)
    /// The command ran longer than the timeout and was killed.
    case timedOut
  }

  /// The program's name (the last part of argv[0]).
  public var command: String
  /// What happened.
  public var kind: Kind

  /// Whether the plan went to the printer.
  public var succeeded: Bool { kind == .printed }

  /// The English message.
  public var description: String { message(in: .en) }

  /// The message for the screen, in `language`.
  public func message(in language: Language) -> String {
    let sv = language == .sv
    switch kind {
    case .printed:
      return sv ? "Planen har skickats till skrivaren." : "The plan has been sent to the printer."
    case .notConfigured:
      return sv ? "Utskrift är inte inställd på den här datorn." : "Printing is not set up on this computer."
    case .notFound:
      return sv
        ? "Utskriften misslyckades: programmet \(command) finns inte. Be personalen om hjälp."
        : "Printing failed: the program \(command) was not found. Ask the staff for help."
    case .couldNotStart(let reason):
      return sv
        ? "Utskriften misslyckades: \(command) kunde inte startas (\(reason))."
        : "Printing failed: \(command) could not be started (\(reason))."
    case .failed(let status, let error):
      let detail = error.isEmpty ? "" : ": \(error)"
      return sv
        ? "Utskriften misslyckades (\(command) avslutades med status \(status)\(detail))."
        : "Printing failed (\(command) exited with status \(status)\(detail))."
    case .killed(let signal):
      return sv
        ? "Utskriften misslyckades (\(command) avbröts av signal \(signal))."
        : "Printing failed (\(command) was ended by signal \(signal))."
    case .timedOut:
      return sv
        ? "Utskriften misslyckades: \(command) svarade inte i tid."
        : "Printing failed: \(command) did not finish in time."
    }
  }
}
