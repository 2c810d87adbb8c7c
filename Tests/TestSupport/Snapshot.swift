import Foundation

/// Golden files without dependencies: compare a rendering with the file; write the file when it
/// is missing or when the environment has `RECORD_SNAPSHOTS=1`, and then report that it was
/// recorded (so a recording run never passes silently).
public enum Snapshot {
  /// Checks `actual` against `Snapshots/<name>` beside the calling test file; returns nil when
  /// they match (the same rules as ``verify(_:against:)``).
  public static func check(_ actual: String, named name: String, testFile: String = #filePath) -> String? {
    let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
    return verify(actual, against: folder.appendingPathComponent(name))
  }

  /// Compares `actual` with the golden file at `url`. Returns nil when they match, else a
  /// message for the test failure.
  public static func verify(_ actual: String, against url: URL) -> String? {
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    if record || existing == nil {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url, options: .atomic)
      } catch {
        return "could not record snapshot \(url.path): \(error)"
      }
      return
        "recorded snapshot \(url.lastPathComponent) (\(existing == nil ? "it was missing" : "RECORD_SNAPSHOTS=1"));"
        + " check the diff and run again without RECORD_SNAPSHOTS"
    }
    guard let expected = existing, expected != actual else { return nil }
    return "snapshot \(url.lastPathComponent) differs:\n" + firstDifference(expected: expected, actual: actual)
      + "\nIf the change is intended, re-record: RECORD_SNAPSHOTS=1 swift test --filter <Suite>"
  }

  /// A unified-diff-like excerpt around the first line that differs.
  public static func firstDifference(expected: String, actual: String, context: Int = 3) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var first = 0
    while first < old.count, first < new.count, old[first] == new[first] { first += 1 }
    // Match the ends too, so an inserted or removed block shows as one hunk.
    var oldEnd = old.count
    var newEnd = new.count
    while oldEnd > first, newEnd > first, old[oldEnd - 1] == new[newEnd - 1] {
      oldEnd -= 1
      newEnd -= 1
    }
    let from = max(0, first - context)
    var lines = [
      "@@ -\(first + 1),\(oldEnd - first) +\(first + 1),\(newEnd - first) @@ (expected: \(old.count) lines, actual: \(new.count))"
    ]
    for i in from..<first { lines.append("  " + old[i]) }
    let limit = 40
    for i in first..<min(oldEnd, first + limit) { lines.append("- " + old[i]) }
    if oldEnd - first > limit { lines.append("- … \(oldEnd - first - limit) more") }
    for i in first..<min(newEnd, first + limit) { lines.append("+ " + new[i]) }
    if newEnd - first > limit { lines.append("+ … \(newEnd - first - limit) more") }
    for i in oldEnd..<min(old.count, oldEnd + context) { lines.append("  " + old[i]) }
    return lines.joined(separator: "\n")
  }
}
