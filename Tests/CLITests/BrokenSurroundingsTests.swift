import Foundation
import TestSupport
import Testing

/// Runs the binary through bash (for redirects and signal dispositions) and reports how it ended.
struct ShellRun {
  var status: Int32
  var signaled: Bool
  var stderr: String

  /// `script` runs with `$NYF` set to the binary, from the package root; stdout goes to `stdout`
  /// (a descriptor the caller owns) or is discarded.
  static func run(_ script: String, stdout: FileHandle? = nil) throws -> ShellRun {
    let binary = try #require(CLI.binary, "the nyforetagare binary was not found next to the tests")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.environment = ProcessInfo.processInfo.environment.merging(["NYF": binary.path]) { $1 }
    process.currentDirectoryURL = Fixtures.packageRoot
    let err = Pipe()
    process.standardError = err
    process.standardOutput = stdout ?? FileHandle.nullDevice
    try process.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ShellRun(
      status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
      stderr: String(decoding: data, as: UTF8.self))
  }
}

@Suite("CLI: broken surroundings end with one line, never a trap", .serialized)
struct BrokenSurroundingsTests {
  static let plan = "\"$NYF\" plan --answers Examples/restaurang-malmo.yaml --today 2026-11-22"

  func noCrash(_ text: String) -> Bool {
    !["Fatal error", "Backtrace", "backtrace", "Stack dump", "try!"].contains { text.contains($0) }
  }

  @Test(
    "a full disk on standard output: one clear line, status 1",
    arguments: [
      plan, "\"$NYF\" questions", "printf '1234\\n' | \"$NYF\" kiosk-pin", "\"$NYF\" --help",
    ])
  func fullDisk(_ command: String) throws {
    let run = try ShellRun.run("\(command) > /dev/full")
    #expect(run.status == 1)
    #expect(noCrash(run.stderr), "\(run.stderr)")
    // Swedish by default, English with --lang en; the system's reason as it gives it.
    #expect(run.stderr.contains("fel: kan inte skriva till standard output (No space left on device)"), "\(run.stderr)")
    let english = try ShellRun.run("\(command) --lang en > /dev/full")
    #expect(english.status == 1)
    #expect(
      english.stderr.contains("error: cannot write to standard output (No space left on device)"), "\(english.stderr)")
  }

  @Test("a closed standard output: one clear line, status 1")
  func closedStdout() throws {
    let run = try ShellRun.run("\(Self.plan) --format json --lang en >&-")
    #expect(run.status == 1)
    #expect(noCrash(run.stderr), "\(run.stderr)")
    #expect(run.stderr.contains("cannot write to standard output (it is closed)"), "\(run.stderr)")
    let swedish = try ShellRun.run("\(Self.plan) --format json >&-")
    #expect(swedish.stderr.contains("kan inte skriva till standard output (den är stängd)"), "\(swedish.stderr)")
  }

  @Test("a closed pipe with SIGPIPE ignored (as under supervisors) ends quietly like cat: by SIGPIPE")
  func closedPipeIgnored() throws {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    close(fds[0])  // the reader is gone before the first byte
    let writer = FileHandle(fileDescriptor: fds[1], closeOnDealloc: true)
    let run = try ShellRun.run("trap '' PIPE; exec \(Self.plan)", stdout: writer)
    #expect(run.signaled && run.status == SIGPIPE, "status \(run.status), signaled \(run.signaled)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
  }

  @Test("kiosk-pin given an endless line reads only a PIN's worth and refuses it in one line")
  func endlessPIN() throws {
    // 50 MB of digits without a line break: read whole, this took the memory with it.
    let run = try ShellRun.run("head -c 50000000 /dev/zero | tr '\\0' 7 | \"$NYF\" kiosk-pin")
    #expect(run.status == 1)
    #expect(noCrash(run.stderr), "\(run.stderr)")
    // Swedish by default.
    #expect(run.stderr.contains("fel: PIN-koden får ha högst 1024 byte"), "\(run.stderr)")
  }

  @Test("status on a path that does not exist creates nothing")
  func statusCreatesNothing() throws {
    let dir = try CLI.temporaryDirectory()
    let run = try ShellRun.run("\"$NYF\" status --plan '\(dir.path)/sub/plan.json'")
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("fel: ") && run.stderr.contains(": det finns ingen sparad plan här"), "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }

  @Test("--output refuses a symlink and a FIFO, naming them; neither is replaced")
  func outputTargets() throws {
    let dir = try CLI.temporaryDirectory()
    let target = dir.appendingPathComponent("precious.txt").path
    try "keep me".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.md", withDestinationPath: target)
    #expect(mkfifo(dir.path + "/pipe.md", 0o600) == 0)
    let link = try ShellRun.run("\(Self.plan) --lang en --output '\(dir.path)/link.md'")
    #expect(link.status == 1)
    #expect(link.stderr.contains("link.md is a symbolic link (to \(target)); nothing was written"), "\(link.stderr)")
    let fifo = try ShellRun.run("\(Self.plan) --lang en --output '\(dir.path)/pipe.md'")
    #expect(fifo.status == 1)
    #expect(fifo.stderr.contains("pipe.md is a named pipe (FIFO)"), "\(fifo.stderr)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/link.md") == target)
  }

  @Test("--output keeps a 0600 file 0600 and writes personal data as 0600")
  func outputModes() throws {
    let dir = try CLI.temporaryDirectory()
    let path = dir.path + "/plan.md"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o600)
    let run = try ShellRun.run("umask 022; \(Self.plan) --output '\(path)'")
    #expect(run.status == 0, "\(run.stderr)")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("#"))
  }
}
