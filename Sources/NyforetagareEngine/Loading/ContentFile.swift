/// One content file's text, with the path shown in messages and its path inside the content
/// folder (which decides what the file holds).
public struct ContentFile: Sendable, Hashable {
  /// The path shown in messages, e.g. `Content/steps/bygglov.yaml`.
  public var displayPath: String
  /// The path inside the content folder, e.g. `steps/bygglov.yaml`.
  public var relativePath: String
  /// The file's text.
  public var text: String

  /// Creates a content file.
  public init(displayPath: String, relativePath: String, text: String) {
    self.displayPath = displayPath
    self.relativePath = relativePath
    self.text = text
  }
}
