/// A problem found in content, answers or data, with where it is.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Error {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable {
    /// The content cannot be used until this is fixed.
    case error
    /// The content works but falls short of the house rules.
    case warning

    /// The word a line starts with: `error`/`fel`, `warning`/`varning`.
    public func word(_ language: Language) -> String {
      switch (self, language) {
      case (.error, .sv): return "fel"
      case (.error, .en): return "error"
      case (.warning, .sv): return "varning"
      case (.warning, .en): return "warning"
      }
    }
  }

  /// How serious it is.
  public var severity: Severity
  /// Where it is, when known.
  public var location: SourceLocation?
  /// What is wrong, in one line.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// `FILE:LINE:COL: error: message`, or `error: message` without a location; control characters
  /// in the file name or the message are shown escaped (see ``Echo``), so it is always one line.
  /// A line is cut at ``maximumLength`` characters, whatever a message echoes.
  public var description: String { line(.en) }

  /// The diagnostic as one line with the severity in a language — `FILE:LINE:COL: fel: message`
  /// in Swedish, `…: error: …` in English (the message is as it was made, in its own language).
  public func line(_ language: Language) -> String {
    let word = severity.word(language)
    if let location {
      return Echo.quote("\(location): \(word): \(message)", limit: Self.maximumLength)
    }
    return Echo.quote("\(word): \(message)", limit: Self.maximumLength)
  }

  /// The longest a diagnostic's line gets.
  public static let maximumLength = 3_000
}

/// A list of diagnostics collected while loading or checking.
public struct Diagnostics: Sendable {
  /// Every diagnostic, in the order found.
  public private(set) var all: [Diagnostic] = []

  /// Creates an empty list.
  public init() {}

  /// Adds an error.
  public mutating func error(_ message: String, at location: SourceLocation?) {
    all.append(Diagnostic(.error, message, at: location))
  }

  /// Adds a warning.
  public mutating func warning(_ message: String, at location: SourceLocation?) {
    all.append(Diagnostic(.warning, message, at: location))
  }

  /// Adds diagnostics from another list.
  public mutating func append(contentsOf other: Diagnostics) {
    all.append(contentsOf: other.all)
  }

  /// The errors only.
  public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
  /// The warnings only.
  public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
  /// Whether there is at least one error.
  public var hasErrors: Bool { all.contains { $0.severity == .error } }

  /// The diagnostics sorted by file, line and column (those without a location first).
  public var sorted: [Diagnostic] {
    all.enumerated().sorted { lhs, rhs in
      let l = lhs.element.location
      let r = rhs.element.location
      switch (l, r) {
      case (nil, nil): return lhs.offset < rhs.offset
      case (nil, _): return true
      case (_, nil): return false
      case let (l?, r?):
        if l.file != r.file { return l.file < r.file }
        if l.line != r.line { return l.line < r.line }
        if l.column != r.column { return l.column < r.column }
        return lhs.offset < rhs.offset
      }
    }.map(\.element)
  }
}
