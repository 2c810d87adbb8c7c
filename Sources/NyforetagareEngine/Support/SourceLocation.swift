/// A place in a content file: the file's path relative to the content folder, and a
/// 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file, relative to the content folder's parent (e.g. `Content/steps/bygglov.yaml`).
  public var file: String
  /// The line, from 1.
  public var line: Int
  /// The column, from 1.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `FILE:LINE:COL`.
  public var description: String { "\(file):\(line):\(column)" }
}
