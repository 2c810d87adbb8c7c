import Foundation

/// Checks whose figure each fee and handling time is (that each says so is checked as it is
/// read): an example names a real kommun, a figure marked national belongs to a state authority's step
/// (a kommun's office, a räddningstjänst, a region or a private party sets no national figure)
/// and does not come from one kommun's own web site.
enum FigureLinter {
  static func check(_ landscape: Landscape, sink: DiagnosticSink) {
    checkDataItems(landscape, sink: sink)
    checkPerKommun(landscape, sink: sink)
    let hosts = landscape.kommuner.map { (name: $0.name, label: hostLabel($0.name)) }
    for step in landscape.steps {
      let level = landscape.actors[step.actor]?.level
      var figures: [(String, FigureScope?, String?, String?, SourceLocation?)] = []
      if let h = step.timing.handling { figures.append(("handling time", h.scope, h.kommun, h.source, h.location)) }
      if let f = step.fee { figures.append(("fee", f.scope, f.kommun, f.source, f.location)) }
      for (what, scope, kommun, source, location) in figures {
        let at = location ?? step.location
        if scope == .national, let level, level != .state {
          sink.warning(
            "the \(what) is marked national but the step's actor '\(step.actor)' is at level "
              + "\(level.rawValue): only a state authority's figure is national; use scope: estimate "
              + "(say in maintainer_note what it rests on) or example with kommun:",
            at: at)
        }
        if scope == .example, let kommun, landscape.kommun(named: kommun) == nil {
          sink.error("the \(what)'s example kommun '\(kommun)' is not one of the 290", at: at)
        }
        if scope == .national, let source, let host = URL(string: source)?.host?.lowercased() {
          let labels = host.split(separator: ".").map(String.init)
          if let owner = hosts.first(where: { labels.contains($0.label) }) {
            sink.warning(
              "the \(what) is marked national but its source is \(owner.name)'s own site; "
                + "use scope: example with kommun: \(owner.name), or scope: estimate",
              at: at)
          }
        }
      }
    }
  }

  /// A step made per kommun names a `kommun_list` question.
  static func checkPerKommun(_ landscape: Landscape, sink: DiagnosticSink) {
    for step in landscape.steps {
      guard let rule = step.perKommun else { continue }
      guard let q = landscape.question(rule.question) else {
        sink.error("step '\(step.id)': per_kommun names unknown question '\(rule.question)'", at: rule.location)
        continue
      }
      if q.kind != .kommunList {
        sink.error(
          "step '\(step.id)': per_kommun needs a kommun_list question, '\(q.id)' is \(q.kind.rawValue)",
          at: rule.location)
      }
    }
  }

  /// A data item's condition refers to questions only, and `from_answer` to a real question.
  static func checkDataItems(_ landscape: Landscape, sink: DiagnosticSink) {
    for item in landscape.dataItems {
      if let c = item.appliesWhen {
        ContentLinter.checkCondition(c, landscape: landscape, stepIDs: [], sink: sink, allowSteps: false)
      }
      if let q = item.fromAnswer, landscape.question(q) == nil {
        sink.error("data item '\(item.id)': from_answer names unknown question '\(q)'", at: item.location)
      }
    }
  }

  /// A kommun's name as it appears in its web address: "Göteborg" → "goteborg",
  /// "Upplands-Bro" → "upplands-bro", "Östra Göinge" → "ostragoinge".
  static func hostLabel(_ name: String) -> String {
    var out = ""
    for c in name.lowercased() {
      switch c {
      case "å", "ä": out.append("a")
      case "ö": out.append("o")
      case "é": out.append("e")
      case "ü": out.append("u")
      case " ": continue
      default: out.append(c)
      }
    }
    return out
  }
}
