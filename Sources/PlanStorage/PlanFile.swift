import Foundation
import NyforetagareEngine

#if canImport(Glibc)
  import Glibc
#endif

/// A plan document on disk, owned by one running program at a time: opened under a lock,
/// saved atomically (temporary file in the same folder, fsync, rename) with the previous
/// version kept as a backup, mode 0600.
public final class PlanFile {
  /// Why a plan file cannot be used.
  public enum Failure: Error, Sendable, CustomStringConvertible, Equatable {
    /// Another program has the file open.
    case locked(path: String)
    /// The file is not a plan this program can read; it was left untouched.
    case corrupt(path: String, detail: String, backup: String?)
    /// The file was written by a newer version.
    case newerVersion(path: String, schema: Int, backup: String?)
    /// The folder or file cannot be written.
    case cannotWrite(path: String, detail: String)

    public var description: String {
      switch self {
      case .locked(let path):
        return "\(path): the plan is already open in another window (or program); close that first"
      case .corrupt(let path, let detail, let backup):
        return "\(path): the file is not a plan this program can read (\(detail)); it was left untouched"
          + (backup.map { ". A backup exists: \($0)" } ?? "")
      case .newerVersion(let path, let schema, let backup):
        return
          "\(path): the plan was saved by a newer version of Nyföretagare (schema \(schema)); it was left untouched"
          + (backup.map { ". A backup exists: \($0)" } ?? "")
      case .cannotWrite(let path, let detail):
        return "\(path): cannot save (\(detail)); nothing you typed is lost while the program runs"
      }
    }
  }

  /// The file's path.
  public let path: String
  private var lockDescriptor: Int32 = -1

  /// The backup's path.
  public var backupPath: String { path + ".bak" }

  /// The default folder: `$XDG_DATA_HOME/nyforetagare`, else `~/.local/share/nyforetagare`.
  public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/nyforetagare" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/nyforetagare"
  }

  /// Opens (or prepares to create) a plan file, taking its lock. Returns the document when
  /// the file exists.
  public static func open(_ path: String) throws(Failure) -> (PlanFile, PlanDocument?) {
    let file = PlanFile(path: path)
    try file.lock()
    guard FileManager.default.fileExists(atPath: path) else { return (file, nil) }
    do {
      return (file, try file.read())
    } catch {
      file.unlock()
      throw error
    }
  }

  init(path: String) {
    self.path = path
  }

  deinit { unlock() }

  func lock() throws(Failure) {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    let fd = Glibc.open(path + ".lock", O_RDWR | O_CREAT, 0o600)
    guard fd >= 0 else {
      throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
    }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      close(fd)
      throw .locked(path: path)
    }
    lockDescriptor = fd
  }

  /// Releases the lock.
  public func unlock() {
    if lockDescriptor >= 0 {
      flock(lockDescriptor, LOCK_UN)
      close(lockDescriptor)
      lockDescriptor = -1
    }
  }

  /// Reads and decodes the file.
  public func read() throws(Failure) -> PlanDocument {
    let backup = FileManager.default.fileExists(atPath: backupPath) ? backupPath : nil
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .corrupt(path: path, detail: "cannot read it", backup: backup)
    }
    struct Header: Decodable { var schema: Int }
    guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
      throw .corrupt(path: path, detail: "not a plan document (no schema)", backup: backup)
    }
    if header.schema > PlanDocument.currentSchema {
      throw .newerVersion(path: path, schema: header.schema, backup: backup)
    }
    do {
      return try JSONDecoder().decode(PlanDocument.self, from: data)
    } catch {
      throw .corrupt(path: path, detail: Self.describe(error), backup: backup)
    }
  }

  static func describe(_ error: any Error) -> String {
    if case DecodingError.keyNotFound(let key, _) = error { return "missing '\(key.stringValue)'" }
    if case DecodingError.typeMismatch(_, let c) = error {
      return "wrong type at " + c.codingPath.map(\.stringValue).joined(separator: ".")
    }
    if case DecodingError.dataCorrupted(let c) = error { return c.debugDescription }
    return "\(error)"
  }

  /// Encodes a document.
  public static func encode(_ document: PlanDocument) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(document)) ?? Data()
  }

  /// Saves atomically: the previous file becomes the backup, the new one is written to a
  /// temporary file in the same folder, flushed to disk, and renamed over the old name.
  public func save(_ document: PlanDocument) throws(Failure) {
    try Self.writeAtomically(Self.encode(document), to: path, backup: backupPath)
  }

  /// The atomic write, with a hook for tests to stop between write and rename.
  static func writeAtomically(
    _ data: Data, to path: String, backup: String?, beforeRename: (() throws -> Void)? = nil
  ) throws(Failure) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temp = (folder.isEmpty ? "." : folder) + "/.\(name).tmp-\(getpid())"
    let fd = Glibc.open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw .cannotWrite(path: path, detail: String(cString: strerror(errno))) }
    var ok = true
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if n <= 0 {
          ok = false
          break
        }
        offset += n
      }
    }
    let synced = fsync(fd) == 0
    close(fd)
    guard ok && synced else {
      let detail = String(cString: strerror(errno))
      unlink(temp)
      throw .cannotWrite(path: path, detail: detail)
    }
    do {
      try beforeRename?()
    } catch {
      unlink(temp)
      throw .cannotWrite(path: path, detail: "interrupted")
    }
    if let backup, FileManager.default.fileExists(atPath: path) {
      // Keep the previous version: a hard link keeps it whole whatever happens next.
      unlink(backup)
      if link(path, backup) != 0 {
        _ = try? FileManager.default.copyItem(atPath: path, toPath: backup)
      }
      chmod(backup, 0o600)
    }
    guard rename(temp, path) == 0 else {
      let detail = String(cString: strerror(errno))
      unlink(temp)
      throw .cannotWrite(path: path, detail: detail)
    }
    chmod(path, 0o600)
    let dirfd = Glibc.open(folder.isEmpty ? "." : folder, O_RDONLY)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }

  /// Plan files in a folder, newest first.
  public static func recent(in folder: String, limit: Int = 8) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    let dated = files.map { path -> (String, Date) in
      let date = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
      return (path, date ?? .distantPast)
    }
    return dated.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(limit).map(\.0)
  }
}
