import Yams

/// Collects diagnostics while content is read (a reference so readers can share it).
final class DiagnosticSink {
  var diagnostics = Diagnostics()
  /// Every founder-facing text read, with where it is (checked by ``FounderTextLinter``).
  var founderTexts: [FounderText] = []

  func error(_ message: String, at location: SourceLocation?) {
    diagnostics.error(message, at: location)
  }

  func warning(_ message: String, at location: SourceLocation?) {
    diagnostics.warning(message, at: location)
  }
}

/// Reads one YAML mapping strictly: typed values, locations, and an error for every key that
/// was not read.
final class NodeReader {
  let mapping: Node.Mapping
  let file: String
  let sink: DiagnosticSink
  let what: String
  let location: SourceLocation
  private var used: Set<String> = []
  /// The values by key text: Yams' own lookup compares nodes one by one.
  private var values: [String: Node] = [:]

  /// Wraps a node, or reports that it is not a mapping and returns nil.
  init?(_ node: Node, file: String, what: String, sink: DiagnosticSink) {
    self.file = file
    self.sink = sink
    self.what = what
    self.location = NodeReader.location(of: node, in: file)
    guard case .mapping(let mapping) = node else {
      sink.error("expected a mapping for \(what)", at: location)
      return nil
    }
    self.mapping = mapping
    for (key, value) in mapping {
      if let text = key.scalar?.string, values[text] == nil { values[text] = value }
    }
  }

  static func location(of node: Node, in file: String) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func location(of node: Node) -> SourceLocation { NodeReader.location(of: node, in: file) }

  /// The keys present in the mapping, in order.
  var keys: [String] { mapping.keys.compactMap { $0.scalar?.string } }

  /// The node at a key, marking it read.
  func node(_ key: String) -> Node? {
    used.insert(key)
    return values[key]
  }

  /// Whether a key is present (marks it read).
  func has(_ key: String) -> Bool { node(key) != nil }

  /// Where the key is written (or the mapping, if absent).
  func keyLocation(_ key: String) -> SourceLocation {
    for (k, _) in mapping where k.scalar?.string == key { return location(of: k) }
    return location
  }

  func string(_ key: String, required: Bool = false) -> String? {
    guard let node = node(key) else {
      if required { sink.error("\(what) lacks '\(key)'", at: location) }
      return nil
    }
    guard case .scalar(let scalar) = node, !scalar.string.isEmpty || scalar.style != .plain else {
      sink.error("'\(key)' must be text", at: location(of: node))
      return nil
    }
    return scalar.string
  }

  func int(_ key: String, required: Bool = false, minimum: Int? = 0) -> Int? {
    guard let node = node(key) else {
      if required { sink.error("\(what) lacks '\(key)'", at: location) }
      return nil
    }
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      sink.error(
        "'\(key)' must be a whole number, not '\(Echo.quote(node.scalar?.string ?? "…"))'",
        at: location(of: node))
      return nil
    }
    if let minimum, value < minimum {
      sink.error("'\(key)' must be at least \(minimum), not \(value)", at: location(of: node))
      return nil
    }
    let (range, unit) = NodeReader.saneRange(forKey: key)
    guard range.contains(value) else {
      sink.error(
        "'\(key)' is \(value); \(unit) must be from \(range.lowerBound) to \(range.upperBound) (a typing error?)",
        at: location(of: node))
      return nil
    }
    return value
  }

  /// The range a whole number in content may take, by what its key says it counts: days (at most
  /// ten years), kronor (at most 100 million), a year; anything else at most a billion. No sum or
  /// date the planner makes from such numbers can overflow.
  static func saneRange(forKey key: String) -> (ClosedRange<Int>, String) {
    if key == "year" || key.hasSuffix("_year") { return (1900...2200, "a year") }
    if key.hasSuffix("_sek") || key.hasSuffix("_kronor") { return (-100_000_000...100_000_000, "an amount in kronor") }
    if key == "days" || key.hasSuffix("_days") || ["min", "max", "typical"].contains(key) {
      return (-3_650...3_650, "a number of days")
    }
    if key.hasSuffix("_weeks") { return (-520...520, "a number of weeks") }
    if key.hasSuffix("_months") { return (-120...120, "a number of months") }
    return (-1_000_000_000...1_000_000_000, "a whole number")
  }

  func double(_ key: String) -> Double? {
    guard let node = node(key) else { return nil }
    guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite,
      abs(value) <= 1e12
    else {
      sink.error("'\(key)' must be a number (at most 10^12)", at: location(of: node))
      return nil
    }
    return value
  }

  func bool(_ key: String) -> Bool? {
    guard let node = node(key) else { return nil }
    guard let value = NodeReader.bool(node) else {
      sink.error("'\(key)' must be true or false", at: location(of: node))
      return nil
    }
    return value
  }

  static func bool(_ node: Node) -> Bool? {
    guard case .scalar(let scalar) = node else { return nil }
    switch scalar.string {
    case "true", "True", "TRUE", "yes", "Yes": return true
    case "false", "False", "FALSE", "no", "No": return false
    default: return nil
    }
  }

  func localized(_ key: String, required: Bool = false) -> LocalizedText? {
    guard let node = node(key) else {
      if required { sink.error("\(what) lacks '\(key)' (with sv: and en:)", at: location) }
      return nil
    }
    return localized(node, key: key)
  }

  func localized(_ node: Node, key: String) -> LocalizedText? {
    guard let reader = NodeReader(node, file: file, what: "'\(key)'", sink: sink) else {
      return nil
    }
    let sv = reader.string("sv", required: true)
    let en = reader.string("en", required: true)
    reader.finish()
    guard let sv, let en else { return nil }
    for (language, text) in [("sv", sv), ("en", en)] {
      let at = reader.values[language].map { reader.location(of: $0) } ?? reader.location
      sink.founderTexts.append(FounderText(key: key, language: language, text: text, location: at))
    }
    return LocalizedText(sv: sv, en: en)
  }

  /// Reads `maintainer_note`: a plain string for maintainers, never shown to the founder and
  /// not kept in the landscape.
  func maintainerNote() {
    _ = string("maintainer_note")
  }

  func sequence(_ key: String) -> [Node]? {
    guard let node = node(key) else { return nil }
    guard case .sequence(let seq) = node else {
      sink.error("'\(key)' must be a list", at: location(of: node))
      return nil
    }
    return Array(seq)
  }

  func stringList(_ key: String) -> [String]? {
    guard let nodes = sequence(key) else { return nil }
    var result: [String] = []
    for node in nodes {
      if case .scalar(let scalar) = node {
        result.append(scalar.string)
      } else {
        sink.error("'\(key)' must be a list of text", at: location(of: node))
      }
    }
    return result
  }

  func localizedList(_ key: String) -> [LocalizedText]? {
    guard let nodes = sequence(key) else { return nil }
    return nodes.compactMap { localized($0, key: key) }
  }

  func child(_ key: String, what: String, required: Bool = false) -> NodeReader? {
    guard let node = node(key) else {
      if required { sink.error("\(self.what) lacks '\(key)'", at: location) }
      return nil
    }
    return NodeReader(node, file: file, what: what, sink: sink)
  }

  /// Reports every key that was not read.
  func finish(allowed extra: [String] = []) {
    for (keyNode, _) in mapping {
      let key = keyNode.scalar?.string ?? "?"
      if !used.contains(key) && !extra.contains(key) {
        let allowed = (Array(used) + extra).sorted().joined(separator: ", ")
        sink.error(
          "unknown key '\(Echo.quote(key))' in \(what) (allowed: \(allowed))", at: location(of: keyNode))
      }
    }
  }
}
