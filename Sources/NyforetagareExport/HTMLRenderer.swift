import NyforetagareEngine
import NyforetagareText

/// Renders a plan as one self-contained HTML page: the summary, what to do today and the
/// timeline picture on top (page one when printed on A4), then the whole plan — steps, data
/// sheet, drafts, sources — rendered from the plan's Markdown by libcmark-gfm.
///
/// The page loads nothing and runs no script: its style sheet and its SVG chart are inline, and
/// a Content-Security-Policy forbids anything else. When the founder's data sheet holds personal
/// data, the page says so at the top.
public struct HTMLRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The most steps listed under "what to do today".
  static let todayLimit = 3

  /// Whether a plan's page holds personal data (a personal item of the data sheet is filled in).
  public static func containsPersonalData(_ plan: Plan) -> Bool {
    plan.dataUsage.contains { $0.item.isPersonal && !($0.value ?? "").isEmpty }
  }

  /// The HTML page, in the view's language, ending in a newline.
  public func render(_ view: PlanView) -> String {
    let plan = view.plan
    let language = view.language
    let x = Words(language: language)
    let markdown = MarkdownRenderer().render(view)
    let parts = MarkdownSections(markdown)
    let openingHeading = x.earliestOpening
    let layout = TimelineLayout(plan: plan, language: language)
    let svg = TimelineSVG(layout: layout, language: language)

    var out: [String] = []
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"\(language.rawValue)\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\">")
    out.append(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    )
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    out.append("<meta name=\"generator\" content=\"Nyföretagare, content \(htmlEscape(plan.contentVersion))\">")
    out.append("<title>\(htmlEscape(parts.title))</title>")
    out.append("<style>\n\(HTMLStyle.css)</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<header>")
    out.append(GitHubMarkdown.html(parts.preamble), trimmed: true)
    if Self.containsPersonalData(plan) {
      out.append(
        "<p class=\"personal\" role=\"note\"><strong>"
          + htmlEscape(x.t("Sidan innehåller personuppgifter.", "This page contains personal data."))
          + "</strong> "
          + htmlEscape(
            x.t(
              "Den visar uppgifter du har skrivit in om dig själv (markerade 🔒). Spara och dela den med omsorg.",
              "It shows data you entered about yourself (marked 🔒). Keep and share it with care."))
          + "</p>")
    }
    out.append("</header>")

    out.append("<section class=\"summary\" aria-label=\"\(htmlEscape(x.t("Sammanfattning", "Summary")))\">")
    out.append("<div class=\"opening\">")
    out.append(GitHubMarkdown.html(parts.section(openingHeading) ?? ""), trimmed: true)
    out.append("</div>")
    out.append(today(view, x))
    out.append("</section>")

    out.append("<section class=\"chart\">")
    out.append("<h2>" + htmlEscape(x.t("Planen i bild", "The plan at a glance")) + "</h2>")
    out.append("<figure>")
    out.append(svg.render())
    out.append("<figcaption>" + legend(x) + "</figcaption>")
    out.append("</figure>")
    out.append("</section>")

    out.append("<main>")
    out.append(GitHubMarkdown.html(parts.sections(excluding: [openingHeading])), trimmed: true)
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  /// "What to do today": the steps that can be started now, at most three.
  func today(_ view: PlanView, _ x: Words) -> String {
    var out = ["<div class=\"today\">", "<h2>" + htmlEscape(x.t("Att göra idag", "What to do today")) + "</h2>"]
    let entries = view.entries.filter(\.entry.canStartToday).prefix(Self.todayLimit)
    if entries.isEmpty {
      out.append(
        "<p>"
          + htmlEscape(
            x.t(
              "Inget nytt steg kan påbörjas idag: du väntar på beslut.",
              "No new step can be started today: you are waiting for decisions."
            )) + "</p>")
    } else {
      out.append("<ol>")
      for v in entries {
        let e = v.entry
        var line = "<li><strong>" + htmlEscape(v.title) + "</strong>"
        if e.critical {
          line += " <span class=\"flag\">⚑ " + htmlEscape(x.criticalPath) + "</span>"
        }
        line += " — " + htmlEscape(v.actorName)
        if let sendBy = e.sendBy {
          line += ". " + htmlEscape(x.t("Skicka in senast ", "Send in no later than ") + sendBy.iso)
        }
        if let url = e.eService, url.hasPrefix("https://") {
          line += ". <a href=\"\(htmlEscape(url))\">" + htmlEscape(x.t("E-tjänst", "E-service")) + "</a>"
        }
        out.append(line + "</li>")
      }
      out.append("</ol>")
    }
    out.append("</div>")
    return out.joined(separator: "\n")
  }

  /// The key to the chart's marks, in words.
  func legend(_ x: Words) -> String {
    let items = [
      x.t("stapel: start till väntat beslut", "bar: start to expected decision"),
      x.t("⚑ och streckad fyllning: kritisk väg", "⚑ and hatched fill: critical path"),
      x.t("streckad kant: kontrollera", "dashed outline: check"),
      x.t("▼ skicka in senast", "▼ send in by"),
      x.t("⊢ senaste beslutsdag", "⊢ latest decision"),
      x.t("ljus ruta: tillåtet fönster", "light box: allowed window"),
      x.t("◆ öppning", "◆ opening"),
      x.t("streckad linje: idag", "dashed line: today"),
    ]
    return items.map(htmlEscape).joined(separator: " · ")
  }
}

extension Array where Element == String {
  /// Appends a block of HTML without its trailing newline.
  fileprivate mutating func append(_ html: String, trimmed: Bool) {
    var text = html
    while trimmed && text.hasSuffix("\n") { text.removeLast() }
    if !text.isEmpty { append(text) }
  }
}
