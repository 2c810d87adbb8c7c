import Foundation
import NyforetagareEngine

#if canImport(Glibc)
  import Glibc
#endif

/// The one way the program writes a file a user named (`--output`, the UI's export, plan files).
///
/// Only a regular file is ever written: a path that is a symbolic link, a named pipe, a device, a
/// socket or a folder is refused with a ``SafeFileError`` that says what it is and what to do. The
/// new contents go to a temporary file in the same folder (`.NAME.tmp-PID`, created with
/// `O_EXCL|O_NOFOLLOW`), are flushed to disk and renamed over the name, so the file is always
/// either the old or the new version. An existing file keeps its mode (and, when possible, its
/// owner); a new file is 0600 when it holds personal data, else 0644 less the umask. With
/// `personal`, group and other bits are cleared in any case.
public enum SafeFile {
  /// What the temporary files of an interrupted write are called: `.NAME` + this + pid.
  public static let temporaryMarker = ".tmp-"

  /// Writes `data` to `path` (see the type's description).
  /// - Parameters:
  ///   - personal: the data holds personal data (mode 0600 at most).
  ///   - backup: a path in the same folder that receives the previous version (a hard link, or a
  ///     copy, put in place by rename so it is always a complete earlier version).
  public static func write(_ data: Data, to path: String, personal: Bool, backup: String? = nil)
    throws(SafeFileError)
  {
    try write(data, to: path, personal: personal, backup: backup, beforeRename: nil)
  }

  /// The write, with a hook for tests to stop between writing and renaming.
  static func write(
    _ data: Data, to path: String, personal: Bool, backup: String?, beforeRename: (() throws -> Void)?
  ) throws(SafeFileError) {
    let (folder, name) = split(path)
    guard !name.isEmpty, name != ".", name != ".." else { throw .directory(path) }
    let existing = try target(path)
    let dirFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dirFD >= 0 else { throw folderError(errno, folder: folder) }
    defer { close(dirFD) }

    let (fd, temp) = try createTemporary(in: dirFD, name: name, path: path)
    var mode: mode_t
    if let existing {
      mode = existing.st_mode & 0o7777
      if existing.st_uid != geteuid() || existing.st_gid != getegid() {
        _ = fchown(fd, existing.st_uid, existing.st_gid)  // only root may; otherwise the file becomes ours
      }
    } else {
      mode = personal ? 0o600 : 0o666 & ~currentUmask()
    }
    if personal { mode &= ~0o077 }
    do throws(SafeFileError) {
      defer { close(fd) }
      guard fchmod(fd, mode) == 0 else { throw failure(errno, path: path) }
      try writeAll(fd, data, path: path)
      guard fsync(fd) == 0 else { throw failure(errno, path: path) }
    } catch {
      unlinkat(dirFD, temp, 0)
      throw error
    }
    do {
      try beforeRename?()
    } catch {
      unlinkat(dirFD, temp, 0)
      throw .interrupted(path)
    }
    if let backup, existing != nil {
      keepBackup(dirFD: dirFD, name: name, backup: split(backup).name)
    }
    // The name may have been swapped for something else since it was checked: renaming replaces
    // a link or a node (it never writes through one), but check again so the user hears of it.
    let now: stat?
    do throws(SafeFileError) {
      now = try target(path)
    } catch {
      unlinkat(dirFD, temp, 0)
      throw error
    }
    if let now, now.st_ino != existing?.st_ino {
      unlinkat(dirFD, temp, 0)
      throw .changed(path)
    }
    guard renameat(dirFD, temp, dirFD, name) == 0 else {
      let code = errno
      unlinkat(dirFD, temp, 0)
      throw failure(code, path: path)
    }
    _ = fsync(dirFD)
  }

  /// The folder and the last component of a path (`.` for a bare name).
  static func split(_ path: String) -> (folder: String, name: String) {
    let ns = path as NSString
    let folder = ns.deletingLastPathComponent
    let name = path.hasSuffix("/") ? "" : ns.lastPathComponent
    return (folder.isEmpty ? "." : folder, name)
  }

  /// What is at `path` now: nil when nothing; the status of a regular file; an error for anything
  /// else (a link is not followed).
  static func target(_ path: String) throws(SafeFileError) -> stat? {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      let code = errno
      if code == ENOENT {
        let folder = split(path).folder
        var folderInfo = stat()
        if stat(folder, &folderInfo) != 0 { throw folderError(errno, folder: folder) }
        return nil
      }
      if code == ENOTDIR { throw .folderMissing(split(path).folder) }
      throw failure(code, path: path)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return info
    case S_IFLNK: throw .symbolicLink(path, destination: linkDestination(path))
    case S_IFDIR: throw .directory(path)
    case S_IFIFO: throw .notRegular(path, kind: .namedPipe)
    case S_IFCHR, S_IFBLK: throw .notRegular(path, kind: .device)
    case S_IFSOCK: throw .notRegular(path, kind: .socket)
    default: throw .notRegular(path, kind: .other)
    }
  }

  static func linkDestination(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: 4097)
    let n = readlink(path, &buffer, 4096)
    guard n > 0 else { return "?" }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Creates `.NAME.tmp-PID` in the folder; a stale one with the same number (its process is
  /// gone: pids are unique among living processes) is removed first.
  static func createTemporary(in dirFD: Int32, name: String, path: String) throws(SafeFileError) -> (Int32, String) {
    let temp = "." + name + temporaryMarker + "\(getpid())"
    for _ in 0..<3 {
      let fd = openat(dirFD, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 { return (fd, temp) }
      let code = errno
      if code == EEXIST {
        unlinkat(dirFD, temp, 0)
        continue
      }
      if code == EINTR { continue }
      throw folderError(code, folder: split(path).folder)
    }
    throw .failed(path, reason: "cannot create a temporary file next to it")
  }

  static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(SafeFileError) {
    let bytes = [UInt8](data)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw failure(errno, path: path)
      }
      if n == 0 { throw .failed(path, reason: "the system wrote nothing") }
      offset += n
    }
  }

  /// Puts a link to (or a copy of) the current file at `backup`, via a temporary name and a
  /// rename, so the backup is never missing or half-written. Failures leave the old backup.
  static func keepBackup(dirFD: Int32, name: String, backup: String) {
    let temp = "." + backup + temporaryMarker + "\(getpid())"
    unlinkat(dirFD, temp, 0)
    var made = linkat(dirFD, name, dirFD, temp, 0) == 0
    if !made { made = copy(dirFD: dirFD, from: name, to: temp) }
    guard made else { return }
    if renameat(dirFD, temp, dirFD, backup) != 0 { unlinkat(dirFD, temp, 0) }
  }

  static func copy(dirFD: Int32, from name: String, to temp: String) -> Bool {
    let input = openat(dirFD, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard input >= 0 else { return false }
    defer { close(input) }
    let output = openat(dirFD, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard output >= 0 else { return false }
    defer { close(output) }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, 65_536) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { return false }
      if n == 0 { break }
      do {
        try writeAll(output, Data(buffer[0..<n]), path: temp)
      } catch {
        return false
      }
    }
    return fsync(output) == 0
  }

  static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  static func folderError(_ code: Int32, folder: String) -> SafeFileError {
    switch code {
    case ENOENT, ENOTDIR: return .folderMissing(folder)
    case EACCES, EPERM, EROFS: return .notWritable(folder, reason: reason(code))
    case ENOSPC, EDQUOT: return .full(folder)
    default: return .failed(folder, reason: reason(code))
    }
  }

  static func failure(_ code: Int32, path: String) -> SafeFileError {
    switch code {
    case ENOSPC, EDQUOT: return .full(split(path).folder)
    case EACCES, EPERM, EROFS: return .notWritable(split(path).folder, reason: reason(code))
    default: return .failed(path, reason: reason(code))
    }
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
