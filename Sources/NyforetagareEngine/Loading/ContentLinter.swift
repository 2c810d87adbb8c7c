/// Checks a loaded landscape across files: references, cycles, sources and dated figures.
enum ContentLinter {
  static func check(_ landscape: Landscape, sink: DiagnosticSink) {
    let stepIDs = Set(landscape.steps.map(\.id))
    for question in landscape.questions {
      if let c = question.askedWhen {
        checkCondition(c, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: false)
      }
    }
    for (i, question) in landscape.questions.enumerated() {
      for id in questionRefs(question.askedWhen) {
        if let j = landscape.questions.firstIndex(where: { $0.id == id }), j >= i {
          sink.error(
            "question '\(question.id)' is asked when '\(id)' is answered, but '\(id)' comes later in the interview",
            at: question.location)
        }
      }
    }
    for step in landscape.steps {
      checkStep(step, landscape: landscape, stepIDs: stepIDs, sink: sink)
    }
    if let milestone = landscape.step("oppning") {
      if milestone.kind != .milestone {
        sink.error("step 'oppning' must be of kind milestone", at: milestone.location)
      }
    } else {
      sink.error("there is no step 'oppning' (the opening day milestone)", at: nil)
    }
    for item in landscape.dataItems where !landscape.steps.contains(where: { $0.data.contains(item.id) }) {
      sink.warning("data item '\(item.id)' is not asked for by any step", at: item.location)
    }
    checkCycles(landscape, sink: sink)
    checkProfiles(landscape, stepIDs: stepIDs, sink: sink)
    checkScreens(landscape, sink: sink)
    FounderTextLinter.check(sink.founderTexts, landscape: landscape, sink: sink)
    FigureLinter.check(landscape, sink: sink)
  }

  static func checkStep(_ step: Step, landscape: Landscape, stepIDs: Set<String>, sink: DiagnosticSink) {
    if landscape.actors[step.actor] == nil {
      sink.error("unknown actor '\(step.actor)'", at: step.location)
    }
    for req in step.requires {
      if !stepIDs.contains(req.step) {
        sink.error("unknown step '\(req.step)' in requires", at: req.location)
      } else if req.step == step.id {
        sink.error("step '\(step.id)' requires itself", at: req.location)
      }
      if let c = req.when { checkCondition(c, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: true) }
    }
    TimingLint.check(step, landscape: landscape, stepIDs: stepIDs, sink: sink)
    if let c = step.appliesWhen {
      checkCondition(c, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: true)
    }
    if let c = step.doneWhen { checkCondition(c, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: true) }
    for item in step.data where landscape.dataItem(item) == nil {
      sink.error("unknown data item '\(item)' in data", at: step.location)
    }
    if Set(step.data).count != step.data.count {
      sink.error("a data item is listed twice in data", at: step.location)
    }
    if step.legalBasis.isEmpty && step.legalBasisNone == nil {
      sink.error("step '\(step.id)' has no legal_basis (or legal_basis_none saying why)", at: step.location)
    }
    if step.sources.isEmpty {
      sink.error("step '\(step.id)' has no sources (at least one URL)", at: step.location)
    }
    for source in step.sources where !isURL(source) {
      sink.error("source '\(source)' is not an http(s) URL", at: step.location)
    }
    for ref in step.legalBasis {
      if let url = ref.url, !isURL(url) {
        sink.error("legal_basis url '\(url)' is not an http(s) URL", at: step.location)
      }
    }
    if step.certainty == .uncertain && step.uncertainty == nil {
      sink.error("step '\(step.id)' is uncertain but has no 'uncertainty' saying what", at: step.location)
    }
    if let h = step.timing.handling {
      checkDated(h.year, h.source, what: "handling time", at: h.location ?? step.location, sink: sink)
    }
    if let f = step.fee, f.countedAmount != nil || f.max != nil {
      checkDated(f.year, f.source, what: "fee", at: f.location ?? step.location, sink: sink)
    }
    if let e = step.apply?.eService, !isURL(e) {
      sink.error("e_service '\(e)' is not an http(s) URL", at: step.location)
    }
    if (step.kind == .permit || step.kind == .registration) && step.timing.handling == nil {
      sink.warning("step '\(step.id)' has no handling_days; the plan counts it as 0 days", at: step.location)
    }
  }

  static func checkDated(
    _ year: Int?, _ source: String?, what: String, at location: SourceLocation, sink: DiagnosticSink
  ) {
    if year == nil && source == nil {
      sink.warning("\(what) without year and source", at: location)
    } else if year == nil {
      sink.warning("\(what) without year", at: location)
    } else if source == nil {
      sink.warning("\(what) without source", at: location)
    }
    if let year, !(2000...2100).contains(year) {
      sink.error("\(what): year \(year) is not a plausible year", at: location)
    }
  }

  static func isURL(_ text: String) -> Bool {
    (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ") && text.count > 10
  }

  static func checkCondition(
    _ condition: Condition, landscape: Landscape, stepIDs: Set<String>, sink: DiagnosticSink,
    allowSteps: Bool
  ) {
    switch condition {
    case .always: return
    case .all(let parts), .any(let parts):
      parts.forEach { checkCondition($0, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: allowSteps) }
    case .not(let inner):
      checkCondition(inner, landscape: landscape, stepIDs: stepIDs, sink: sink, allowSteps: allowSteps)
    case .step(let id, let location):
      if !allowSteps {
        sink.error("a question's asked_when or a data item's applies_when cannot refer to a step", at: location)
      } else if !stepIDs.contains(id) {
        sink.error("unknown step '\(id)' in condition", at: location)
      }
    case .question(let test):
      guard let question = landscape.question(test.question) else {
        sink.error("unknown question '\(test.question)' in condition", at: test.location)
        return
      }
      checkTest(test, question: question, sink: sink)
    }
  }

  static func checkTest(_ test: QuestionTest, question: Question, sink: DiagnosticSink) {
    let allowed = question.values.map(\.id).joined(separator: ", ")
    switch (test.test, question.kind) {
    case (.equals(.string(let v)), .choice), (.equals(.string(let v)), .kommun):
      if question.kind == .choice && question.value(v) == nil {
        sink.error("'\(v)' is not a value of question '\(question.id)' (allowed: \(allowed))", at: test.location)
      }
    case (.equals(.bool), .bool): return
    case (.equals(.number), .integer), (.equals(.number), .number): return
    case (.oneOf(let values), .choice):
      for v in values where question.value(v) == nil {
        sink.error("'\(v)' is not a value of question '\(question.id)' (allowed: \(allowed))", at: test.location)
      }
    case (.oneOf, .kommun): return
    case (.above, .integer), (.above, .number), (.atLeast, .integer), (.atLeast, .number),
      (.below, .integer), (.below, .number):
      return
    case (.notEmpty, .kommunList), (.notEmpty, .stepList): return
    default:
      sink.error(
        "this test does not fit question '\(question.id)' of type \(question.kind.rawValue)",
        at: test.location)
    }
  }

  static func questionRefs(_ condition: Condition?) -> [String] {
    guard let condition else { return [] }
    switch condition {
    case .always, .step: return []
    case .all(let parts), .any(let parts): return parts.flatMap { questionRefs($0) }
    case .not(let inner): return questionRefs(inner)
    case .question(let test): return [test.question]
    }
  }

  static func stepRefs(_ condition: Condition?) -> [(String, SourceLocation)] {
    guard let condition else { return [] }
    switch condition {
    case .always, .question: return []
    case .all(let parts), .any(let parts): return parts.flatMap { stepRefs($0) }
    case .not(let inner): return stepRefs(inner)
    case .step(let id, let location): return [(id, location)]
    }
  }

  /// Reports cycles in `requires` (between events: a step may wait for another step's sending
  /// in while that one's decision waits for it) and in step conditions, each with its path.
  static func checkCycles(_ landscape: Landscape, sink: DiagnosticSink) {
    var requireEdges: [String: [String]] = [:]
    var conditionEdges: [String: [String]] = [:]
    for step in landscape.steps {
      // Event nodes "id>submitted" and "id>decided"; each decision waits for its own sending in.
      requireEdges[step.id + ">decided", default: []].append(step.id + ">submitted")
      for req in step.requires where landscape.step(req.step) != nil {
        requireEdges[step.id + ">" + req.gates.rawValue, default: []].append(req.step + ">" + req.event.rawValue)
      }
      conditionEdges[step.id] = (stepRefs(step.appliesWhen) + stepRefs(step.doneWhen)).map(\.0)
        .filter { landscape.step($0) != nil }
    }
    for cycle in findCycles(requireEdges) {
      var ids: [String] = []
      for node in cycle {
        let id = String(node.prefix { $0 != ">" })
        if ids.last != id { ids.append(id) }
      }
      if ids.count > 1, ids.first == ids.last { ids.removeLast() }
      let path = (ids + [ids[0]]).joined(separator: " → ")
      sink.error("dependency cycle: \(path)", at: landscape.step(ids[0])?.location)
    }
    for cycle in findCycles(conditionEdges) {
      let path = (cycle + [cycle[0]]).joined(separator: " → ")
      sink.error("cycle in applies_when: \(path)", at: landscape.step(cycle[0])?.location)
    }
  }

  /// Finds cycles by depth-first search; each cycle is reported once, from its smallest id.
  static func findCycles(_ edges: [String: [String]]) -> [[String]] {
    var state: [String: Int] = [:]  // 1 = on stack, 2 = done
    var stack: [String] = []
    var found: [[String]] = []
    var seenKeys: Set<String> = []
    func visit(_ node: String) {
      state[node] = 1
      stack.append(node)
      for next in edges[node] ?? [] {
        if state[next] == 1, let start = stack.firstIndex(of: next) {
          var cycle = Array(stack[start...])
          if let minIndex = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) {
            cycle = Array(cycle[minIndex...] + cycle[..<minIndex])
          }
          let key = cycle.joined(separator: ">")
          if seenKeys.insert(key).inserted { found.append(cycle) }
        } else if state[next] == nil {
          visit(next)
        }
      }
      stack.removeLast()
      state[node] = 2
    }
    for node in edges.keys.sorted() where state[node] == nil { visit(node) }
    return found
  }

  static func checkProfiles(_ landscape: Landscape, stepIDs: Set<String>, sink: DiagnosticSink) {
    for profile in landscape.profiles.values.sorted(by: { $0.kommun < $1.kommun }) {
      if landscape.kommun(named: profile.kommun) == nil {
        sink.error("unknown kommun '\(profile.kommun)' in profile", at: profile.location)
      }
      if profile.sources.isEmpty {
        sink.error("profile for \(profile.kommun) has no sources", at: profile.location)
      }
      for (stepID, o) in profile.steps.sorted(by: { $0.key < $1.key }) {
        if !stepIDs.contains(stepID) {
          sink.error("unknown step '\(stepID)' in the profile for \(profile.kommun)", at: o.location)
        }
        if let h = o.handling {
          checkDated(h.year, h.source, what: "handling time", at: h.location ?? o.location, sink: sink)
        }
        if let f = o.fee { checkDated(f.year, f.source, what: "fee", at: f.location ?? o.location, sink: sink) }
        if let e = o.eService, !isURL(e) { sink.error("e_service '\(e)' is not an http(s) URL", at: o.location) }
        TimingLint.checkSeasons(o.seasons, sink: sink)
        if let step = landscape.step(stepID) {
          TimingLint.checkOverrideWindow(o.window, step: step, stepIDs: stepIDs, sink: sink)
        }
      }
    }
    if landscape.kommuner.isEmpty {
      sink.error("no kommuner are defined (kommuner/kommuner.yaml)", at: nil)
    }
  }
}
