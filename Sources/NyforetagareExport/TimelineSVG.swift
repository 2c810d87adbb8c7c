import NyforetagareEngine
import NyforetagareText

/// Draws a `TimelineLayout` as an SVG Gantt chart: a bar per step from its start to its
/// expected decision, the window a rule sets, a whisker to the latest decision promised, a
/// mark on the last day to send in, the opening day and the duties after it, with today as a
/// line. The critical path is hatched, outlined and flagged ⚑ in its label, so it does not
/// rely on colour; a step to check has a dashed outline.
public struct TimelineSVG: Sendable {
  /// The layout to draw.
  public let layout: TimelineLayout
  /// The language of the labels.
  public let language: Language

  /// The width of the picture in SVG units.
  public let width = 1000.0
  /// The width of the step titles' column.
  public let labelWidth = 300.0
  /// The height of the axis at the top.
  public let headerHeight = 40.0
  /// The height of one row.
  public let rowHeight = 20.0
  /// The space to the right of the chart.
  let rightMargin = 12.0

  /// Creates a drawing of a layout.
  public init(layout: TimelineLayout, language: Language) {
    self.layout = layout
    self.language = language
  }

  /// SVG units per day.
  public var scale: Double { (width - labelWidth - rightMargin) / Double(max(1, layout.dayCount)) }

  /// The horizontal position of the start of a day.
  public func x(_ day: Day) -> Double { labelWidth + Double(layout.offset(of: day)) * scale }

  /// The horizontal position of the end of a day (the start of the next).
  public func xEnd(_ day: Day) -> Double { x(day.adding(days: 1)) }

  /// The top of a row.
  public func y(row: Int) -> Double { headerHeight + Double(row) * rowHeight }

  /// The height of the picture.
  public var height: Double { y(row: layout.rows.count) + 8 }

  /// The SVG element (no XML declaration, so it can sit inside an HTML page).
  public func render() -> String {
    let text = Words(language: language)
    var out: [String] = []
    out.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        + "role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">")
    out.append(
      "<title id=\"timeline-title\">" + htmlEscape(text.t("Tidslinje för planen", "Timeline of the plan")) + "</title>")
    out.append("<desc id=\"timeline-desc\">" + htmlEscape(description(text)) + "</desc>")
    out.append(
      "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-bg\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern></defs>")
    axis(&out)
    for (i, row) in layout.rows.enumerated() { draw(row, at: i, into: &out, text) }
    markers(&out, text)
    out.append("</svg>")
    return out.joined(separator: "\n")
  }

  func description(_ text: Words) -> String {
    let critical = layout.criticalRows.filter { $0.kind == .step }.map(\.title).joined(separator: " → ")
    return text.t(
      "\(layout.rows.count) rader från \(layout.first.iso) till \(layout.end.adding(days: -1).iso). Idag \(layout.today.iso), öppning \(layout.opening.iso). Kritisk väg: \(critical).",
      "\(layout.rows.count) rows from \(layout.first.iso) to \(layout.end.adding(days: -1).iso). Today \(layout.today.iso), opening \(layout.opening.iso). Critical path: \(critical)."
    )
  }

  func axis(_ out: inout [String]) {
    let bottom = n(height - 4)
    out.append("<g class=\"axis\">")
    // Label every k-th week so that labels are at least 30 units apart.
    let every = max(1, Int((30 / (7 * scale)).rounded(.up)))
    for (i, w) in layout.weeks.enumerated() {
      out.append("<line class=\"grid\" x1=\"\(n(x(w.day)))\" y1=\"18\" x2=\"\(n(x(w.day)))\" y2=\"\(bottom)\"/>")
      if i % every == 0 {
        out.append("<text class=\"week\" x=\"\(n(x(w.day) + 2))\" y=\"32\">\(htmlEscape(w.label))</text>")
      }
    }
    var lastLabel = -1000.0
    for m in layout.months where x(m.day) - lastLabel >= 50 {
      out.append("<line class=\"month\" x1=\"\(n(x(m.day)))\" y1=\"2\" x2=\"\(n(x(m.day)))\" y2=\"\(bottom)\"/>")
      out.append("<text class=\"month\" x=\"\(n(x(m.day) + 2))\" y=\"13\">\(htmlEscape(m.label))</text>")
      lastLabel = x(m.day)
    }
    out.append("</g>")
  }

  func draw(_ row: TimelineLayout.Row, at index: Int, into out: inout [String], _ text: Words) {
    let top = y(row: index)
    let mid = top + rowHeight / 2
    var classes = ["row", row.kind.rawValue]
    if row.critical { classes.append("critical") }
    if row.check { classes.append("check") }
    if row.done { classes.append("done") }
    out.append("<g class=\"\(classes.joined(separator: " "))\" data-step=\"\(htmlEscape(row.id))\">")
    out.append("<title>" + htmlEscape(tooltip(row, text)) + "</title>")
    if index % 2 == 1 {
      out.append("<rect class=\"stripe\" x=\"0\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(rowHeight))\"/>")
    }
    var label = row.critical && row.kind == .step ? "⚑ " : ""
    label += truncated(row.title, to: row.critical ? 44 : 46)
    if row.check { label += " (" + text.check + ")" }
    if row.done { label = "✓ " + label }
    out.append("<text class=\"label\" x=\"4\" y=\"\(n(mid + 4))\">\(htmlEscape(label))</text>")
    switch row.kind {
    case .step:
      if let w = row.window {
        out.append(
          "<rect class=\"window\" x=\"\(n(x(w.from)))\" y=\"\(n(top + 3))\" width=\"\(n(xEnd(w.to) - x(w.from)))\" "
            + "height=\"\(n(rowHeight - 6))\" data-from=\"\(w.from.iso)\" data-to=\"\(w.to.iso)\"/>")
      }
      let barX = x(row.bar.from)
      out.append(
        "<rect class=\"bar\" x=\"\(n(barX))\" y=\"\(n(top + 5))\" width=\"\(n(max(3, xEnd(row.bar.to) - barX)))\" "
          + "height=\"\(n(rowHeight - 10))\" data-from=\"\(row.bar.from.iso)\" data-to=\"\(row.bar.to.iso)\"/>")
      if let latest = row.latestDecision {
        let from = n(xEnd(row.bar.to))
        let to = n(xEnd(latest))
        out.append(
          "<path class=\"latest\" d=\"M\(from) \(n(mid))H\(to)M\(to) \(n(mid - 4))V\(n(mid + 4))\" "
            + "data-to=\"\(latest.iso)\"/>")
      }
      if let sendBy = row.sendBy {
        let cx = (x(sendBy) + xEnd(sendBy)) / 2
        out.append(
          "<path class=\"send-by\" d=\"M\(n(cx - 4)) \(n(top + 1))H\(n(cx + 4))L\(n(cx)) \(n(top + 7))Z\" "
            + "data-day=\"\(sendBy.iso)\"/>")
      }
    case .milestone:
      diamond(row.bar.from, mid: mid, size: 6, into: &out)
    case .duty:
      for day in row.occurrences { diamond(day, mid: mid, size: 4, into: &out) }
    }
    out.append("</g>")
  }

  func diamond(_ day: Day, mid: Double, size: Double, into out: inout [String]) {
    let cx = (x(day) + xEnd(day)) / 2
    out.append(
      "<path class=\"point\" d=\"M\(n(cx)) \(n(mid - size))L\(n(cx + size)) \(n(mid))L\(n(cx)) \(n(mid + size))"
        + "L\(n(cx - size)) \(n(mid))Z\" data-day=\"\(day.iso)\"/>")
  }

  func markers(_ out: inout [String], _ text: Words) {
    func line(_ day: Day, _ cls: String, _ label: String) {
      let px = n((self.x(day) + xEnd(day)) / 2)
      out.append(
        "<g class=\"marker \(cls)\" data-day=\"\(day.iso)\"><line x1=\"\(px)\" y1=\"16\" x2=\"\(px)\" "
          + "y2=\"\(n(height - 4))\"/><text x=\"\(px)\" y=\"\(n(height - 1))\">\(htmlEscape(label))</text></g>")
    }
    line(layout.today, "today", text.t("idag ", "today ") + layout.today.iso)
    if let desired = layout.desiredOpening {
      line(desired, "desired", text.t("önskad ", "desired ") + desired.iso)
    }
    line(layout.opening, "opening", text.t("öppning ", "opening ") + layout.opening.iso)
  }

  func tooltip(_ row: TimelineLayout.Row, _ text: Words) -> String {
    var parts = [row.title]
    switch row.kind {
    case .step:
      parts.append("\(row.bar.from.iso) → \(row.bar.to.iso)")
      if let s = row.sendBy { parts.append(text.t("skicka in senast ", "send in by ") + s.iso) }
      if let l = row.latestDecision { parts.append(text.t("beslut senast ", "decision at the latest ") + l.iso) }
      if let w = row.window {
        parts.append(text.t("tillåtet ", "allowed ") + "\(w.from.iso) – \(w.to.iso)")
      }
    case .milestone: parts.append(row.bar.from.iso)
    case .duty: parts.append(row.occurrences.map(\.iso).joined(separator: ", "))
    }
    if row.critical { parts.append(text.criticalPath) }
    if row.check { parts.append(text.check) }
    return parts.joined(separator: " · ")
  }

  func truncated(_ text: String, to limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}

/// A number for SVG: at most one decimal, no trailing ".0", so the output is stable.
private func n(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  let sign = tenths < 0 ? "-" : ""
  let magnitude = abs(tenths)
  return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
}
