/// One generated (or kept) hostile input for one of the four loaders.
public struct FuzzInput: Sendable, Equatable {
  /// Which loader it is for.
  public enum Kind: String, Sendable, CaseIterable {
    /// An answers file (YAML or JSON).
    case answers
    /// A saved plan file (JSON).
    case plan
    /// A kiosk configuration (YAML).
    case kiosk
    /// A content folder: one file changed or added in a small or the real edition.
    case content
  }

  /// Which loader.
  public var kind: Kind
  /// For content: the file's path in the edition (e.g. `steps/a.yaml`); else empty.
  public var path: String
  /// For content: whether the real content is the base (else the small edition).
  public var realContent: Bool
  /// The text.
  public var text: String

  /// Creates an input.
  public init(kind: Kind, text: String, path: String = "", realContent: Bool = false) {
    self.kind = kind
    self.text = text
    self.path = path
    self.realContent = realContent
  }

  /// The input as a corpus file: content inputs start with a `# content-file:` line.
  public var corpusText: String {
    guard kind == .content else { return text }
    return "# content-file: \(path)\(realContent ? " (real)" : "")\n" + text
  }

  /// Reads a corpus file of `kind`.
  public init(kind: Kind, corpusText: String) {
    self.kind = kind
    self.path = ""
    self.realContent = false
    self.text = corpusText
    if kind == .content, corpusText.hasPrefix("# content-file: ") {
      let firstLine = corpusText.prefix { $0 != "\n" }
      var header = firstLine.dropFirst("# content-file: ".count)
      if header.hasSuffix(" (real)") {
        realContent = true
        header = header.dropLast(" (real)".count)
      }
      path = String(header)
      text = String(corpusText.dropFirst(firstLine.count + 1))
    }
  }

  /// The file name extension for the corpus.
  public var fileExtension: String { kind == .plan ? "json" : "yaml" }
}
