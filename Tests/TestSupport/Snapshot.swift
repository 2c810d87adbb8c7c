import Foundation

/// A tiny golden-file helper: compares text with `Snapshots/<name>` beside the calling test
/// file. When the file is missing, or `RECORD_SNAPSHOTS=1` is set, it writes the file and
/// returns a failure message saying so; otherwise it returns nil on a match or a message with
/// the first differing line.
public enum Snapshot {
  /// Checks `actual` against the golden file; returns nil when they match.
  public static func check(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
    let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let data = FileManager.default.contents(atPath: url.path) else {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      return "recorded snapshot \(name); run the tests again to compare"
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected == actual { return nil }
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? e[i] : "<end of file>"
      let al = i < a.count ? a[i] : "<end of output>"
      if el != al {
        return """
          snapshot \(name) differs at line \(i + 1):
            expected: \(el)
            actual:   \(al)
          (RECORD_SNAPSHOTS=1 swift test re-records after a deliberate change)
          """
      }
    }
    return "snapshot \(name) differs"
  }
}
