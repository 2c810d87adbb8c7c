import CCmarkGFM

/// GitHub-flavoured Markdown to HTML through libcmark-gfm (tables, task lists, autolinks and
/// strikethrough), in cmark's safe mode: raw HTML and `javascript:` links in the text are
/// dropped, so founder-typed text can never become markup.
public enum GitHubMarkdown {
  /// The HTML of a Markdown text; empty when the library cannot allocate memory.
  public static func html(_ markdown: String) -> String {
    guard !markdown.isEmpty else { return "" }
    var source = markdown
    return source.withUTF8 { bytes -> String in
      let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
      guard let rendered = nyf_gfm_render_html(base, bytes.count) else { return "" }
      defer { nyf_gfm_free(rendered) }
      return String(cString: rendered)
    }
  }

  /// Clean text for paper, wrapped at `width` columns: headings underlined, tables as lists of
  /// "first cell · Header: cell", task lists as `[ ]` to tick, links as their text, no Markdown
  /// syntax left. Empty when the library cannot allocate memory.
  public static func plainText(_ markdown: String, width: Int = 78) -> String {
    guard !markdown.isEmpty else { return "" }
    var source = markdown
    return source.withUTF8 { bytes -> String in
      let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
      guard let rendered = nyf_gfm_render_text(base, bytes.count, Int32(max(20, min(width, 400)))) else { return "" }
      defer { nyf_gfm_free(rendered) }
      return String(cString: rendered)
    }
  }
}
