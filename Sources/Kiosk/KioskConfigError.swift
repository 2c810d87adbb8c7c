import NyforetagareEngine

/// Everything wrong with a kiosk configuration file; one `FILE:LINE:COL: message` line each.
public struct KioskConfigError: Error, Equatable, CustomStringConvertible {
  /// One problem at one place.
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The line (1-based), or nil when the problem is with the file as a whole.
    public var line: Int?
    /// The column (1-based), or nil when the problem is with the file as a whole.
    public var column: Int?
    /// What is wrong and what is allowed.
    public var message: String

    /// Makes a problem.
    public init(file: String, line: Int?, column: Int?, message: String) {
      self.file = file
      self.line = line
      self.column = column
      self.message = message
    }

    /// `FILE:LINE:COL: message`, or `FILE: message` without a place.
    public var description: String {
      if let line, let column { return Echo.quote("\(file):\(line):\(column): \(message)", limit: nil) }
      return Echo.quote("\(file): \(message)", limit: nil)
    }
  }

  /// The problems, in file order.
  public var problems: [Problem]

  /// Wraps problems.
  public init(problems: [Problem]) { self.problems = problems }

  /// One problem with the file as a whole (missing, unreadable).
  init(file: String, message: String) {
    self.problems = [Problem(file: file, line: nil, column: nil, message: message)]
  }

  /// One line per problem.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
