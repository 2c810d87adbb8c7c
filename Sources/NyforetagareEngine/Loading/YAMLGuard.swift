import CYaml

/// Checks YAML text before it is composed into nodes: how many aliases it uses, how many nodes
/// it stands for once every alias is expanded, and how deep it nests. A few hundred bytes of
/// nested aliases can stand for billions of nodes (an "alias bomb"); composing (and comparing
/// the keys of) such a document takes minutes, and very deep nesting exhausts the stack. The
/// check reads libyaml's events once, in time linear in the text, keeping a size and a depth
/// per anchor. Syntax errors are left for the composer to report.
public enum YAMLGuard {
  /// The limits a file is held to.
  public struct Limits: Sendable {
    /// The most aliases.
    public var aliases: Int
    /// The most nodes with aliases expanded.
    public var nodes: Int
    /// The deepest nesting with aliases expanded.
    public var depth: Int

    /// The limits of ``InputLimits``.
    public static let standard = Limits(
      aliases: InputLimits.yamlAliases, nodes: InputLimits.yamlNodes, depth: InputLimits.yamlDepth)

    /// Creates limits.
    public init(aliases: Int, nodes: Int, depth: Int) {
      self.aliases = aliases
      self.nodes = nodes
      self.depth = depth
    }
  }

  /// What is over a limit, and where.
  public struct Violation: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// Which limit the text is over.
    public var limit: Limit
    /// What is wrong and what to do (English, as content lint says it).
    public var message: String { limit.text(.en) }

    public var description: String { "\(line):\(column): \(message)" }

    /// The violation as a diagnostic in `file`.
    public func diagnostic(file: String) -> Diagnostic {
      Diagnostic(.error, message, at: SourceLocation(file: file, line: line, column: column))
    }
  }

  /// A limit a text went over, with its size.
  public enum Limit: Sendable, Hashable {
    /// More aliases than allowed.
    case aliases(Int)
    /// Nested deeper than allowed.
    case depth(Int)
    /// Stands for more values than allowed once aliases are expanded.
    case nodes(Int)
    /// Nested deeper than allowed once aliases are expanded.
    case expandedDepth(Int)

    /// What is wrong and what to do, in a language.
    public func text(_ language: Language) -> String {
      switch self {
      case .aliases(let n):
        return LocalizedText(
          sv: "fler än \(n) alias (*namn); skriv ut värdena eller dela upp filen",
          en: "more than \(n) aliases (*name); write the values out, or split the file")[language]
      case .depth(let n):
        return LocalizedText(
          sv: "nästlad i mer än \(n) nivåer; gör strukturen plattare",
          en: "nested more than \(n) levels deep; flatten the structure")[language]
      case .nodes(let n):
        return LocalizedText(
          sv:
            "står för fler än \(n) värden när dess alias (*namn) packas upp; skriv ut värdena i stället för att nästla alias",
          en:
            "stands for more than \(n) values once its aliases (*name) are expanded; write the values out instead of nesting aliases"
        )[language]
      case .expandedDepth(let n):
        return LocalizedText(
          sv: "nästlad i mer än \(n) nivåer när dess alias packas upp; skriv ut värdena",
          en: "nested more than \(n) levels deep once its aliases are expanded; write the values out")[language]
      }
    }
  }

  private struct Frame {
    var anchor: String?
    var nodes = 1
    var depth = 1
  }

  /// Nil when the text is within `limits` (or is not valid YAML, which the composer reports).
  public static func check(_ text: String, limits: Limits = .standard) -> Violation? {
    var copy = text
    return copy.withUTF8 { bytes in check(bytes, limits: limits) }
  }

  static func check(_ bytes: UnsafeBufferPointer<UInt8>, limits: Limits) -> Violation? {
    // libyaml keeps a pointer to the parser in the parser (its string reader's data), so the
    // parser must stay at one address: on the heap, not in a Swift variable that may move.
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    parser.initialize(to: yaml_parser_t())
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else { return nil }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    event.initialize(to: yaml_event_t())
    defer { event.deallocate() }
    var anchors: [String: (nodes: Int, depth: Int)] = [:]
    var stack: [Frame] = []
    var total = 0
    var aliases = 0
    while true {
      guard yaml_parser_parse(parser, event) == 1 else { return nil }
      defer { yaml_event_delete(event) }
      let line = Int(event.pointee.start_mark.line) + 1
      let column = Int(event.pointee.start_mark.column) + 1
      func violation(_ limit: Limit) -> Violation { Violation(line: line, column: column, limit: limit) }
      var finished: (nodes: Int, depth: Int)?
      var anchor: String?
      switch event.pointee.type {
      case YAML_STREAM_END_EVENT:
        return nil
      case YAML_SCALAR_EVENT:
        anchor = name(event.pointee.data.scalar.anchor)
        total += 1
        finished = (1, 1)
      case YAML_ALIAS_EVENT:
        aliases += 1
        if aliases > limits.aliases {
          return violation(.aliases(limits.aliases))
        }
        guard let target = name(event.pointee.data.alias.anchor).flatMap({ anchors[$0] }) else { return nil }
        total += target.nodes
        finished = target
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let start = event.pointee.type == YAML_SEQUENCE_START_EVENT
        stack.append(
          Frame(
            anchor: name(start ? event.pointee.data.sequence_start.anchor : event.pointee.data.mapping_start.anchor)))
        total += 1
        if stack.count > limits.depth {
          return violation(.depth(limits.depth))
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard let frame = stack.popLast() else { return nil }
        anchor = frame.anchor
        finished = (frame.nodes, frame.depth)
      default:
        break
      }
      // Every count stays below twice the limit: an anchor's size was counted in `total` already.
      if total > limits.nodes {
        return violation(.nodes(limits.nodes))
      }
      guard let (nodes, depth) = finished else { continue }
      if let anchor { anchors[anchor] = (nodes, depth) }
      if stack.count + depth > limits.depth {
        return violation(.expandedDepth(limits.depth))
      }
      if !stack.isEmpty {
        stack[stack.count - 1].nodes += nodes
        stack[stack.count - 1].depth = max(stack[stack.count - 1].depth, depth + 1)
      }
    }
  }

  static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }
}
