import Foundation
import Yams

/// Reads and validates an answers file: a mapping from question id to value, and an optional
/// `data:` section with the founder's data items.
public enum AnswerParser {
  /// Parses answers text; every problem is a value naming the id, the value and what is
  /// allowed, with its place (``AnswerErrors``). Throws the problems when there is any.
  public static func parse(_ text: String, file: String, landscape: Landscape) throws(AnswerErrors)
    -> (Answers, FounderData)
  {
    var problems = Problems(file: file)
    if let violation = YAMLGuard.check(text) {
      problems.add(
        .overLimit(violation.limit), at: SourceLocation(file: file, line: violation.line, column: violation.column))
      throw problems.errors
    }
    let root: Node?
    do {
      // The basic resolver: every scalar stays text (the validators read them); the default one
      // matches regular expressions against every scalar (slow on large files). Composing builds
      // nodes only: no constructor tables (`Constructor.default` builds them on every call).
      root = try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
    } catch let error as YamlError {
      let (line, column, detail) = YAMLProblem.locate(error, in: text)
      problems.add(.notYAML(detail), at: SourceLocation(file: file, line: line, column: column))
      throw problems.errors
    } catch {
      problems.add(
        .notYAML(.other("\(error)")), at: SourceLocation(file: file, line: 1, column: 1))
      throw problems.errors
    }
    guard let root else { return (Answers(), FounderData()) }
    guard case .mapping(let mapping) = root else {
      problems.add(.notMapping, at: root)
      throw problems.errors
    }
    var answers = Answers()
    var data = FounderData()
    for (keyNode, valueNode) in mapping {
      let key = keyNode.scalar?.string ?? ""
      if problems.isFull {
        problems.add(.tooManyProblems(limit: InputLimits.diagnosticsPerFile), at: keyNode)
        break
      }
      if key == "data" {
        parseData(valueNode, landscape: landscape, into: &data, problems: &problems)
        continue
      }
      guard let question = landscape.question(key) else {
        problems.add(.unknownQuestion(id: key, known: landscape.questions.map(\.id)), at: keyNode)
        continue
      }
      if case .scalar(let s) = valueNode, s.style == .plain, s.string.isEmpty || s.string == "~" || s.string == "null" {
        continue  // an explicit null is "unknown"
      }
      switch AnswerValidator.value(for: question, node: valueNode, landscape: landscape) {
      case .success(let value): answers[key] = value
      case .failure(let message): problems.add(.answer(message.problem), at: valueNode)
      }
    }
    if !problems.errors.problems.isEmpty { throw problems.errors }
    return (answers, data)
  }

  static func parseData(
    _ node: Node, landscape: Landscape, into data: inout FounderData, problems: inout Problems
  ) {
    guard case .mapping(let mapping) = node else {
      problems.add(.dataNotMapping, at: node)
      return
    }
    for (keyNode, valueNode) in mapping {
      let key = keyNode.scalar?.string ?? ""
      if problems.isFull {
        problems.add(.tooManyProblems(limit: InputLimits.diagnosticsPerFile), at: keyNode)
        return
      }
      guard let item = landscape.dataItem(key) else {
        problems.add(.unknownDataItem(id: key), at: keyNode)
        continue
      }
      guard case .scalar(let scalar) = valueNode else {
        problems.add(.dataNotSingleValue(id: key), at: valueNode)
        continue
      }
      if let problem = TextCheck.problem(scalar.string) {
        problems.add(.badData(id: key, value: scalar.string, reason: problem), at: valueNode)
        continue
      }
      switch DataValidator.validate(scalar.string, kind: item.kind) {
      case .valid(let normalized): data.values[key] = normalized
      case .invalid(let message):
        problems.add(.badData(id: key, value: scalar.string, reason: message), at: valueNode)
      }
    }
  }

  /// The problems found so far in one file.
  struct Problems {
    let file: String
    var errors = AnswerErrors(problems: [])

    /// Whether no more problems are listed (the next says the rest was not checked).
    var isFull: Bool { errors.problems.count >= InputLimits.diagnosticsPerFile }

    mutating func add(_ problem: AnswersFileProblem, at location: SourceLocation) {
      errors.problems.append(AnswerErrors.Located(problem: problem, location: location))
    }

    mutating func add(_ problem: AnswersFileProblem, at node: Node) {
      add(problem, at: NodeReader.location(of: node, in: file))
    }
  }
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
          return .failure(AnswerMessage(.tooManyValues(question: question.id, limit: InputLimits.listLength)))
        }
        items = seq.compactMap { $0.scalar?.string }
      } else if case .scalar(let s) = node {
        items = [s.string]
      } else {
        return .failure(AnswerMessage(.notList(question: question.id)))
      }
      return parse(items.joined(separator: "\u{1F}"), for: question, landscape: landscape, listSeparator: "\u{1F}")
    default:
      guard case .scalar(let s) = node else {
        return .failure(AnswerMessage(.notSingleValue(question: question.id)))
      }
      if question.kind == .date, s.style == .plain, s.string.isEmpty {
        return .failure(AnswerMessage(.dateMissing(question: question.id)))
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
      return .failure(AnswerMessage(.notAllowed(question: question.id, value: raw, allowed: question.values.map(\.id))))
    case .bool:
      switch raw.lowercased() {
      case "true", "yes", "ja": return .success(.bool(true))
      case "false", "no", "nej": return .success(.bool(false))
      default:
        return .failure(AnswerMessage(.notYesOrNo(question: question.id, value: raw)))
      }
    case .integer:
      guard let n = Int(raw) else {
        return .failure(AnswerMessage(.notWholeNumber(question: question.id, value: raw)))
      }
      if let m = question.minimum, Double(n) < m {
        return .failure(AnswerMessage(.tooSmall(question: question.id, value: Double(n), minimum: m)))
      }
      return .success(.integer(n))
    case .number:
      guard let n = Double(String(raw.map { $0 == "," ? "." : $0 })), n.isFinite else {
        return .failure(AnswerMessage(.notNumber(question: question.id, value: raw)))
      }
      if let m = question.minimum, n < m {
        return .failure(AnswerMessage(.tooSmall(question: question.id, value: n, minimum: m)))
      }
      return .success(.number(n))
    case .date:
      guard let day = Day(iso: raw) else {
        return .failure(AnswerMessage(.notDate(question: question.id, value: raw)))
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
          return .failure(AnswerMessage(.unknownStep(question: question.id, value: id)))
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

/// What is wrong with an answer, as the validator's failure.
public struct AnswerMessage: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problem as a value.
  public var problem: AnswerProblem
  /// Creates a message for a problem.
  public init(_ problem: AnswerProblem) { self.problem = problem }
  /// The message in English (as content lint says it).
  public var text: String { problem.text(.en) }
  public var description: String { text }
  /// The message in a language.
  public func text(_ language: Language) -> String { problem.text(language) }
}
