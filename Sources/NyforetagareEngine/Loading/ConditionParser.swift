import Yams

/// Reads a ``Condition`` from YAML.
enum ConditionParser {
  static let testKeys = ["is", "in", "above", "at_least", "below", "not_empty"]

  static func parse(_ node: Node, file: String, sink: DiagnosticSink) -> Condition? {
    let location = NodeReader.location(of: node, in: file)
    if case .scalar(let scalar) = node {
      if scalar.string == "always" { return .always }
      sink.error(
        "a condition is 'always' or a mapping (question/step/all/any/not), not '\(Echo.quote(scalar.string))'",
        at: location)
      return nil
    }
    guard let reader = NodeReader(node, file: file, what: "condition", sink: sink) else {
      return nil
    }
    let keys = reader.keys
    if keys.contains("all") || keys.contains("any") {
      let key = keys.contains("all") ? "all" : "any"
      guard let parts = reader.sequence(key) else {
        reader.finish()
        return nil
      }
      if parts.isEmpty { sink.error("'\(key)' needs at least one condition", at: location) }
      let conditions = parts.compactMap { parse($0, file: file, sink: sink) }
      reader.finish()
      return key == "all" ? .all(conditions) : .any(conditions)
    }
    if keys.contains("not") {
      guard let inner = reader.node("not") else { return nil }
      reader.finish()
      return parse(inner, file: file, sink: sink).map { .not($0) }
    }
    if keys.contains("step") {
      let id = reader.string("step", required: true)
      reader.finish()
      return id.map { .step($0, location) }
    }
    guard let question = reader.string("question") else {
      sink.error(
        "a condition needs 'question', 'step', 'all', 'any' or 'not' (found: \(keys.joined(separator: ", ")))",
        at: location)
      return nil
    }
    let present = testKeys.filter { keys.contains($0) }
    guard present.count == 1, let key = present.first, let valueNode = reader.node(key) else {
      sink.error(
        "a question condition needs exactly one of: \(testKeys.joined(separator: ", "))",
        at: location)
      reader.finish(allowed: testKeys)
      return nil
    }
    reader.finish()
    let valueLocation = NodeReader.location(of: valueNode, in: file)
    let test: QuestionTest.Test
    switch key {
    case "is":
      guard case .scalar(let scalar) = valueNode else {
        sink.error("'is' takes one value", at: valueLocation)
        return nil
      }
      if scalar.style == .plain, let b = NodeReader.bool(valueNode) {
        test = .equals(.bool(b))
      } else if scalar.style == .plain, let n = Double(scalar.string) {
        test = .equals(.number(n))
      } else {
        test = .equals(.string(scalar.string))
      }
    case "in":
      guard case .sequence(let seq) = valueNode else {
        sink.error("'in' takes a list of values", at: valueLocation)
        return nil
      }
      test = .oneOf(seq.compactMap { $0.scalar?.string })
    case "not_empty":
      guard let b = NodeReader.bool(valueNode) else {
        sink.error("'not_empty' takes true or false", at: valueLocation)
        return nil
      }
      test = .notEmpty(b)
    default:
      guard let n = valueNode.scalar.flatMap({ Double($0.string) }) else {
        sink.error("'\(key)' takes a number", at: valueLocation)
        return nil
      }
      test = key == "above" ? .above(n) : key == "at_least" ? .atLeast(n) : .below(n)
    }
    return .question(QuestionTest(question: question, test: test, location: location))
  }
}
