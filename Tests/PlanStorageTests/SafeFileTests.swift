import Foundation
import Testing

@testable import PlanStorage

@Suite("Safe writes: regular files only, modes kept, a whole backup")
struct SafeFileTests {
  func folder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("nyf-safe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  func mode(_ path: String) throws -> Int {
    try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  @Test("a symbolic link is refused and neither it nor its target changes")
  func symlink() throws {
    let dir = try folder()
    try "secret".write(toFile: dir + "/target", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/target")
    #expect(throws: SafeFileError.symbolicLink(dir + "/link", destination: dir + "/target")) {
      try SafeFile.write(Data("new".utf8), to: dir + "/link", personal: false)
    }
    #expect(try text(dir + "/target") == "secret")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link") == dir + "/target")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["link", "target"])
  }

  @Test("a named pipe is refused without being opened (no hang), and stays a pipe")
  func fifo() throws {
    let dir = try folder()
    #expect(mkfifo(dir + "/pipe", 0o600) == 0)
    do {
      try SafeFile.write(Data("x".utf8), to: dir + "/pipe", personal: false)
      Issue.record("wrote to a FIFO")
    } catch {
      #expect(error == .notRegular(dir + "/pipe", kind: .namedPipe))
      #expect(error.message(in: .en).contains("named pipe"))
      #expect(error.message(in: .en).contains("leave out --output"))
    }
    var info = stat()
    #expect(lstat(dir + "/pipe", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("a device is recognised as one (checked without writing: tests may run as root)")
  func device() {
    #expect(throws: SafeFileError.notRegular("/dev/null", kind: .device)) { _ = try SafeFile.target("/dev/null") }
  }

  @Test("a folder and a missing folder are refused with what to do")
  func folders() throws {
    let dir = try folder()
    #expect(throws: SafeFileError.directory(dir)) { try SafeFile.write(Data(), to: dir, personal: false) }
    #expect(throws: SafeFileError.folderMissing(dir + "/nope")) {
      try SafeFile.write(Data(), to: dir + "/nope/plan.md", personal: false)
    }
    #expect(SafeFileError.folderMissing("x").message(in: .sv).contains("Skapa den"))
  }

  @Test("an existing file keeps its mode; personal data never stays readable by others")
  func modes() throws {
    let dir = try folder()
    let path = dir + "/plan.md"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o640)
    try SafeFile.write(Data("new".utf8), to: path, personal: false)
    #expect(try mode(path) == 0o640)
    #expect(try text(path) == "new")
    chmod(path, 0o600)
    try SafeFile.write(Data("newer".utf8), to: path, personal: false)
    #expect(try mode(path) == 0o600, "a 0600 file stays 0600")
    chmod(path, 0o644)
    try SafeFile.write(Data("personal".utf8), to: path, personal: true)
    #expect(try mode(path) == 0o600)
  }

  @Test("a new file is 0600 with personal data, else 0666 less the umask")
  func newModes() throws {
    let dir = try folder()
    try SafeFile.write(Data("p".utf8), to: dir + "/personal.md", personal: true)
    #expect(try mode(dir + "/personal.md") == 0o600)
    try SafeFile.write(Data("q".utf8), to: dir + "/plain.md", personal: false)
    #expect(try mode(dir + "/plain.md") == Int(0o666 & ~SafeFile.currentUmask()))
  }

  @Test("the backup is the previous version, complete, and put in place by rename")
  func backup() throws {
    let dir = try folder()
    let path = dir + "/plan.json"
    try SafeFile.write(Data("one".utf8), to: path, personal: true, backup: path + ".bak")
    #expect(!FileManager.default.fileExists(atPath: path + ".bak"), "no earlier version yet")
    // A stale half-made backup from a killed run must not matter.
    try "half".write(toFile: dir + "/.plan.json.bak.tmp-\(getpid())", atomically: false, encoding: .utf8)
    try SafeFile.write(Data("two".utf8), to: path, personal: true, backup: path + ".bak")
    #expect(try text(path + ".bak") == "one")
    try SafeFile.write(Data("three".utf8), to: path, personal: true, backup: path + ".bak")
    #expect(try text(path + ".bak") == "two")
    #expect(try text(path) == "three")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["plan.json", "plan.json.bak"])
  }

  @Test("stopped before the rename: the old file is whole and no temporary file is left")
  func interrupted() throws {
    let dir = try folder()
    let path = dir + "/out.md"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    struct Stop: Error {}
    #expect(throws: SafeFileError.interrupted(path)) {
      try SafeFile.write(Data("new".utf8), to: path, personal: false, backup: nil, beforeRename: { throw Stop() })
    }
    #expect(try text(path) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.md"])
  }

  @Test("a name swapped for a link while writing is refused, and the link is kept")
  func swapped() throws {
    let dir = try folder()
    let path = dir + "/out.md"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(throws: SafeFileError.symbolicLink(path, destination: "/etc/passwd")) {
      try SafeFile.write(
        Data("new".utf8), to: path, personal: false, backup: nil,
        beforeRename: {
          try FileManager.default.removeItem(atPath: path)
          try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/etc/passwd")
        })
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "/etc/passwd")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.md"])
  }

  @Test("messages escape control characters in paths")
  func escapedPath() {
    let message = SafeFileError.directory("/tmp/\u{1B}[31mred").message(in: .en)
    #expect(!message.contains("\u{1B}"))
    #expect(message.contains("\\u{1B}[31mred"))
  }
}
