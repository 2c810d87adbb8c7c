import NyforetagareEngine
import NyforetagareText

/// What a kiosk's print command receives: a layout for paper, never raw Markdown.
public enum PaperLayout: String, Sendable, CaseIterable {
  /// Clean text without Markdown syntax, wrapped at 78 columns (for `lp` and any text printer).
  case text
  /// The HTML page with its A4 print styles (for a printer or filter that takes HTML).
  case html

  /// The plan laid out for paper, in the view's language.
  public func render(_ view: PlanView) -> String {
    switch self {
    case .html:
      return HTMLRenderer().render(view)
    case .text:
      let markdown = MarkdownRenderer().render(view)
      var text = GitHubMarkdown.plainText(markdown, width: 78)
      if HTMLRenderer.containsPersonalData(view.plan) {
        let x = Words(language: view.language)
        text =
          x.t(
            "Innehåller personuppgifter: förvara och dela med omsorg.",
            "Contains personal data: keep and share with care.")
          + "\n\n" + text
      }
      return text
    }
  }
}
