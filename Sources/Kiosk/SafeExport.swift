import Foundation
import NyforetagareEngine

/// Writes plans into the configured export folder under names the program makes
/// (`nyforetagare-plan-2026-11-22-1.md`, `-2.md`, …), never overwriting, never following a path a
/// visitor typed; and prints plans with the configured print command.
public struct SafeExport: Sendable {
  /// The folder exports go to (from `KioskConfig.exportFolder`).
  public var folder: String
  /// The time zone the date in file names is taken in.
  public var timeZone: TimeZone
  /// How many numbers a day `write` tries before giving up.
  public static let maximumFilesPerDay = 9_999

  /// The folder opened once at start (``open(folder:timeZone:)``); writes go into it even if
  /// its path is later swapped for a link to somewhere else.
  private var handle: FolderHandle?

  /// Writes into `folder`, opening it by path (never through a symbolic link) for each write.
  public init(folder: String, timeZone: TimeZone = .current) {
    self.folder = folder
    self.timeZone = timeZone
  }

  /// Opens the export folder once, at start: refused when it is a symbolic link, not a folder,
  /// or writable by other users. Every later write goes into this very folder (by `openat`).
  public static func open(folder: String, timeZone: TimeZone = .current) throws(SafeExportError) -> SafeExport {
    var export = SafeExport(folder: folder, timeZone: timeZone)
    export.handle = FolderHandle(fd: try openFolder(folder))
    return export
  }

  /// Why `path` is not a safe export folder (a symbolic link, writable by other users), or nil.
  /// Phrased to follow the folder's name: "… is a symbolic link; …".
  public static func folderProblem(_ path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }  // missing: reported elsewhere
    if info.st_mode & S_IFMT == S_IFLNK {
      return "is a symbolic link; give the real folder's path (a link could be pointed elsewhere later)"
    }
    if info.st_mode & S_IWOTH != 0 {
      let mode = String(info.st_mode & 0o7777, radix: 8)
      return
        "is writable by every user (mode \(mode)); make it the kiosk user's own folder, e.g. chmod o-w on it"
    }
    return nil
  }

  /// Opens a folder for exports: no link followed, not writable by others.
  static func openFolder(_ folder: String) throws(SafeExportError) -> Int32 {
    let dirFD = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard dirFD >= 0 else {
      let code = errno
      if let problem = folderProblem(folder) { throw .unsafeFolder(folder, reason: problem) }
      var isDirectory: ObjCBool = false
      if code == ENOENT { throw .folderMissing(folder) }
      if code == ENOTDIR
        || (FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && !isDirectory.boolValue)
      {
        throw .notADirectory(folder)
      }
      if code == EACCES || code == EPERM { throw .notWritable(folder, reason: Self.reason(code)) }
      throw .failed(folder, reason: Self.reason(code))
    }
    var info = stat()
    if fstat(dirFD, &info) == 0, info.st_mode & S_IWOTH != 0 {
      close(dirFD)
      let mode = String(info.st_mode & 0o7777, radix: 8)
      throw .unsafeFolder(
        folder,
        reason: "is writable by every user (mode \(mode)); make it the kiosk user's own folder, e.g. chmod o-w on it")
    }
    return dirFD
  }

  /// The file name for `date` and sequence number `n`: `nyforetagare-plan-YYYY-MM-DD-n.md`.
  public func fileName(for date: Date, number n: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let y = parts.year ?? 1970
    let m = parts.month ?? 1
    let d = parts.day ?? 1
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "nyforetagare-plan-\(y)-\(two(m))-\(two(d))-\(n).md"
  }

  /// Writes `markdown` to a new file in the folder and returns its full path. The file is created
  /// with `O_CREAT|O_EXCL|O_NOFOLLOW` (so nothing is ever overwritten), mode 0644, then fsync'ed
  /// together with the folder; the first free number for the day is used. A partly written file
  /// is removed.
  @discardableResult
  public func write(_ markdown: String, date: Date = Date()) throws(SafeExportError) -> String {
    let dirFD: Int32
    if let handle {
      dirFD = dup(handle.fd)
      guard dirFD >= 0 else { throw .failed(folder, reason: Self.reason(errno)) }
    } else {
      dirFD = try Self.openFolder(folder)
    }
    defer { close(dirFD) }

    for n in 1...Self.maximumFilesPerDay {
      let name = fileName(for: date, number: n)
      let fd = openat(dirFD, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
      if fd < 0 {
        let code = errno
        if code == EEXIST { continue }
        if code == EINTR { continue }
        if code == EACCES || code == EPERM || code == EROFS {
          throw .notWritable(folder, reason: Self.reason(code))
        }
        if code == ENOSPC || code == EDQUOT { throw .full(folder) }
        throw .failed(folder, reason: Self.reason(code))
      }
      let path = (folder as NSString).appendingPathComponent(name)
      do throws(SafeExportError) {
        defer { close(fd) }
        _ = fchmod(fd, 0o644)  // exactly 0644 whatever the umask
        try Self.writeAll(fd, Array(markdown.utf8), path: path)
        guard fsync(fd) == 0 else { throw Self.writeError(errno, path: path) }
      } catch {
        _ = unlinkat(dirFD, name, 0)
        throw error
      }
      _ = fsync(dirFD)
      return path
    }
    throw .noFreeName(folder)
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(SafeExportError) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw writeError(errno, path: path)
      }
      offset += n
    }
  }

  static func writeError(_ code: Int32, path: String) -> SafeExportError {
    if code == ENOSPC || code == EDQUOT { return .full((path as NSString).deletingLastPathComponent) }
    return .failed(path, reason: reason(code))
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Why an export or a print failed. `description` is English; `message(in:)` is for the screen.
public enum SafeExportError: Error, Equatable, CustomStringConvertible {
  /// The export folder does not exist (the USB stick is not mounted?).
  case folderMissing(String)
  /// The export path is not a folder.
  case notADirectory(String)
  /// The folder cannot be written to (permissions, read-only stick).
  case notWritable(String, reason: String)
  /// The disk is full.
  case full(String)
  /// Every file name for today is taken.
  case noFreeName(String)
  /// Anything else, with the system's reason.
  case failed(String, reason: String)
  /// The folder is not safe to write into (a symbolic link, writable by others); `reason`
  /// follows the folder's name.
  case unsafeFolder(String, reason: String)

  public var description: String { message(in: .en) }

  /// The message for a visitor or adviser, in `language`.
  public func message(in language: Language) -> String {
    let sv = language == .sv
    switch self {
    case .folderMissing(let folder):
      return sv
        ? "Exportmappen \(folder) finns inte. Är USB-minnet isatt? Be personalen om hjälp."
        : "The export folder \(folder) does not exist. Is the USB stick plugged in? Ask the staff for help."
    case .notADirectory(let folder):
      return sv
        ? "Exportsökvägen \(folder) är ingen mapp. Be personalen om hjälp."
        : "The export path \(folder) is not a folder. Ask the staff for help."
    case .notWritable(let folder, let reason):
      return sv
        ? "Det går inte att skriva i exportmappen \(folder) (\(reason)). Är USB-minnet skrivskyddat?"
        : "The export folder \(folder) is not writable (\(reason)). Is the USB stick write-protected?"
    case .full(let folder):
      return sv ? "Exportmappen \(folder) är full." : "The export folder \(folder) is full."
    case .noFreeName(let folder):
      return sv
        ? "Det finns redan för många planer från i dag i \(folder)."
        : "There are already too many plans from today in \(folder)."
    case .failed(let path, let reason):
      return sv ? "Exporten misslyckades: \(path): \(reason)" : "The export failed: \(path): \(reason)"
    case .unsafeFolder(let folder, let reason):
      return sv
        ? "Exportmappen \(folder) används inte: den är en symbolisk länk eller skrivbar för alla användare. Be personalen om hjälp."
        : "The export folder \(folder) is not used: \(folder) \(reason). Ask the staff for help."
    }
  }
}

/// An open folder descriptor, closed when the last copy of the export goes.
final class FolderHandle: Sendable {
  let fd: Int32

  init(fd: Int32) { self.fd = fd }

  deinit { close(fd) }
}
