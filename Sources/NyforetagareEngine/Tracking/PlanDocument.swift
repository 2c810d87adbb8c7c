/// A founder's saved plan: answers, data sheet, every case's state and the content version it
/// was made with. Encoded as JSON with a schema version.
public struct PlanDocument: Sendable, Hashable, Codable {
  /// The schema this program writes.
  public static let currentSchema = 1

  /// What one step looked like when the plan was saved, to tell the founder what newer content
  /// changed.
  public struct StepSnapshot: Sendable, Hashable, Codable {
    /// The step's title (Swedish).
    public var title: String
    /// Its counted fee in kronor, if known.
    public var feeSEK: Int?
    /// Its typical handling time in days, if known.
    public var typicalDays: Int?

    /// Creates a snapshot.
    public init(title: String, feeSEK: Int?, typicalDays: Int?) {
      self.title = title
      self.feeSEK = feeSEK
      self.typicalDays = typicalDays
    }
  }

  /// The schema version of the file.
  public var schema: Int
  /// The content version the plan was last saved with.
  public var contentVersion: String
  /// The day the plan was created.
  public var created: Day
  /// The day it was last saved.
  public var updated: Day
  /// The language the founder chose.
  public var language: Language
  /// The answers, as an answers file would hold them.
  public var answers: [String: AnswerJSON]
  /// The data sheet.
  public var data: [String: String]
  /// Every case, by step id.
  public var cases: [String: CaseRecord]
  /// The plan's steps as last saved.
  public var snapshot: [String: StepSnapshot]
  /// Text being typed into a field when the plan was saved, so that a killed program loses at
  /// most the last keystroke.
  public var draft: Draft?
  /// The plan's stable id (see `PlanIdentity`); nil in files saved before plans had one.
  public var planID: String?

  /// The id exports use: the saved one, or for an older file one derived from its answers.
  public var exportID: String {
    if let planID, PlanIdentity.isValid(planID) { return planID }
    return PlanIdentity.derived(from: answers)
  }

  /// Text being typed into one field.
  public struct Draft: Sendable, Hashable, Codable {
    /// What the field is.
    public enum Kind: String, Sendable, Hashable, Codable {
      /// A data item on the data sheet.
      case data
      /// An answer to a question of the interview.
      case answer
    }

    /// What the field is.
    public var kind: Kind
    /// The data item's or question's id.
    public var id: String
    /// The text typed so far.
    public var text: String

    /// Creates a draft.
    public init(kind: Kind, id: String, text: String) {
      self.kind = kind
      self.id = id
      self.text = text
    }
  }

  /// Creates a document.
  public init(
    contentVersion: String, created: Day, updated: Day, language: Language, answers: Answers,
    data: FounderData, cases: [String: CaseRecord], snapshot: [String: StepSnapshot]
  ) {
    self.schema = Self.currentSchema
    self.contentVersion = contentVersion
    self.created = created
    self.updated = updated
    self.language = language
    self.answers = answers.values.mapValues(AnswerJSON.init)
    self.data = data.values
    self.cases = cases
    self.snapshot = snapshot
  }

  /// A snapshot of a plan's steps.
  public static func snapshot(of plan: Plan) -> [String: StepSnapshot] {
    var result: [String: StepSnapshot] = [:]
    for e in plan.entries where e.step.kind != .milestone {
      result[e.step.id] = StepSnapshot(
        title: e.step.title.sv, feeSEK: e.fee?.countedAmount, typicalDays: e.handling?.typicalDays)
    }
    return result
  }

  /// The answers, validated against a landscape. Answers the content no longer knows are
  /// dropped and reported.
  public func decodedAnswers(in landscape: Landscape) -> (Answers, [String]) {
    decodedAnswers(in: landscape, language: .en)
  }

  /// What newer content changed for this plan, in the founder's language.
  public func changes(comparedWith plan: Plan, language: Language) -> [String] {
    var out: [String] = []
    let now = Self.snapshot(of: plan)
    for id in now.keys.sorted() where snapshot[id] == nil {
      out.append((language == .sv ? "Nytt steg: " : "New step: ") + (plan.entry(id)?.step.title[language] ?? id))
    }
    for id in snapshot.keys.sorted() where now[id] == nil {
      let title = snapshot[id]?.title ?? id
      out.append((language == .sv ? "Steget gäller inte längre: " : "No longer applies: ") + title)
    }
    for id in now.keys.sorted() {
      guard let old = snapshot[id], let new = now[id] else { continue }
      let title = plan.entry(id)?.step.title[language] ?? id
      if old.feeSEK != new.feeSEK {
        let from = old.feeSEK.map { "\($0) kr" } ?? "–"
        let to = new.feeSEK.map { "\($0) kr" } ?? "–"
        out.append(
          (language == .sv ? "Ändrad avgift för \(title): " : "Changed fee for \(title): ") + "\(from) → \(to)")
      }
      if old.typicalDays != new.typicalDays {
        let from = old.typicalDays.map(String.init) ?? "–"
        let to = new.typicalDays.map(String.init) ?? "–"
        out.append(
          (language == .sv ? "Ändrad handläggningstid för \(title): " : "Changed handling time for \(title): ")
            + "\(from) → \(to) " + (language == .sv ? "dagar" : "days"))
      }
    }
    return out
  }
}

/// An answer as plain JSON: text, a boolean, a number or a list of text.
public enum AnswerJSON: Sendable, Hashable, Codable {
  case string(String)
  case bool(Bool)
  case number(Double)
  case list([String])

  /// The JSON form of an answer.
  public init(_ value: AnswerValue) {
    switch value {
    case .choice(let s), .kommun(let s): self = .string(s)
    case .bool(let b): self = .bool(b)
    case .integer(let i): self = .number(Double(i))
    case .number(let d): self = .number(d)
    case .date(let d): self = .string(d.iso)
    case .list(let l): self = .list(l)
    }
  }

  /// The value as text for validation.
  func text(listSeparator: String) -> String {
    switch self {
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .number(let d): return formatNumber(d)
    case .list(let l): return l.joined(separator: listSeparator)
    }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let d = try? c.decode(Double.self) {
      self = .number(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else {
      self = .list(try c.decode([String].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .string(let s): try c.encode(s)
    case .bool(let b): try c.encode(b)
    case .number(let d):
      if d.rounded() == d && abs(d) < 1e15 { try c.encode(Int(d)) } else { try c.encode(d) }
    case .list(let l): try c.encode(l)
    }
  }
}
