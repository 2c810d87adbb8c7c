/// Text a founder reads, in Swedish and English.
public struct LocalizedText: Sendable, Hashable, Codable {
  /// The Swedish text.
  public var sv: String
  /// The English text.
  public var en: String

  /// Creates a text from its Swedish and English versions.
  public init(sv: String, en: String) {
    self.sv = sv
    self.en = en
  }

  /// The text in the given language.
  public func text(_ language: Language) -> String {
    switch language {
    case .sv: return sv
    case .en: return en
    }
  }

  /// The text in the given language (shorthand for ``text(_:)``).
  public subscript(_ language: Language) -> String { text(language) }
}
