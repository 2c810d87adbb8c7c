import Foundation

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct TemporaryFolder {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("kiosk-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  func write(_ name: String, _ text: String) throws -> String {
    let p = file(name)
    try text.write(toFile: p, atomically: false, encoding: .utf8)
    return p
  }

  func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

  func remove() {
    _ = chmod(path, 0o755)
    try? FileManager.default.removeItem(atPath: path)
  }
}
