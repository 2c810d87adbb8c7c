import NyforetagareEngine

/// What one export writes, side by side under one name: the Markdown plan, the HTML page with
/// the timeline, and (added by the runtime, from the model) the plan file that
/// `nyforetagare --plan FILE` reopens.
public struct ExportFiles: Sendable, Hashable {
  /// The Markdown plan (`.md`).
  public var markdown: String
  /// The HTML page (`.html`).
  public var html: String
  /// Whether the files hold personal data (then they are written 0600).
  public var personal: Bool

  /// The file name extensions: Markdown, HTML, plan file — the order the files are written in.
  public static let extensions = ["md", "html", "json"]

  /// Creates the files of one export.
  public init(markdown: String, html: String, personal: Bool) {
    self.markdown = markdown
    self.html = html
    self.personal = personal
  }
}
