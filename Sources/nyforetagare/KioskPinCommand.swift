import ArgumentParser
import Foundation
import Kiosk
import NyforetagareEngine

/// `nyforetagare kiosk-pin`: turns the adviser's PIN into the `pin_hash:` line for the kiosk
/// configuration. The PIN is read from standard input — twice and without echo on a terminal,
/// once (the first line) otherwise — and never printed or stored.
struct KioskPinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiosk-pin",
    abstract: "Print the pin_hash line for the kiosk configuration from a PIN read on standard input.",
    discussion: """
      On a terminal the PIN is asked for twice and not shown. From a pipe the first line is read.
      Append the output to the configuration, e.g.: nyforetagare kiosk-pin >> /etc/nyforetagare/kiosk.yaml
      """)

  @OptionGroup var common: CommonOptions

  func run() throws {
    let pin: String
    if isatty(STDIN_FILENO) == 1 {
      guard let first = Self.readSecret(prompt: "PIN: ") else { throw ExitCode(1) }
      let again = LocalizedText(sv: "PIN igen: ", en: "PIN again: ")[common.lang]
      guard let second = Self.readSecret(prompt: again) else { throw ExitCode(1) }
      guard first == second else {
        ProblemLine.error(CLIProblem.pinsDiffer.text(common.lang), common.lang)
        throw ExitCode(1)
      }
      pin = first
    } else {
      guard let line = Self.readLimitedLine() else {
        ProblemLine.error(CLIProblem.noPIN.text(common.lang), common.lang)
        throw ExitCode(1)
      }
      pin = line
    }
    do {
      let hash = try PIN.hash(pin)
      Console.out("pin_hash: '\(hash)'\n")
    } catch {
      ProblemLine.error(error.message(in: common.lang), common.lang)
      throw ExitCode(1)
    }
  }

  /// Reads one line from the terminal with echo off, restoring the terminal afterwards.
  static func readSecret(prompt: String) -> String? {
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLimitedLine() }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    quiet.c_lflag |= tcflag_t(ECHONL)
    _ = Console.write(Array(prompt.utf8), to: STDERR_FILENO)
    _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
    defer { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
    return readLimitedLine()
  }

  /// Reads one line from standard input, at most a little more than a PIN may have: a longer
  /// line is returned cut (the hash then refuses it as too long) and the rest is not read, so a
  /// line without end cannot fill the memory.
  static func readLimitedLine(limit: Int = PIN.maximumBytes + 1) -> String? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while bytes.count < limit {
      let n = read(STDIN_FILENO, &byte, 1)
      if n < 0 && errno == EINTR { continue }
      guard n == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
