import Foundation
import NyforetagareEngine
import NyforetagareExport
import TestSupport
import Testing

private let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/NyforetagareExportTests/Snapshots")

extension Profile {
  func html() throws -> String {
    HTMLRenderer().render(PlanView(try plan(), landscape: Fixtures.landscape, language: language))
  }
}

@Suite("HTML page")
struct HTMLExportTests {
  static let golden = [
    Profile(example: "restaurang-malmo", language: .sv), Profile(example: "kafe-umea", language: .en),
  ]

  @Test("the page matches its golden file", arguments: golden)
  func goldenPage(_ profile: Profile) throws {
    let url = snapshots.appendingPathComponent("\(profile.snapshotName).html")
    let failure = Snapshot.verify(try profile.html(), against: url)
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test("one self-contained page: no script, nothing loaded, and a policy that forbids both", arguments: Profile.all)
  func selfContained(_ profile: Profile) throws {
    let html = try profile.html()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(profile.language.rawValue)\">"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("src=\"http"))
    #expect(!html.contains("url(http"))
    #expect(html.contains("default-src 'none'"))
    #expect(html.components(separatedBy: "<svg").count == 2)
  }

  @Test("the summary, today, the chart and then the plan, the data sheet and the drafts", arguments: Profile.all)
  func order(_ profile: Profile) throws {
    let html = try profile.html()
    let plan = try profile.plan()
    let sv = profile.language == .sv
    let marks = [
      "<h1>", sv ? "Tidigaste öppningsdag" : "Earliest opening day",
      "<strong>\(plan.earliestOpening.iso)</strong>", sv ? "Att göra idag" : "What to do today", "<svg",
      sv ? "<h2>Att göra, i ordning</h2>" : "<h2>To do, in order</h2>",
      sv ? "<h2>Mina uppgifter</h2>" : "<h2>My data</h2>",
      sv ? "<h2>Ansökningsutkast</h2>" : "<h2>Application drafts</h2>",
    ]
    var rest = html[...]
    for mark in marks {
      let found = try #require(rest.range(of: mark), "\(mark) missing or out of order")
      rest = rest[found.upperBound...]
    }
    // The opening-day section is in the summary only, not again in the body.
    #expect(
      html.components(separatedBy: sv ? "<h2>Tidigaste öppningsdag</h2>" : "<h2>Earliest opening day</h2>").count == 2)
    // Markdown went through cmark-gfm: tables and task lists are HTML, not pipes and brackets.
    #expect(html.contains("<table>"))
    #expect(html.contains("type=\"checkbox\""))
    #expect(!html.contains("- [ ] "))
    #expect(!html.contains("|---|"))
  }

  @Test("what to do today lists at most three steps that can start now")
  func today() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let html = HTMLRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    let start = try #require(html.range(of: "<div class=\"today\">"))
    let end = try #require(html[start.upperBound...].range(of: "</div>"))
    let block = html[start.upperBound..<end.lowerBound]
    #expect(block.components(separatedBy: "<li>").count - 1 == min(3, plan.canStartNow.count))
    for e in plan.canStartNow.prefix(3) { #expect(block.contains(e.step.title.sv)) }
  }

  @Test("the page warns that it contains personal data exactly when it does")
  func personalData() throws {
    let base = "kommun: Umeå\nbusiness_type: cafe\ncompany_form: enskild_firma\n"
    let without = try Fixtures.plan(base)
    let with = try Fixtures.plan(base + "data:\n  namn: Test Testsson\n")
    #expect(!HTMLRenderer.containsPersonalData(without))
    #expect(HTMLRenderer.containsPersonalData(with))
    let notice = "Sidan innehåller personuppgifter."
    #expect(!HTMLRenderer().render(PlanView(without, landscape: Fixtures.landscape, language: .sv)).contains(notice))
    #expect(HTMLRenderer().render(PlanView(with, landscape: Fixtures.landscape, language: .sv)).contains(notice))
    #expect(
      HTMLRenderer().render(PlanView(with, landscape: Fixtures.landscape, language: .en)).contains(
        "This page contains personal data."))
  }

  @Test("founder-typed markup is shown as text, never run")
  func escapes() throws {
    let plan = try Fixtures.plan(
      "kommun: Umeå\nbusiness_type: cafe\ncompany_form: enskild_firma\ndata:\n  foretagsnamn: \"<script>alert(1)</script> & [x](javascript:alert(1))\"\n"
    )
    let html = HTMLRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    #expect(!html.contains("<script>"))
    #expect(!html.contains("href=\"javascript:"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
  }

  @Test("cmark-gfm renders tables, task lists and autolinks, and drops raw HTML but keeps <br>")
  func gfm() {
    let html = GitHubMarkdown.html(
      "| a | b |\n|---|---|\n| 1<br>2 | <i>x</i> |\n\n- [x] done\n\n<https://example.org>\n")
    #expect(html.contains("<table>"))
    #expect(html.contains("<td>1<br>2</td>"))
    #expect(!html.contains("<i>"))
    #expect(html.contains("checked=\"\""))
    #expect(html.contains("<a href=\"https://example.org\">"))
    #expect(GitHubMarkdown.html("") == "")
    let links = GitHubMarkdown.html("[a](javascript:alert(1)) [b](VBScript:x) [c](https://example.org/x)\n")
    #expect(links.contains("<a href=\"\">a</a>") && links.contains("<a href=\"\">b</a>"))
    #expect(links.contains("<a href=\"https://example.org/x\">c</a>"))
    #expect(GitHubMarkdown.html("<div onclick=\"x()\">\nhi\n</div>\n") == "<!-- raw HTML omitted -->\n")
  }
}

@Suite("Paper layout for a kiosk's printer")
struct PaperLayoutTests {
  @Test("clean text: no Markdown syntax, headings underlined, tables as lists, lines within 78 columns")
  func text() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let text = PaperLayout.text.render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
    let lines = text.components(separatedBy: "\n")
    #expect(lines.first == "Innehåller personuppgifter: förvara och dela med omsorg.")
    #expect(text.contains("Din plan: Restaurang i Malmö\n============================"))
    #expect(text.contains("Tidslinje\n---------"))
    #expect(!text.contains("|---|") && !text.contains("**") && !text.contains("## ") && !text.contains("\\"))
    #expect(!lines.contains { $0.hasPrefix("|") })
    #expect(text.contains("[ ] Registrering av livsmedelsanläggning"))
    // The timeline table: one line per step, with the column names.
    #expect(text.contains("· Steg: Bygglov · "))
    // Lines wrap at 78 columns, except an address that cannot be broken.
    for line in lines where !line.contains("http") { #expect(line.count <= 78, "\(line)") }
    #expect(text.contains(plan.earliestOpening.iso))
  }

  @Test("html is the page with its print styles; no personal-data line without personal data")
  func html() throws {
    let plan = try Fixtures.plan("kommun: Umeå\nbusiness_type: cafe\ncompany_form: enskild_firma\n")
    let html = PaperLayout.html.render(PlanView(plan, landscape: Fixtures.landscape, language: .en))
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("@page { size: A4"))
    let text = PaperLayout.text.render(PlanView(plan, landscape: Fixtures.landscape, language: .en))
    #expect(!text.contains("Contains personal data") && text.hasPrefix("Your plan: Café in Umeå\n"))
  }
}
