import Foundation
import NyforetagareEngine
import NyforetagareExport
import TestSupport
import Testing

/// The attributes of one SVG element, read back from the drawing.
private struct Element {
  var attributes: [String: String]

  func number(_ name: String) throws -> Double { try #require(attributes[name].flatMap(Double.init)) }
}

/// Every `<tag …>` element inside the `<g … data-step="id">` group of a row.
private func elements(_ tag: String, ofRow id: String, in svg: String) throws -> [Element] {
  let open = try #require(svg.range(of: "data-step=\"\(id)\">"), "no row \(id)")
  let close = try #require(svg[open.upperBound...].range(of: "</g>"))
  let group = svg[open.upperBound..<close.lowerBound]
  var out: [Element] = []
  for piece in group.components(separatedBy: "<\(tag) ").dropFirst() {
    let body = piece.prefix { $0 != ">" }
    var attributes: [String: String] = [:]
    for pair in body.components(separatedBy: "\" ") {
      let kv = pair.split(separator: "=", maxSplits: 1)
      guard kv.count == 2 else { continue }
      attributes[String(kv[0]).trimmingCharacters(in: .whitespaces)] = kv[1].trimmingCharacters(
        in: CharacterSet(charactersIn: "\"/ "))
    }
    out.append(Element(attributes: attributes))
  }
  return out
}

private func group(ofRow id: String, in svg: String) throws -> String {
  let open = try #require(svg.range(of: "data-step=\"\(id)\">"))
  let head = svg[..<open.lowerBound]
  let start = try #require(head.range(of: "<g ", options: .backwards))
  return String(svg[start.lowerBound..<open.upperBound])
}

@Suite("Timeline: one layout, drawn as SVG")
struct TimelineTests {
  func restaurant(_ language: Language = .sv) throws -> (Plan, TimelineLayout, TimelineSVG) {
    let plan = try Profile(example: "restaurang-malmo", language: language).plan()
    let layout = TimelineLayout(plan: plan, language: language)
    return (plan, layout, TimelineSVG(layout: layout, language: language))
  }

  @Test("the layout has a row per step in plan order, the opening last, in a range of whole weeks")
  func layoutRows() throws {
    let (plan, layout, _) = try restaurant()
    let work = plan.entries.filter { $0.step.kind != .milestone }
    #expect(layout.rows.filter { $0.kind != .duty }.map(\.id) == work.map(\.step.id) + [Planner.openingID])
    #expect(layout.first.weekday == 0 && layout.end.weekday == 0)
    #expect(layout.dayCount % 7 == 0 && layout.weekCount == layout.weeks.count)
    #expect(layout.first <= plan.today)
    for (row, e) in zip(layout.rows, work) {
      #expect(row.bar.from == e.start && row.bar.to == e.done, "\(e.step.id)")
      #expect(row.critical == e.critical)
      #expect(row.check == (e.status == .check))
      #expect(layout.offset(of: row.bar.from) >= 0 && row.bar.to < layout.end)
    }
    let opening = try #require(layout.rows.last { $0.kind == .milestone })
    #expect(opening.kind == .milestone && opening.bar.from == plan.plannedOpening)
    #expect(layout.months.first?.day.components.day == 1)
    #expect(layout.weeks.first?.label == "v\(layout.first.isoWeek)")
  }

  @Test("weeks count from the chart's first Monday, for the terminal's columns")
  func weeks() throws {
    let (_, layout, _) = try restaurant()
    #expect(layout.week(of: layout.first) == 0)
    #expect(layout.week(of: layout.first.adding(days: 6)) == 0)
    #expect(layout.week(of: layout.first.adding(days: 7)) == 1)
    #expect(layout.week(of: layout.first.adding(days: -1)) == -1)
  }

  @Test("every step's bar starts at its start day and ends at the end of its expected decision day")
  func barGeometry() throws {
    let (plan, layout, chart) = try restaurant()
    let svg = chart.render()
    for e in plan.entries where e.step.kind != .milestone {
      let bar = try #require(try elements("rect", ofRow: e.step.id, in: svg).first { $0.attributes["class"] == "bar" })
      let x = try bar.number("x")
      let width = try bar.number("width")
      // Back from units to days: the picture, not the model, is what is checked.
      let startDay = layout.first.adding(days: Int(((x - chart.labelWidth) / chart.scale).rounded()))
      #expect(startDay == e.start, "\(e.step.id) bar starts at \(startDay)")
      let days = Double(e.start.days(until: e.done) + 1)
      if days * chart.scale >= 3 {
        let endDay = layout.first.adding(days: Int(((x + width - chart.labelWidth) / chart.scale).rounded()) - 1)
        #expect(endDay == e.done, "\(e.step.id) bar ends at \(endDay)")
      }
      #expect(bar.attributes["data-from"] == e.start.iso && bar.attributes["data-to"] == e.done.iso)
    }
  }

  @Test("critical steps are marked by a flag in the label and a class, not by colour alone")
  func criticalMarked() throws {
    let (plan, _, chart) = try restaurant()
    let svg = chart.render()
    let critical = plan.entries.filter { $0.critical && $0.step.kind != .milestone }
    #expect(!critical.isEmpty)
    for e in plan.entries where e.step.kind != .milestone {
      let head = try group(ofRow: e.step.id, in: svg)
      let open = try #require(svg.range(of: "data-step=\"\(e.step.id)\">"))
      let labelText = svg[open.upperBound...].components(separatedBy: "class=\"label\"")[1]
        .drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
      #expect(head.contains(" critical") == e.critical, "\(e.step.id)")
      #expect(labelText.hasPrefix("⚑ ") == e.critical, "\(e.step.id): \(labelText)")
    }
    // The hatch pattern is what critical bars are filled with (CSS), and it is defined.
    #expect(svg.contains("<pattern id=\"hatch\""))
  }

  @Test("today and the opening day are lines at their days; the opening is a diamond")
  func markers() throws {
    let (plan, layout, chart) = try restaurant()
    let svg = chart.render()
    for (cls, day) in [("today", plan.today), ("opening", plan.plannedOpening)] {
      let start = try #require(svg.range(of: "<g class=\"marker \(cls)\" data-day=\"\(day.iso)\"><line x1=\""))
      let value = try #require(Double(svg[start.upperBound...].prefix { $0 != "\"" }))
      let middle = chart.x(day) + chart.scale / 2
      #expect(abs(value - middle) < 0.06, "\(cls) at \(value), expected \(middle)")
    }
    let point = try #require(try elements("path", ofRow: Planner.openingID, in: svg).first)
    #expect(point.attributes["data-day"] == layout.opening.iso)
    // The desired day (2027-03-01) cannot be met, so it is drawn too.
    #expect(layout.desiredOpening == plan.desiredOpening)
    #expect(svg.contains("<g class=\"marker desired\" data-day=\"2027-03-01\">"))
  }

  @Test("send-in days and latest decisions are drawn where the plan has them")
  func sendByAndLatest() throws {
    let (plan, _, chart) = try restaurant()
    let svg = chart.render()
    for e in plan.entries where e.step.kind != .milestone {
      let paths = try elements("path", ofRow: e.step.id, in: svg)
      #expect(paths.contains { $0.attributes["class"] == "send-by" } == (e.sendBy != nil), "\(e.step.id)")
      let latest = paths.first { $0.attributes["class"] == "latest" }
      if let l = e.latest, l > e.done {
        #expect(latest?.attributes["data-to"] == l.iso, "\(e.step.id)")
      } else {
        #expect(latest == nil, "\(e.step.id)")
      }
    }
  }

  @Test("the duties after opening follow the opening, each due day drawn as a point; monthly ones recur")
  func duties() throws {
    let (plan, layout, chart) = try restaurant()
    let svg = chart.render()
    let dated = plan.duties.filter { $0.recurrence.frequency != .ongoing }
    try #require(!dated.isEmpty, "the restaurant has yearly or monthly duties")
    let horizon = plan.plannedOpening.adding(days: 396)
    let rows = layout.rows.filter { $0.kind == .duty }
    #expect(rows.map(\.id) == dated.filter { $0.firstDue <= horizon }.map(\.id), "a duty first due later is not drawn")
    #expect(rows.count >= 2)
    let openingIndex = try #require(layout.rows.firstIndex { $0.kind == .milestone })
    #expect(layout.rows.indices.filter { layout.rows[$0].kind == .duty }.allSatisfy { $0 > openingIndex })
    for row in rows {
      let duty = try #require(dated.first { $0.id == row.id })
      #expect(row.occurrences.first == duty.firstDue, "\(duty.id)")
      #expect(zip(row.occurrences, row.occurrences.dropFirst()).allSatisfy { $0 < $1 }, "\(duty.id)")
      #expect(row.occurrences.allSatisfy { $0 <= horizon }, "\(duty.id)")
      #expect(row.occurrences.allSatisfy { $0 < layout.end }, "\(duty.id) inside the chart")
      if duty.recurrence.frequency == .monthly && duty.firstDue.adding(days: 340) <= horizon {
        #expect(row.occurrences.count >= 11, "\(duty.id) recurs monthly")
      }
      // A duty's row comes after the step's own (a registration that then recurs has both).
      let start = try #require(svg.range(of: "<g class=\"row duty"))
      let points = try elements("path", ofRow: duty.id, in: String(svg[start.lowerBound...]))
        .filter { $0.attributes["class"] == "point" }
      #expect(points.compactMap { $0.attributes["data-day"] } == row.occurrences.map(\.iso), "\(duty.id)")
    }
  }

  @Test("a step whose rule sets a window carries it, with an open end at its own bar")
  func windows() throws {
    for example in ["foodtruck-goteborg", "restaurang-malmo", "kafe-umea"] {
      let plan = try Profile(example: example, language: .sv).plan()
      let layout = TimelineLayout(plan: plan, language: .sv)
      for e in plan.entries where e.step.kind != .milestone {
        let row = try #require(layout.rows.first { $0.id == e.step.id })
        if let w = e.window, w.earliest != nil || w.latest != nil {
          #expect(row.window?.from == (w.earliest ?? row.bar.from), "\(example) \(e.step.id)")
          #expect(row.window?.to == (w.latest ?? row.bar.to), "\(example) \(e.step.id)")
        } else {
          #expect(row.window == nil, "\(example) \(e.step.id)")
        }
      }
    }
  }

  @Test("labels in both languages; the picture is deterministic")
  func languages() throws {
    let (_, _, sv) = try restaurant(.sv)
    let (_, _, en) = try restaurant(.en)
    #expect(sv.render().contains(">idag 2026-11-22<"))
    #expect(en.render().contains(">today 2026-11-22<"))
    #expect(sv.render().contains(">dec 2026<"))
    #expect(en.render().contains(">Dec 2026<"))
    #expect(sv.render() == sv.render())
  }
}

@Suite("Timeline: the same layout, week by week for the terminal")
struct TimelineWeekTests {
  @Test("a step's bar covers the weeks from its start to its expected decision; the critical path has its own glyph")
  func bars() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let layout = TimelineLayout(plan: plan, language: .sv)
    for row in layout.rows where row.kind == .step {
      let marks = layout.weekMarks(row, count: layout.weekCount)
      let barMark: TimelineLayout.WeekMark = row.critical ? .critical : row.check ? .check : .bar
      let from = layout.week(of: row.bar.from)
      let to = layout.week(of: row.bar.to)
      for w in from...to where marks[w] != .sendBy {
        #expect(marks[w] == barMark, "\(row.id) week \(w)")
      }
      #expect(
        !marks.enumerated().contains { $0.element == barMark && ($0.offset < from || $0.offset > to) }, "\(row.id)")
      if let s = row.sendBy { #expect(marks[layout.week(of: s)] == .sendBy) }
    }
    let glyphs = Set([TimelineLayout.WeekMark.critical, .bar, .check].map(\.glyph))
    #expect(glyphs.count == 3)
  }

  @Test("a rule's window shows in the weeks around a step's bar, the bar drawn over it")
  func windowWeeks() throws {
    let plan = try Profile(example: "kafe-umea", language: .sv).plan()
    let layout = TimelineLayout(plan: plan, language: .sv)
    let row = try #require(layout.rows.first { $0.window != nil })
    let w = try #require(row.window)
    let marks = layout.weekMarks(row, count: layout.weekCount)
    let barWeeks = layout.week(of: row.bar.from)...layout.week(of: row.bar.to)
    for week in layout.week(of: w.from)...layout.week(of: w.to) where !barWeeks.contains(week) {
      #expect([.window, .sendBy, .latest, .latestEnd].contains(marks[week]), "week \(week)")
    }
    #expect(marks[layout.week(of: row.bar.from)] != .window)
    #expect(TimelineLayout.WeekMark.window.glyph != TimelineLayout.WeekMark.bar.glyph)
  }

  @Test("today, the opening and a window of weeks")
  func markers() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let layout = TimelineLayout(plan: plan, language: .sv)
    let opening = try #require(layout.rows.last { $0.kind == .milestone })
    let marks = layout.weekMarks(opening, count: layout.weekCount)
    #expect(marks[layout.week(of: plan.plannedOpening)] == .opening)
    #expect(marks[layout.week(of: plan.today)] == .today)
    // A window that starts later shows the same weeks shifted.
    let shifted = layout.weekMarks(opening, from: 4, count: 10)
    #expect(shifted.count == 10)
    #expect(Array(marks[4..<14]) == shifted)
    #expect(layout.weekMarks(opening, count: 0).isEmpty)
  }
}

extension TimelineWeekTests {
  @Test("a window of weeks after a bar, or before it, shows none of it")
  func outside() throws {
    let plan = try Profile(example: "restaurang-malmo", language: .sv).plan()
    let layout = TimelineLayout(plan: plan, language: .sv)
    let first = try #require(
      layout.rows.first {
        $0.kind == .step && $0.latestDecision == nil && $0.sendBy == nil && $0.window == nil
      })
    let after = layout.week(of: max(first.bar.to, plan.today, plan.plannedOpening)) + 1
    #expect(layout.weekMarks(first, from: after, count: 3).allSatisfy { $0 == .empty })
    #expect(layout.weekMarks(first, from: -5, count: 2).allSatisfy { $0 == .empty })
  }
}
