/// The plan's Markdown cut at its `## ` headings, so the HTML page can place the parts: the
/// preamble (the title and when the plan was made) on top, the opening day in the summary, the
/// rest below the timeline.
struct MarkdownSections {
  /// The text before the first `## ` heading.
  var preamble: String
  /// Each `## ` section: its heading text and its Markdown, heading line included.
  var sections: [(heading: String, markdown: String)]

  /// Cuts a Markdown text. A `## ` line inside a fenced code block would be cut too; the
  /// program's own Markdown has no fences.
  init(_ markdown: String) {
    var preamble: [Substring] = []
    var sections: [(String, [Substring])] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") {
        sections.append((String(line.dropFirst(3)), [line]))
      } else if sections.isEmpty {
        preamble.append(line)
      } else {
        sections[sections.count - 1].1.append(line)
      }
    }
    self.preamble = preamble.joined(separator: "\n") + "\n"
    self.sections = sections.map { ($0.0, $0.1.joined(separator: "\n") + "\n") }
  }

  /// The page title: the `# ` heading's text without Markdown escapes.
  var title: String {
    guard let line = preamble.split(separator: "\n").first(where: { $0.hasPrefix("# ") }) else { return "" }
    var out = ""
    var escaped = false
    for ch in line.dropFirst(2) {
      if ch == "\\" && !escaped {
        escaped = true
        continue
      }
      escaped = false
      out.append(ch)
    }
    return out
  }

  /// The Markdown of the section with this heading, if there is one.
  func section(_ heading: String) -> String? {
    sections.first { $0.heading == heading }?.markdown
  }

  /// The Markdown of every section but these, in order.
  func sections(excluding headings: Set<String>) -> String {
    sections.filter { !headings.contains($0.heading) }.map(\.markdown).joined()
  }
}
