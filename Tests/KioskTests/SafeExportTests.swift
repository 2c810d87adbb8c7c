import Foundation
import Kiosk
import Testing

@Suite("Safe export and printing")
struct SafeExportTests {
  /// 2026-11-22 12:00 UTC.
  static let date = Date(timeIntervalSince1970: 1_795_348_800)
  static let utc = TimeZone(identifier: "UTC") ?? .current

  @Test("names count up for the day and nothing is overwritten")
  func countsUp() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let existing = try folder.write("nyforetagare-plan-2026-11-22-2.md", "someone else's")
    let export = SafeExport(folder: folder.path, timeZone: Self.utc)
    let first = try export.write("# Plan A\n", date: Self.date)
    let second = try export.write("# Plan B\n", date: Self.date)
    let third = try export.write("# Plan C\n", date: Self.date)
    #expect(first == folder.file("nyforetagare-plan-2026-11-22-1.md"))
    #expect(second == folder.file("nyforetagare-plan-2026-11-22-3.md"))
    #expect(third == folder.file("nyforetagare-plan-2026-11-22-4.md"))
    #expect(try String(contentsOfFile: first, encoding: .utf8) == "# Plan A\n")
    #expect(try String(contentsOfFile: second, encoding: .utf8) == "# Plan B\n")
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "someone else's")
    #expect(try folder.names().count == 4)
  }

  // The umask is process-wide and tests run in parallel, so it is not changed here; `write`
  // sets the mode with fchmod after creating the file.
  @Test("the file has mode 0644")
  func mode() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try SafeExport(folder: folder.path, timeZone: Self.utc).write("x", date: Self.date)
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o644)
  }

  @Test("a symbolic link with the next name is not followed")
  func symbolicLink() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let target = folder.file("target.txt")
    #expect(symlink(target, folder.file("nyforetagare-plan-2026-11-22-1.md")) == 0)
    let path = try SafeExport(folder: folder.path, timeZone: Self.utc).write("x", date: Self.date)
    #expect(path.hasSuffix("-2.md"))
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test("a missing folder and a folder that is not writable give clear errors")
  func refused() throws {
    #expect(throws: SafeExportError.folderMissing("/nonexistent/usb")) {
      try SafeExport(folder: "/nonexistent/usb").write("x")
    }
    #expect(throws: SafeExportError.notADirectory("/etc/hostname")) {
      try SafeExport(folder: "/etc/hostname").write("x")
    }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    #expect(chmod(folder.path, 0o555) == 0)
    // root ignores permission bits; sysfs refuses new files even to root.
    let readOnly = geteuid() == 0 ? "/sys" : folder.path
    do {
      let path = try SafeExport(folder: readOnly).write("x")
      Issue.record("wrote \(path)")
    } catch {
      guard case .notWritable(let reported, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(reported == readOnly)
      #expect(error.description.hasPrefix("The export folder \(readOnly) is not writable ("))
      #expect(error.message(in: .sv).hasPrefix("Det går inte att skriva i exportmappen \(readOnly)"))
    }
    #expect(try folder.names().isEmpty)
  }

  @Test("printing sends the plan to the command's standard input")
  func printsToStdin() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let plan = "# Plan\n\n- [ ] Registrera livsmedelsanläggning\n" + String(repeating: "rad\n", count: 50_000)
    let out = folder.file("printed.md")
    let outcome = SafeExport.printPlan(plan, command: ["/usr/bin/tee", out])
    #expect(outcome.succeeded, "\(outcome)")
    #expect(outcome.message(in: .sv) == "Planen har skickats till skrivaren.")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == plan)
    #expect(SafeExport.printPlan(plan, command: ["/bin/cat"]).succeeded)
    #expect(SafeExport.printPlan(plan, command: ["cat"]).succeeded)  // found on PATH
  }

  @Test("a failing, missing, silent or hanging print command is reported, not fatal")
  func printFailures() {
    let failed = SafeExport.printPlan("# Plan\n", command: ["/bin/false"])
    #expect(!failed.succeeded)
    #expect(failed.kind == .failed(status: 1, error: ""))
    #expect(failed.description == "Printing failed (false exited with status 1).")

    let stderr = SafeExport.printPlan(
      "# Plan\n", command: ["/bin/sh", "-c", "echo 'lp: no default destination' >&2; exit 3"])
    #expect(stderr.kind == .failed(status: 3, error: "lp: no default destination"))

    let missing = SafeExport.printPlan("# Plan\n", command: ["/nonexistent/lp"])
    #expect(missing.kind == .notFound)
    #expect(missing.description == "Printing failed: the program lp was not found. Ask the staff for help.")

    #expect(SafeExport.printPlan("# Plan\n", command: []).kind == .notConfigured)

    let hanging = SafeExport.printPlan("# Plan\n", command: ["/bin/sleep", "30"], timeout: .milliseconds(300))
    #expect(hanging.kind == .timedOut)
  }

  @Test("names use the given day")
  func names() {
    let export = SafeExport(folder: "/tmp", timeZone: Self.utc)
    #expect(export.fileName(for: Self.date, number: 12) == "nyforetagare-plan-2026-11-22-12.md")
  }
}
