import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a whole input file, but never more than a limit: a huge or endless file (`/dev/zero`, a
/// 10 GB log given by mistake) is refused after `limit` bytes instead of filling memory.
public enum BoundedRead {
  /// Why a file was not read.
  public enum Failure: Error, Equatable, Sendable {
    /// Nothing at the path.
    case missing
    /// Longer than the limit (in bytes).
    case tooLarge(limit: Int)
    /// A folder (or something else that cannot be read as a file).
    case notRegular
    /// The system's reason.
    case unreadable(String)
  }

  /// The file's bytes, at most `limit` of them. Pipes (`<(…)`, `/dev/stdin`) are read too.
  public static func contents(of path: String, limit: Int) -> Result<Data, Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno))))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    if info.st_mode & S_IFMT == S_IFDIR { return .failure(.notRegular) }
    if info.st_mode & S_IFMT == S_IFREG && Int(info.st_size) > limit { return .failure(.tooLarge(limit: limit)) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EISDIR { return .failure(.notRegular) }
        return .failure(.unreadable(String(cString: strerror(errno))))
      }
      if n == 0 { return .success(data) }
      data.append(contentsOf: buffer[0..<n])
      if data.count > limit { return .failure(.tooLarge(limit: limit)) }
    }
  }

  /// A size in words: "1 MB", "64 KB".
  public static func describe(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) KB"
  }
}
