import NyforetagareEngine
import TerminalUI

/// The form for recording where a step's case stands: state, date, reference, note.
struct CaseEditor: Sendable, Hashable {
  /// The fields, in focus order.
  enum Field: Int, CaseIterable {
    case state, date, reference, note, contact
  }

  static let states: [CaseRecord.State] = [
    .notStarted, .preparing, .submitted, .supplementRequested, .granted, .refused, .notApplicable,
  ]

  var stepID: String
  var stateIndex: Int
  var focus: Field = .state
  var date: TextField
  var reference: TextField
  var note: TextField
  var contact: TextField
  var error: String?

  init(stepID: String, record: CaseRecord?, today: Day) {
    self.stepID = stepID
    let r = record ?? CaseRecord()
    stateIndex = Self.states.firstIndex(of: r.state) ?? 0
    date = TextField((Self.dateOf(r) ?? today).iso)
    reference = TextField(r.reference ?? "")
    note = TextField(r.state == .notApplicable ? (r.reason ?? "") : (r.note ?? ""))
    contact = TextField(r.contact ?? "")
  }

  var state: CaseRecord.State { Self.states[stateIndex] }

  static func dateOf(_ r: CaseRecord) -> Day? {
    switch r.state {
    case .submitted: return r.submitted
    case .supplementRequested: return r.supplementRequested
    case .granted, .refused: return r.decided
    case .notStarted, .preparing, .notApplicable: return nil
    }
  }

  /// Whether the current state takes a date.
  var needsDate: Bool { [.submitted, .supplementRequested, .granted, .refused].contains(state) }

  /// The record the form describes, merged into the previous record (keeping earlier dates).
  func record(merging previous: CaseRecord?) -> Result<CaseRecord, BadDate> {
    var r = previous ?? CaseRecord()
    r.state = state
    let trimmedDate = date.text.trimmingCharacters(in: .whitespaces)
    var day: Day?
    if needsDate {
      guard let d = Day(iso: trimmedDate) else { return .failure(BadDate()) }
      day = d
    }
    switch state {
    case .submitted:
      r.submitted = day
      r.decided = nil
    case .supplementRequested:
      r.supplementRequested = day
    case .granted, .refused:
      r.decided = day
    case .notStarted, .preparing:
      r.decided = nil
    case .notApplicable:
      break
    }
    let ref = reference.text.trimmingCharacters(in: .whitespaces)
    r.reference = ref.isEmpty ? r.reference : ref
    let text = note.text.trimmingCharacters(in: .whitespaces)
    if state == .notApplicable {
      r.reason = text.isEmpty ? nil : text
    } else {
      r.note = text.isEmpty ? nil : text
    }
    let who = contact.text.trimmingCharacters(in: .whitespaces)
    r.contact = who.isEmpty ? nil : who
    return .success(r)
  }

  /// The date field does not hold a date.
  struct BadDate: Error {}

  /// Applies a key; returns true when Enter asks to save.
  mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .tab, .down:
      focus = Field(rawValue: (focus.rawValue + 1) % Field.allCases.count) ?? .state
    case .backTab, .up:
      focus = Field(rawValue: (focus.rawValue + Field.allCases.count - 1) % Field.allCases.count) ?? .state
    case .enter:
      return true
    case .left where focus == .state:
      stateIndex = (stateIndex + Self.states.count - 1) % Self.states.count
    case .right where focus == .state, .character(" ") where focus == .state:
      stateIndex = (stateIndex + 1) % Self.states.count
    default:
      switch focus {
      case .state: break
      case .date: date.handle(key)
      case .reference: reference.handle(key)
      case .note: note.handle(key)
      case .contact: contact.handle(key)
      }
      error = nil
    }
    return false
  }
}
