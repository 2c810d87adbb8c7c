import Foundation

/// The folders a kiosk configuration's `export_folder` may point to while fuzzing: a good one, a
/// link, one writable by all, a regular file, a missing path. Inputs name them by placeholder,
/// so a kept input means the same on every machine.
public struct Sandbox: Sendable {
  /// The placeholders and what they stand for.
  static let placeholders = ["@USB@", "@LINK@", "@OPEN@", "@FILE@", "@MISSING@", "relative/usb", "''", "/"]

  /// The sandbox folder.
  public let root: String

  /// Makes the folders under a fresh temporary folder.
  public init() throws {
    root = NSTemporaryDirectory() + "/nyf-fuzz-\(getpid())-\(UUID().uuidString.prefix(8))"
    let fm = FileManager.default
    try fm.createDirectory(atPath: root + "/usb", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: root + "/open", withIntermediateDirectories: true)
    chmod(root + "/usb", 0o755)
    chmod(root + "/open", 0o777)
    try fm.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/usb")
    _ = fm.createFile(atPath: root + "/file", contents: Data("x".utf8))
  }

  /// `text` with the placeholders replaced by real paths.
  public func resolve(_ text: String) -> String {
    text.replacingOccurrences(of: "@USB@", with: root + "/usb")
      .replacingOccurrences(of: "@LINK@", with: root + "/link")
      .replacingOccurrences(of: "@OPEN@", with: root + "/open")
      .replacingOccurrences(of: "@FILE@", with: root + "/file")
      .replacingOccurrences(of: "@MISSING@", with: root + "/missing")
  }

  /// Removes the sandbox.
  public func remove() { try? FileManager.default.removeItem(atPath: root) }
}
