import Yams

/// Reading the interview's screens (`screens:` in a file under `questions/`) and the
/// interview-only fields of a question (`plan_input`, `units`).
extension LandscapeParser {
  /// Whether a file's root is a screens file (a mapping with `screens:`).
  static func isScreensFile(_ root: Node) -> Bool {
    guard case .mapping(let m) = root else { return false }
    return m.keys.contains { $0.scalar?.string == "screens" }
  }

  mutating func readScreens(_ root: Node, file: String) {
    guard let r = NodeReader(root, file: file, what: "file", sink: sink) else { return }
    let nodes = r.sequence("screens") ?? []
    r.finish()
    for node in nodes { readScreen(node, file: file) }
  }

  mutating func readScreen(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "screen", sink: sink) else { return }
    let id = r.string("id", required: true)
    let kindText = r.string("kind", required: true)
    let title = r.localized("title")
    let help = r.localized("help")
    let gate = r.localized("gate")
    let detailTitle = r.localized("detail_title")
    let placeText = r.string("place")
    let host = r.string("host")
    let box = r.localized("box")
    var items: [Screen.Item] = []
    if let single = r.string("question") {
      items.append(Screen.Item(question: single, location: r.keyLocation("question")))
    }
    for itemNode in r.sequence("items") ?? [] {
      guard let ir = NodeReader(itemNode, file: file, what: "screen item", sink: sink) else { continue }
      let question = ir.string("question", required: true)
      let value = ir.string("value")
      let label = ir.localized("label")
      ir.finish()
      if let question {
        items.append(Screen.Item(question: question, value: value, label: label, location: ir.location))
      }
    }
    var otherwise: [String: String] = [:]
    if let o = r.child("otherwise", what: "'otherwise'") {
      for key in o.keys { if let v = o.string(key) { otherwise[key] = v } }
      o.finish()
    }
    var whenNo: [(String, String, SourceLocation)] = []
    if let w = r.child("when_no", what: "'when_no'") {
      for key in w.keys { if let v = w.string(key) { whenNo.append((key, v, w.keyLocation(key))) } }
      w.finish()
    }
    var notes: [Screen.Note] = []
    for noteNode in r.sequence("notes") ?? [] {
      guard let nr = NodeReader(noteNode, file: file, what: "note", sink: sink) else { continue }
      let text = nr.localized("text", required: true)
      var when: Condition?
      if let c = nr.node("when") {
        when = ConditionParser.parse(c, file: file, sink: sink)
      } else {
        sink.error("note lacks 'when'", at: nr.location)
      }
      nr.finish()
      if let text, let when { notes.append(Screen.Note(when: when, text: text)) }
    }
    r.finish()
    var kind: Screen.Kind?
    if let kindText {
      kind = Screen.Kind(rawValue: kindText)
      if kind == nil {
        sink.error(
          "unknown screen kind '\(kindText)' (allowed: \(Screen.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
          at: r.keyLocation("kind"))
      }
    }
    var placement = Screen.Placement.ranked
    if let placeText {
      if let p = Screen.Placement(rawValue: placeText) {
        placement = p
      } else {
        sink.error(
          "unknown place '\(placeText)' (allowed: \(Screen.Placement.allCases.map(\.rawValue).joined(separator: ", ")))",
          at: r.keyLocation("place"))
      }
    }
    if items.isEmpty { sink.error("a screen needs 'question' or 'items'", at: r.location) }
    if kind == .gate && gate == nil { sink.error("a gate screen needs 'gate' (the yes/no question)", at: r.location) }
    if kind != .gate && (gate != nil || !whenNo.isEmpty || detailTitle != nil || host != nil || box != nil) {
      sink.error("only a gate screen has 'gate', 'when_no', 'detail_title', 'host' and 'box'", at: r.location)
    }
    if host != nil && box == nil { sink.error("a gate with a 'host' needs 'box' (the box's label)", at: r.location) }
    if kind != .checklist && !otherwise.isEmpty {
      sink.error("only a checklist has 'otherwise'", at: r.keyLocation("otherwise"))
    }
    if kind == .question && items.count != 1 {
      sink.error("a question screen asks exactly one question", at: r.location)
    }
    if kind != .question && title == nil { sink.error("screen lacks 'title' (with sv: and en:)", at: r.location) }
    guard let id, let kind, unique("screen", id, at: r.location) else { return }
    let fallbackTitle = LocalizedText(sv: id, en: id)
    pendingWhenNo.append(contentsOf: whenNo.map { (screens.count, $0.0, $0.1, $0.2) })
    screens.append(
      Screen(
        id: id, kind: kind, title: title ?? fallbackTitle, help: help, items: items, otherwise: otherwise,
        gate: gate, detailTitle: detailTitle, whenNo: [:], host: host, box: box, placement: placement, notes: notes,
        location: r.location))
  }

  /// Reads `plan_input` and `units` of a question.
  func readQuestionExtras(_ r: NodeReader) -> (planInput: Bool, units: [Question.Unit]) {
    let planInput = r.bool("plan_input") ?? false
    var units: [Question.Unit] = []
    for node in r.sequence("units") ?? [] {
      guard let ur = NodeReader(node, file: r.file, what: "unit", sink: sink) else { continue }
      let names = ur.stringList("names") ?? []
      let factor = ur.double("factor")
      let label = ur.localized("label", required: true)
      let source = ur.string("source")
      ur.finish()
      if names.isEmpty { sink.error("a unit needs 'names'", at: ur.location) }
      guard let factor, factor > 0 else {
        sink.error("a unit needs a 'factor' above 0", at: ur.location)
        continue
      }
      if let label, !names.isEmpty {
        units.append(Question.Unit(names: names, factor: factor, label: label, source: source))
      }
    }
    return (planInput, units)
  }

  /// Screens with their `when_no` answers checked against the questions (known only at the end).
  func resolvedScreens(_ landscape: Landscape) -> [Screen] {
    var result = screens
    for (i, screen) in result.enumerated() where screen.kind == .question {
      if screen.title.sv == screen.id, let q = screen.items.first.flatMap({ landscape.question($0.question) }) {
        result[i].title = q.label
      }
    }
    for (index, id, text, location) in pendingWhenNo {
      guard let question = landscape.question(id) else {
        sink.error("unknown question '\(id)' in when_no", at: location)
        continue
      }
      switch AnswerValidator.parse(text, for: question, landscape: landscape) {
      case .success(let value): result[index].whenNo[id] = value
      case .failure(let message): sink.error("when_no: \(message.text)", at: location)
      }
    }
    return result
  }
}
