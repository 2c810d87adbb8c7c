import Foundation
import Yams

/// Reads and validates an answers file: a mapping from question id to value, and an optional
/// `data:` section with the founder's data items.
public enum AnswerParser {
  /// Parses answers text; every problem is a diagnostic naming the id, the value and what is
  /// allowed. Throws the diagnostics when there is any error.
  public static func parse(_ text: String, file: String, landscape: Landscape) throws(AnswerErrors)
    -> (Answers, FounderData)
  {
    var diagnostics = Diagnostics()
    if let violation = YAMLGuard.check(text) {
      diagnostics.error(
        violation.message, at: SourceLocation(file: file, line: violation.line, column: violation.column))
      throw AnswerErrors(diagnostics: diagnostics)
    }
    let root: Node?
    do {
      // The basic resolver: every scalar stays text (the validators read them); the default one
      // matches regular expressions against every scalar (slow on large files).
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      let (line, column, problem) = YAMLProblem.describe(error, in: text)
      diagnostics.error("not valid YAML: \(problem)", at: SourceLocation(file: file, line: line, column: column))
      throw AnswerErrors(diagnostics: diagnostics)
    } catch {
      diagnostics.error(
        "not valid YAML: \(Echo.quote("\(error)", limit: 200))", at: SourceLocation(file: file, line: 1, column: 1))
      throw AnswerErrors(diagnostics: diagnostics)
    }
    guard let root else { return (Answers(), FounderData()) }
    guard case .mapping(let mapping) = root else {
      diagnostics.error(
        "the answers file must be a mapping from question id to value",
        at: NodeReader.location(of: root, in: file))
      throw AnswerErrors(diagnostics: diagnostics)
    }
    var answers = Answers()
    var data = FounderData()
    for (keyNode, valueNode) in mapping {
      let key = keyNode.scalar?.string ?? ""
      let location = NodeReader.location(of: keyNode, in: file)
      if diagnostics.all.count >= InputLimits.diagnosticsPerFile {
        diagnostics.error(TextCheck.tooManyProblems, at: location)
        break
      }
      if key == "data" {
        parseData(valueNode, file: file, landscape: landscape, into: &data, diagnostics: &diagnostics)
        continue
      }
      guard let question = landscape.question(key) else {
        let known = landscape.questions.map(\.id).joined(separator: ", ")
        diagnostics.error("unknown question id '\(Echo.quote(key))' (known: \(known), data)", at: location)
        continue
      }
      if case .scalar(let s) = valueNode, s.style == .plain, s.string.isEmpty || s.string == "~" || s.string == "null" {
        continue  // an explicit null is "unknown"
      }
      switch AnswerValidator.value(for: question, node: valueNode, landscape: landscape) {
      case .success(let value): answers[key] = value
      case .failure(let message):
        diagnostics.error(message.text, at: NodeReader.location(of: valueNode, in: file))
      }
    }
    if diagnostics.hasErrors { throw AnswerErrors(diagnostics: diagnostics) }
    return (answers, data)
  }

  static func parseData(
    _ node: Node, file: String, landscape: Landscape, into data: inout FounderData,
    diagnostics: inout Diagnostics
  ) {
    guard case .mapping(let mapping) = node else {
      diagnostics.error("'data' must map data item ids to values", at: NodeReader.location(of: node, in: file))
      return
    }
    for (keyNode, valueNode) in mapping {
      let key = keyNode.scalar?.string ?? ""
      if diagnostics.all.count >= InputLimits.diagnosticsPerFile {
        diagnostics.error(TextCheck.tooManyProblems, at: NodeReader.location(of: keyNode, in: file))
        return
      }
      guard let item = landscape.dataItem(key) else {
        diagnostics.error(
          "unknown data item '\(Echo.quote(key))' in data", at: NodeReader.location(of: keyNode, in: file))
        continue
      }
      guard case .scalar(let scalar) = valueNode else {
        diagnostics.error(
          "data '\(Echo.quote(key))' must be a single value", at: NodeReader.location(of: valueNode, in: file))
        continue
      }
      if let problem = TextCheck.problem(scalar.string) {
        diagnostics.error(
          "data '\(key)': '\(Echo.quote(scalar.string))': \(problem.en)",
          at: NodeReader.location(of: valueNode, in: file))
        continue
      }
      switch DataValidator.validate(scalar.string, kind: item.kind) {
      case .valid(let normalized): data.values[key] = normalized
      case .invalid(let message):
        diagnostics.error(
          "data '\(key)': '\(Echo.quote(scalar.string))': \(message.en)",
          at: NodeReader.location(of: valueNode, in: file))
      }
    }
  }
}

/// The problems found in an answers file.
public struct AnswerErrors: Error, Sendable {
  /// Every problem.
  public var diagnostics: Diagnostics
}

/// Checks one answer against its question: the same rules for a file and for the UI.
public enum AnswerValidator {
  /// Validates a YAML node as the answer to a question.
  static func value(for question: Question, node: Node, landscape: Landscape) -> Result<AnswerValue, AnswerMessage> {
    switch question.kind {
    case .kommunList, .stepList:
      let items: [String]
      if case .sequence(let seq) = node {
        guard seq.count <= InputLimits.listLength else {
          return .failure(AnswerMessage("'\(question.id)' lists more than \(InputLimits.listLength) values"))
        }
        items = seq.compactMap { $0.scalar?.string }
      } else if case .scalar(let s) = node {
        items = [s.string]
      } else {
        return .failure(AnswerMessage("'\(question.id)' must be a list"))
      }
      return parse(items.joined(separator: "\u{1F}"), for: question, landscape: landscape, listSeparator: "\u{1F}")
    default:
      guard case .scalar(let s) = node else {
        return .failure(AnswerMessage("'\(question.id)' takes a single value, not a list or mapping"))
      }
      if question.kind == .date, s.style == .plain, s.string.isEmpty {
        return .failure(AnswerMessage("'\(question.id)': a date YYYY-MM-DD is needed"))
      }
      return parse(s.string, for: question, landscape: landscape)
    }
  }

  /// Validates typed text as the answer to a question (lists separated by commas).
  public static func parse(
    _ text: String, for question: Question, landscape: Landscape, listSeparator: String = ","
  ) -> Result<AnswerValue, AnswerMessage> {
    let raw = text.trimmingSpaces()
    switch question.kind {
    case .choice:
      if question.value(raw) != nil { return .success(.choice(raw)) }
      let allowed = question.values.map(\.id).joined(separator: ", ")
      return .failure(AnswerMessage("'\(question.id)': '\(Echo.quote(raw))' is not allowed (allowed: \(allowed))"))
    case .bool:
      switch raw.lowercased() {
      case "true", "yes", "ja": return .success(.bool(true))
      case "false", "no", "nej": return .success(.bool(false))
      default:
        return .failure(AnswerMessage("'\(question.id)': '\(Echo.quote(raw))' is not allowed (allowed: true, false)"))
      }
    case .integer:
      guard let n = Int(raw) else {
        return .failure(AnswerMessage("'\(question.id)': '\(Echo.quote(raw))' is not a whole number"))
      }
      if let m = question.minimum, Double(n) < m {
        return .failure(AnswerMessage("'\(question.id)': \(n) is too small (at least \(formatNumber(m)))"))
      }
      return .success(.integer(n))
    case .number:
      guard let n = Double(String(raw.map { $0 == "," ? "." : $0 })), n.isFinite else {
        return .failure(AnswerMessage("'\(question.id)': '\(Echo.quote(raw))' is not a number"))
      }
      if let m = question.minimum, n < m {
        return .failure(
          AnswerMessage("'\(question.id)': \(formatNumber(n)) is too small (at least \(formatNumber(m)))"))
      }
      return .success(.number(n))
    case .date:
      guard let day = Day(iso: raw) else {
        return .failure(AnswerMessage("'\(question.id)': '\(Echo.quote(raw))' is not a date in the form YYYY-MM-DD"))
      }
      return .success(.date(day))
    case .kommun:
      guard let k = landscape.kommun(matching: raw) else {
        return .failure(
          AnswerMessage(
            .unknownKommun(question: question.id, name: raw, suggestions: kommunSuggestions(raw, landscape))))
      }
      return .success(.kommun(k.name))
    case .kommunList:
      var names: [String] = []
      for part in raw.split(separator: listSeparator, omittingEmptySubsequences: false) {
        let name = String(part).trimmingSpaces()
        if name.isEmpty { continue }
        guard let k = landscape.kommun(matching: name) else {
          return .failure(
            AnswerMessage(
              .unknownKommunInList(
                question: question.id, name: name, suggestions: kommunSuggestions(name, landscape))))
        }
        if !names.contains(k.name) { names.append(k.name) }
      }
      return .success(.list(names))
    case .stepList:
      var ids: [String] = []
      for part in raw.split(separator: listSeparator, omittingEmptySubsequences: false) {
        let id = String(part).trimmingSpaces()
        if id.isEmpty { continue }
        guard landscape.step(id) != nil else {
          return .failure(
            AnswerMessage("'\(question.id)': '\(Echo.quote(id))' is not a known step id (see the plan's JSON for ids)"))
        }
        if !ids.contains(id) { ids.append(id) }
      }
      return .success(.list(ids))
    }
  }
}

/// Names close to a text that is not a kommun, or the usual examples.
func kommunSuggestions(_ text: String, _ landscape: Landscape) -> [String] {
  landscape.kommunSuggestions(text, limit: 3).map(\.name)
}

/// A message saying what is wrong with an answer.
public struct AnswerMessage: Error, Sendable, Hashable, CustomStringConvertible {
  /// The message, in English.
  public var text: String
  /// The problem as a value, when it has one (so it can be said in the founder's language).
  public var problem: AnswerProblem?
  /// Creates a message.
  public init(_ text: String) { self.text = text }
  /// Creates a message for a problem.
  public init(_ problem: AnswerProblem) {
    self.problem = problem
    text = problem.text(.en)
  }
  public var description: String { text }
  /// The message in a language.
  public func text(_ language: Language) -> String { problem?.text(language) ?? text }
}
