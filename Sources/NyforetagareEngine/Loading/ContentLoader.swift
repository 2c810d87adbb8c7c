import Foundation
import Yams

/// Loads a content edition (a folder like `Content/`) into a ``Landscape``, collecting every
/// problem across all files as a ``Diagnostic`` with file, line and column.
public enum ContentLoader {
  /// The result of loading: the landscape when it could be built, and every diagnostic.
  public struct Result: Sendable {
    /// The landscape, nil when errors made it unusable.
    public var landscape: Landscape?
    /// Everything found, errors and warnings.
    public var diagnostics: Diagnostics
  }

  /// Reads every `.yaml` file under a folder. `displayPrefix` is put before each relative path
  /// in messages (defaults to the folder as given).
  public static func files(inDirectory directory: String, displayPrefix: String? = nil) throws
    -> [ContentFile]
  {
    let root = URL(fileURLWithPath: directory, isDirectory: true)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue
    else {
      throw Diagnostic(.error, "content folder '\(directory)' does not exist", at: nil)
    }
    let prefix = displayPrefix ?? (directory.hasSuffix("/") ? String(directory.dropLast()) : directory)
    var result: [ContentFile] = []
    var totalBytes = 0
    guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
      let url = root.appendingPathComponent(relative)
      let here = SourceLocation(file: prefix + "/" + relative, line: 1, column: 1)
      guard result.count < InputLimits.contentFiles else {
        throw Diagnostic(
          .error, "the content folder has more than \(InputLimits.contentFiles) YAML files; is this the right folder?",
          at: here)
      }
      let data: Data
      switch BoundedRead.contents(of: url.path, limit: InputLimits.contentFileBytes) {
      case .success(let d): data = d
      case .failure(.tooLarge(let limit)):
        throw Diagnostic(
          .error, "the file is larger than \(BoundedRead.describe(limit)), the limit for a content file; split it",
          at: here)
      case .failure: continue  // a folder named *.yaml, a file gone meanwhile
      }
      totalBytes += data.count
      guard totalBytes <= InputLimits.contentTotalBytes else {
        throw Diagnostic(
          .error,
          "the content folder holds more than \(BoundedRead.describe(InputLimits.contentTotalBytes)) of YAML; is this the right folder?",
          at: here)
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw Diagnostic(.error, "not UTF-8 text; save the file as UTF-8", at: here)
      }
      result.append(ContentFile(displayPath: prefix + "/" + relative, relativePath: relative, text: text))
    }
    return result.sorted { $0.relativePath < $1.relativePath }
  }

  /// Loads a landscape from content files and checks it (see ``ContentLinter``).
  public static func load(_ files: [ContentFile]) -> Result {
    let sink = DiagnosticSink()
    var parser = LandscapeParser(sink: sink)
    let sorted = files.sorted(by: { $0.relativePath < $1.relativePath })
    // Parsing YAML is most of the load time and each file is independent: parse them on every
    // core, then read them in order (so diagnostics and the landscape stay deterministic).
    let composed = ComposedFiles(count: sorted.count)
    DispatchQueue.concurrentPerform(iterations: sorted.count) { i in
      composed.set(i, LandscapeParser.compose(sorted[i]))
    }
    for (i, file) in sorted.enumerated() {
      parser.read(file, composed: composed.get(i))
    }
    guard let landscape = parser.build() else {
      return Result(landscape: nil, diagnostics: sink.diagnostics)
    }
    ContentLinter.check(landscape, sink: sink)
    return Result(
      landscape: sink.diagnostics.hasErrors ? nil : landscape, diagnostics: sink.diagnostics)
  }
}

/// Builds a landscape file by file.
struct LandscapeParser {
  let sink: DiagnosticSink
  var meta: ContentMeta?
  var metaSeen = false
  var actors: [String: Actor] = [:]
  var questions: [Question] = []
  var dataItems: [DataItem] = []
  var steps: [Step] = []
  var kommuner: [Kommun] = []
  var lan: [String: String] = [:]
  var profiles: [String: KommunProfile] = [:]
  var screens: [Screen] = []
  var pendingWhenNo: [(Int, String, String, SourceLocation)] = []
  var seen: [String: [String: SourceLocation]] = [:]

  init(sink: DiagnosticSink) { self.sink = sink }

  /// Parses one file's YAML into nodes.
  static func compose(_ file: ContentFile) -> Result<Node?, any Error> {
    // The basic resolver leaves every scalar as text (the readers parse numbers and booleans
    // themselves); the default one runs a regular expression per scalar, most of the load time.
    // Composing builds nodes only, so no constructor tables (`Constructor.default` builds its
    // dictionaries of closures anew on every call).
    Result {
      if let violation = YAMLGuard.check(file.text) { throw violation }
      return try Yams.compose(yaml: file.text, .basic, Constructor([:], [:], [:]), .utf8)
    }
  }

  mutating func read(_ file: ContentFile) {
    read(file, composed: Self.compose(file))
  }

  mutating func read(_ file: ContentFile, composed: Result<Node?, any Error>) {
    let root: Node
    do {
      guard let node = try composed.get() else {
        sink.error("the file is empty", at: SourceLocation(file: file.displayPath, line: 1, column: 1))
        return
      }
      root = node
    } catch let error as YamlError {
      let (line, column, message) = YAMLProblem.describe(error, in: file.text)
      let prefix = error.isDuplicateKey ? "" : "YAML syntax: "
      sink.error(prefix + message, at: SourceLocation(file: file.displayPath, line: line, column: column))
      return
    } catch let violation as YAMLGuard.Violation {
      sink.error(
        violation.message,
        at: SourceLocation(file: file.displayPath, line: violation.line, column: violation.column))
      return
    } catch {
      sink.error("cannot read YAML: \(error)", at: SourceLocation(file: file.displayPath, line: 1, column: 1))
      return
    }
    let path = file.relativePath
    let display = file.displayPath
    if path == "meta.yaml" {
      readMeta(root, file: display)
    } else if path.hasPrefix("actors/") {
      for n in listItems(root, key: "actors", file: display) { readActor(n, file: display) }
    } else if path.hasPrefix("questions/"), Self.isScreensFile(root) {
      readScreens(root, file: display)
    } else if path.hasPrefix("questions/") {
      for n in listItems(root, key: "questions", file: display) { readQuestion(n, file: display) }
    } else if path.hasPrefix("data/") {
      for n in listItems(root, key: "data_items", file: display) { readDataItem(n, file: display) }
    } else if path.hasPrefix("steps/") {
      let name = (path as NSString).lastPathComponent
      let id = name.replacingOccurrences(of: ".yaml", with: "").replacingOccurrences(of: ".yml", with: "")
      readStep(root, file: display, expectedID: id)
    } else if path == "kommuner/kommuner.yaml" {
      readKommuner(root, file: display)
    } else if path.hasPrefix("kommuner/profiles/") {
      readProfile(root, file: display)
    } else {
      sink.warning(
        "file is not in a known place (meta.yaml, actors/, questions/, data/, steps/, kommuner/); ignored",
        at: SourceLocation(file: display, line: 1, column: 1))
    }
  }

  mutating func unique(_ kind: String, _ id: String, at location: SourceLocation) -> Bool {
    if let first = seen[kind]?[id] {
      sink.error("duplicate \(kind) id '\(id)' (first defined at \(first))", at: location)
      return false
    }
    seen[kind, default: [:]][id] = location
    if id.isEmpty || !id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }) {
      sink.error("\(kind) id '\(id)' must be lower_snake_case ASCII", at: location)
    }
    return true
  }

  private func listItems(_ root: Node, key: String, file: String) -> [Node] {
    guard let reader = NodeReader(root, file: file, what: "file", sink: sink) else { return [] }
    guard let items = reader.sequence(key) else {
      if !reader.has(key) { sink.error("the file must have a '\(key):' list", at: reader.location) }
      reader.finish()
      return []
    }
    reader.finish()
    return items
  }

  mutating func readMeta(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "meta", sink: sink) else { return }
    metaSeen = true
    let version = r.string("version", required: true)
    let dateText = r.string("date", required: true)
    let disclaimer = r.localized("disclaimer", required: true)
    r.finish()
    var date: Day?
    if let dateText {
      date = Day(iso: dateText)
      if date == nil {
        sink.error("'date' must be YYYY-MM-DD, not '\(Echo.quote(dateText))'", at: r.keyLocation("date"))
      }
    }
    if let version, let date, let disclaimer {
      meta = ContentMeta(version: version, date: date, disclaimer: disclaimer)
    }
  }

  mutating func readActor(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "actor", sink: sink) else { return }
    let id = r.string("id", required: true)
    let name = r.localized("name", required: true)
    let levelText = r.string("level", required: true)
    let url = r.string("url")
    r.finish()
    var level: Actor.Level?
    if let levelText {
      level = Actor.Level(rawValue: levelText)
      if level == nil {
        sink.error(
          "unknown level '\(levelText)' (allowed: kommun, region, state, private)",
          at: r.keyLocation("level"))
      }
    }
    guard let id, let name, let level, unique("actor", id, at: r.location) else { return }
    actors[id] = Actor(id: id, name: name, level: level, url: url, location: r.location)
  }

  mutating func readQuestion(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "question", sink: sink) else { return }
    let id = r.string("id", required: true)
    let typeText = r.string("type", required: true)
    let label = r.localized("label", required: true)
    let text = r.localized("text", required: true)
    let help = r.localized("help")
    let allowUnknown = r.bool("allow_unknown") ?? true
    let minimum = r.double("min")
    let extras = readQuestionExtras(r)
    var askedWhen: Condition?
    if let c = r.node("asked_when") { askedWhen = ConditionParser.parse(c, file: file, sink: sink) }
    var values: [Question.Value] = []
    if let nodes = r.sequence("values") {
      for v in nodes {
        guard let vr = NodeReader(v, file: file, what: "value", sink: sink) else { continue }
        let vid = vr.string("id", required: true)
        let vlabel = vr.localized("label", required: true)
        vr.finish()
        if let vid, let vlabel { values.append(Question.Value(id: vid, label: vlabel)) }
      }
    }
    r.maintainerNote()
    r.finish()
    var kind: Question.Kind?
    if let typeText {
      kind = Question.Kind(rawValue: typeText)
      if kind == nil {
        sink.error(
          "unknown question type '\(typeText)' (allowed: \(Question.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
          at: r.keyLocation("type"))
      }
    }
    if kind == .choice && values.isEmpty {
      sink.error("a choice question needs 'values'", at: r.location)
    }
    if let kind, kind != .choice, !values.isEmpty {
      sink.error("only a choice question has 'values'", at: r.keyLocation("values"))
    }
    guard let id, let kind, let label, let text, unique("question", id, at: r.location) else { return }
    questions.append(
      Question(
        id: id, kind: kind, label: label, text: text, help: help, values: values,
        askedWhen: askedWhen, allowsUnknown: allowUnknown, minimum: minimum, location: r.location,
        planInput: extras.planInput, units: extras.units))
  }

  mutating func readDataItem(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "data item", sink: sink) else { return }
    let id = r.string("id", required: true)
    let label = r.localized("label", required: true)
    let typeText = r.string("type", required: true)
    let personal = r.bool("personal") ?? false
    let help = r.localized("help")
    let group = r.string("group") ?? "operation"
    var appliesWhen: Condition?
    if let c = r.node("applies_when") { appliesWhen = ConditionParser.parse(c, file: file, sink: sink) }
    let fromAnswer = r.string("from_answer")
    r.maintainerNote()
    r.finish()
    var kind: DataItem.Kind?
    if let typeText {
      kind = DataItem.Kind(rawValue: typeText)
      if kind == nil {
        sink.error(
          "unknown data type '\(typeText)' (allowed: \(DataItem.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
          at: r.keyLocation("type"))
      }
    }
    guard let id, let label, let kind, unique("data item", id, at: r.location) else { return }
    dataItems.append(
      DataItem(
        id: id, label: label, kind: kind, isPersonal: personal, help: help, group: group,
        appliesWhen: appliesWhen, fromAnswer: fromAnswer, location: r.location))
  }

  mutating func readKommuner(_ node: Node, file: String) {
    guard let r = NodeReader(node, file: file, what: "file", sink: sink) else { return }
    if let lanNodes = r.sequence("lan") {
      for l in lanNodes {
        guard let lr = NodeReader(l, file: file, what: "län", sink: sink) else { continue }
        let code = lr.string("code", required: true)
        let name = lr.string("name", required: true)
        lr.finish()
        if let code, let name { lan[code] = name }
      }
    } else {
      sink.error("the file must have a 'lan:' list", at: r.location)
    }
    let nodes = r.sequence("kommuner") ?? []
    r.finish()
    for k in nodes {
      guard let kr = NodeReader(k, file: file, what: "kommun", sink: sink) else { continue }
      let code = kr.string("code", required: true)
      let name = kr.string("name", required: true)
      let rt = kr.string("raddningstjanst")
      let rtSource = kr.string("raddningstjanst_source")
      let commonWord = kr.bool("common_word") ?? false
      kr.finish()
      guard let code, let name else { continue }
      if code.count != 4 || !code.allSatisfy(\.isNumber) {
        sink.error("kommun code '\(code)' must be four digits", at: kr.keyLocation("code"))
        continue
      }
      let lanName = lan[String(code.prefix(2))]
      if lanName == nil {
        sink.error("kommun \(name): no län with code \(code.prefix(2))", at: kr.location)
      }
      if rt != nil && rtSource == nil {
        sink.warning("kommun \(name): räddningstjänst without 'raddningstjanst_source'", at: kr.location)
      }
      if let other = kommuner.first(where: { $0.code == code || $0.name == name }) {
        sink.error("duplicate kommun '\(name)' (\(code)), also \(other.name) at \(other.location)", at: kr.location)
        continue
      }
      kommuner.append(
        Kommun(
          code: code, name: name, lan: lanName ?? "?", raddningstjanst: rt,
          raddningstjanstSource: rtSource, isCommonWord: commonWord, location: kr.location))
    }
  }

  func build() -> Landscape? {
    if !metaSeen {
      sink.error("meta.yaml is missing (version, date, disclaimer)", at: nil)
    }
    guard let meta else { return nil }
    var landscape = Landscape(
      meta: meta, actors: actors, questions: questions, dataItems: dataItems, steps: steps,
      kommuner: kommuner.sorted { $0.code < $1.code }, profiles: profiles)
    landscape.screens = resolvedScreens(landscape)
    return landscape
  }
}

/// Parsed files, each slot written once by one parsing thread and read after all are done.
final class ComposedFiles: @unchecked Sendable {
  private var slots: [Result<Node?, any Error>?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Result<Node?, any Error>) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func get(_ index: Int) -> Result<Node?, any Error> {
    lock.lock()
    defer { lock.unlock() }
    return slots[index] ?? .success(nil)
  }
}

extension YamlError {
  /// Whether this is Yams' "the same key twice" (its message needs no "YAML syntax" prefix).
  var isDuplicateKey: Bool {
    if case .duplicatedKeysInMapping = self { return true }
    return false
  }
}
