import Foundation
import NyforetagareEngine

#if canImport(Glibc)
  import Glibc
#endif

/// A plan document on disk, owned by one running program at a time: opened under a lock,
/// saved atomically (temporary file in the same folder, fsync, rename) with the previous
/// version kept as a backup, mode 0600.
public final class PlanFile {
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
  /// the file exists. With `landscape`, the document is checked like an answers file
  /// (``PlanCheck``): a plan with impossible values is refused (`.invalid`), unlocked and untouched.
  public static func open(_ path: String, checkingWith landscape: Landscape? = nil) throws(Failure) -> (
    PlanFile, PlanDocument?
  ) {
    let file = PlanFile(path: path)
    try file.lock()
    // Holding the lock, no one else is saving this plan: its temporary files are left-overs.
    removeTemporaries(of: (path as NSString).lastPathComponent, in: SafeFile.split(path).folder)
    guard FileManager.default.fileExists(atPath: path) else { return (file, nil) }
    do throws(Failure) {
      let document = try file.read()
      if let landscape {
        let problems = PlanCheck.problems(document, in: landscape)
        if !problems.isEmpty { throw Failure.invalid(path: path, problems: problems) }
      }
      return (file, document)
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
    try Self.read(path)
  }

  /// The largest plan file read (a plan with every field at its longest is far smaller).
  public static let maximumFileBytes = InputLimits.planFileBytes

  /// Reads and decodes a plan file without locking or creating anything (for `status` and
  /// exports: a plan being saved meanwhile is replaced atomically, so the read sees one version).
  /// Throws `.missing` when there is no file.
  public static func read(_ path: String) throws(Failure) -> PlanDocument {
    let backupPath = path + ".bak"
    let backup = FileManager.default.fileExists(atPath: backupPath) ? backupPath : nil
    let data: Data
    switch BoundedRead.contents(of: path, limit: maximumFileBytes) {
    case .success(let d): data = d
    case .failure(.missing): throw .missing(path: path)
    case .failure(.tooLarge):
      throw .corrupt(path: path, detail: .tooLarge(megabytes: maximumFileBytes >> 20), backup: backup)
    case .failure(.notRegular):
      throw .corrupt(path: path, detail: .notRegularFile, backup: backup)
    case .failure(.unreadable(let reason)):
      throw .corrupt(path: path, detail: .cannotRead(reason), backup: backup)
    }
    return try decode(data, path: path, backup: backup)
  }

  /// Decodes a plan file's bytes; `path` and `backup` are for the messages.
  public static func decode(_ data: Data, path: String, backup: String? = nil) throws(Failure) -> PlanDocument {
    struct Header: Decodable { var schema: Int }
    guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
      throw .corrupt(path: path, detail: .noSchema, backup: backup)
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

  static func describe(_ error: any Error) -> Unreadable {
    if case DecodingError.keyNotFound(let key, _) = error { return .missingKey(key.stringValue) }
    if case DecodingError.typeMismatch(_, let c) = error {
      return .wrongType(at: c.codingPath.map(\.stringValue).joined(separator: "."))
    }
    if case DecodingError.dataCorrupted(let c) = error { return .other(c.debugDescription) }
    return .other("\(error)")
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

  /// The atomic write (``SafeFile``, mode 0600), with a hook for tests to stop between write
  /// and rename.
  static func writeAtomically(
    _ data: Data, to path: String, backup: String?, beforeRename: (() throws -> Void)? = nil
  ) throws(Failure) {
    do {
      try SafeFile.write(data, to: path, personal: true, backup: backup, beforeRename: beforeRename)
    } catch {
      throw .cannotSave(path: path, reason: error)
    }
  }

  /// Removes what an interrupted save of plan `name` left in `folder`: `.NAME.tmp-PID` and
  /// `.NAME.bak.tmp-PID`. Only the caller holding the plan's lock may call this.
  static func removeTemporaries(of name: String, in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in names where temporaryOwner(entry) == name || temporaryOwner(entry) == name + ".bak" {
      unlink(folder + "/" + entry)
    }
  }

  /// The file a temporary file's name belongs to: `plan.json` for `.plan.json.tmp-123`.
  static func temporaryOwner(_ entry: String) -> String? {
    guard entry.hasPrefix("."), let marker = entry.range(of: SafeFile.temporaryMarker, options: .backwards)
    else { return nil }
    let digits = entry[marker.upperBound...]
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let owner = String(entry[entry.index(after: entry.startIndex)..<marker.lowerBound])
    return owner.isEmpty ? nil : owner
  }

  /// Removes the temporary files that interrupted saves left in `folder` (the program's own
  /// plan folder), for every plan that is not open in another program right now. Returns how
  /// many were removed.
  @discardableResult
  public static func removeLeftovers(in folder: String) -> Int {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
    var removed = 0
    for entry in names {
      guard var owner = temporaryOwner(entry) else { continue }
      if owner.hasSuffix(".json.bak") { owner.removeLast(4) }
      guard owner.hasSuffix(".json") else { continue }
      // Free when its lock can be taken (or it has none): no save of it is under way.
      let lockFD = Glibc.open(folder + "/" + owner + ".lock", O_RDWR | O_NOFOLLOW | O_CLOEXEC)
      if lockFD >= 0 {
        defer { close(lockFD) }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else { continue }
        defer { flock(lockFD, LOCK_UN) }
        if unlink(folder + "/" + entry) == 0 { removed += 1 }
      } else if errno == ENOENT, unlink(folder + "/" + entry) == 0 {
        removed += 1
      }
    }
    return removed
  }

  /// Plan files in a folder, newest first. Temporary files left there by interrupted saves of
  /// plans not open elsewhere are removed first (this is called once as the UI starts).
  public static func recent(in folder: String, limit: Int = 8) -> [String] {
    removeLeftovers(in: folder)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    let dated = files.map { path -> (String, Date) in
      let date = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? nil
      return (path, date ?? .distantPast)
    }
    return dated.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(limit).map(\.0)
  }
}
