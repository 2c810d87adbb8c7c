import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where an export goes, decided before it is written, so the export screen can show the full
/// path before and after, and an existing file is never overwritten silently: when a name is
/// taken, the export gets the next free number (`plan.md` → `plan-2.md`, `plan-3.md`, …).
///
/// Several files exported together (the Markdown, the HTML page, the plan file) get the same
/// number, so they stay recognisably one export. The writing itself is ``SafeFile``'s.
public struct ExportDestination: Sendable, Equatable {
  /// The full paths the founder asked for, one per extension.
  public var requested: [String]
  /// The full paths the files go to: the requested ones when all are free, else numbered.
  public var paths: [String]

  /// Whether the names were taken and the files got a number.
  public var isRenamed: Bool { paths != requested }

  /// How many numbers are tried before giving up.
  public static let maximumNumber = 9_999

  /// The destination for a name the founder typed. A relative name is taken from `folder`
  /// (the working directory), `~/` from `home`; the extension typed (if one of `extensions`) is
  /// dropped, and every extension in `extensions` gets a file. Nil when the text names a folder
  /// (ends in `/`) or nothing. `exists` tells whether
  /// anything — a file, a folder, a link, even a broken one — is at a path.
  public static func choose(
    _ typed: String, extensions: [String], folder: String, home: String? = ProcessInfo.processInfo.environment["HOME"],
    exists: (String) -> Bool = ExportDestination.exists
  ) -> ExportDestination? {
    let name = typed.trimmingCharacters(in: .whitespaces)
    // A folder is not a file name: the screen asks for one.
    guard !name.isEmpty, !extensions.isEmpty, !name.hasSuffix("/"), name != "~", name != "." else { return nil }
    var full: String
    if name.hasPrefix("~/"), let home {
      full = home + name.dropFirst()
    } else if name.hasPrefix("/") {
      full = name
    } else {
      full = (folder.hasSuffix("/") ? folder : folder + "/") + name
    }
    full = (full as NSString).standardizingPath
    var base = full
    for ext in extensions where base.hasSuffix("." + ext) && base.count > ext.count + 1 {
      base.removeLast(ext.count + 1)
      break
    }
    guard !base.hasSuffix("/"), !(base as NSString).lastPathComponent.isEmpty else { return nil }
    let requested = extensions.map { "\(base).\($0)" }
    for n in 1...maximumNumber {
      let candidate = n == 1 ? requested : extensions.map { "\(base)-\(n).\($0)" }
      if !candidate.contains(where: exists) {
        return ExportDestination(requested: requested, paths: candidate)
      }
    }
    return nil
  }

  /// Whether anything is at a path (without following a final symbolic link).
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Writes each file to its path with ``SafeFile`` (0600 when `personal`), in order, and
  /// returns the paths written. A file that appeared at a path after `choose` is not replaced:
  /// the write stops with `.changed` before touching it.
  @discardableResult
  public func write(_ contents: [Data], personal: Bool) throws(SafeFileError) -> [String] {
    var written: [String] = []
    for (path, data) in zip(paths, contents) {
      if Self.exists(path) { throw .changed(path) }
      try SafeFile.write(data, to: path, personal: personal)
      written.append(path)
    }
    return written
  }
}
