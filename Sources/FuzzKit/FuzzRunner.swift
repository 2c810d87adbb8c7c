import Foundation
import Kiosk
import NyforetagareEngine
import NyforetagareExport
import PlanStorage

/// What one input did: accepted or refused, and any broken promise (a message that is not one
/// plain line, a refusal without a place, control characters in an export).
public struct FuzzOutcome: Sendable, Equatable {
  /// Whether the loader accepted the input.
  public var accepted: Bool
  /// The first refusal message, if refused.
  public var firstMessage: String?
  /// Broken promises; empty when all is well.
  public var findings: [String]
}

/// Runs an input through its loader in this process, then, if it was accepted, plans and renders
/// so that what the loader let through cannot trap later either.
public struct FuzzRunner {
  /// The real landscape.
  public let landscape: Landscape
  let realFiles: [ContentFile]
  let sandbox: Sandbox
  let today = Day(year: 2026, month: 11, day: 22) ?? Day(daysSinceEpoch: 20_779)

  /// A runner over the real content; kiosk inputs resolve their folders in `sandbox`.
  public init(landscape: Landscape, realContent: [ContentFile], sandbox: Sandbox) {
    self.landscape = landscape
    self.realFiles = realContent
    self.sandbox = sandbox
  }

  /// Runs one input.
  public func run(_ input: FuzzInput) -> FuzzOutcome {
    switch input.kind {
    case .answers: return answers(input.text)
    case .plan: return plan(input.text)
    case .kiosk: return kiosk(input.text)
    case .content: return content(input)
    }
  }

  func answers(_ text: String) -> FuzzOutcome {
    do {
      let (answers, data) = try AnswerParser.parse(text, file: "fuzz.yaml", landscape: landscape)
      return FuzzOutcome(accepted: true, firstMessage: nil, findings: planAndRender(landscape, answers, data, [:]))
    } catch {
      let lines = error.diagnostics.all
      var findings = Self.check(lines.map(\.description))
      if lines.isEmpty { findings.append("refused without a message") }
      for d in lines where d.location == nil { findings.append("a refusal without a place: \(d.description)") }
      return FuzzOutcome(accepted: false, firstMessage: lines.first?.description, findings: findings)
    }
  }

  func plan(_ text: String) -> FuzzOutcome {
    let document: PlanDocument
    do {
      document = try PlanFile.decode(Data(text.utf8), path: "fuzz.json")
    } catch {
      return FuzzOutcome(accepted: false, firstMessage: error.description, findings: Self.check([error.description]))
    }
    let problems = PlanCheck.problems(document, in: landscape)
    if !problems.isEmpty {
      let message = PlanFile.Failure.invalid(path: "fuzz.json", problems: problems).description
      return FuzzOutcome(accepted: false, firstMessage: message, findings: Self.check([message]))
    }
    let (answers, warnings) = document.decodedAnswers(in: landscape)
    var findings = Self.check(warnings)
    findings += planAndRender(landscape, answers, FounderData(document.data), document.cases)
    return FuzzOutcome(accepted: true, firstMessage: nil, findings: findings)
  }

  func kiosk(_ text: String) -> FuzzOutcome {
    do {
      let config = try KioskConfig.parse(
        sandbox.resolve(text), file: "kiosk.yaml", kommunNames: landscape.kommuner.map(\.name))
      _ = config.verifyPIN("0000")
      return FuzzOutcome(accepted: true, firstMessage: nil, findings: [])
    } catch {
      var findings = Self.check(error.problems.map(\.description))
      for p in error.problems where p.line == nil { findings.append("a refusal without a place: \(p.description)") }
      return FuzzOutcome(accepted: false, firstMessage: error.problems.first?.description, findings: findings)
    }
  }

  func content(_ input: FuzzInput) -> FuzzOutcome {
    var files =
      input.realContent
      ? realFiles
      : SmallEdition.files.map { ContentFile(displayPath: "Content/" + $0.key, relativePath: $0.key, text: $0.value) }
    files.removeAll { $0.relativePath == input.path }
    files.append(ContentFile(displayPath: "Content/" + input.path, relativePath: input.path, text: input.text))
    let result = ContentLoader.load(files)
    var findings = Self.check(result.diagnostics.all.map(\.description))
    guard let loaded = result.landscape else {
      return FuzzOutcome(
        accepted: false, firstMessage: result.diagnostics.sorted.first?.description, findings: findings)
    }
    // Plan with the first value of every choice question, and with every yes.
    var answers = Answers()
    for q in loaded.questions {
      switch q.kind {
      case .choice: if let v = q.values.last { answers[q.id] = .choice(v.id) }
      case .bool: answers[q.id] = .bool(true)
      case .integer: answers[q.id] = .integer(5)
      case .kommun: if let k = loaded.kommuner.first { answers[q.id] = .kommun(k.name) }
      default: break
      }
    }
    findings += planAndRender(loaded, answers, FounderData(), [:])
    return FuzzOutcome(accepted: true, firstMessage: nil, findings: findings)
  }

  /// Plans and renders every format; returns broken promises.
  func planAndRender(_ landscape: Landscape, _ answers: Answers, _ data: FounderData, _ cases: [String: CaseRecord])
    -> [String]
  {
    guard let plan = try? Planner.plan(landscape, answers: answers, data: data, today: today, cases: cases) else {
      return []
    }
    var findings: [String] = []
    let outputs = [
      MarkdownRenderer().render(PlanView(plan, landscape: landscape, language: .sv)),
      JSONRenderer().render(PlanView(plan, landscape: landscape, language: .en)),
      ICalendarRenderer().render(PlanView(plan, landscape: landscape, language: .sv)),
    ]
    for (name, text) in zip(["Markdown", "JSON", "iCalendar"], outputs)
    where text.unicodeScalars.contains(where: { Echo.isControl($0) && $0 != "\n" && $0 != "\r" && $0 != "\t" }) {
      findings.append("a control character reached the \(name) export")
    }
    return findings
  }

  /// Messages must be single plain lines of sane length.
  static func check(_ messages: [String]) -> [String] {
    var findings: [String] = []
    for m in messages {
      if !Echo.isPlain(m) { findings.append("a message with control characters: \(Echo.quote(m, limit: 200))") }
      if m.count > 4_000 { findings.append("a message of \(m.count) characters: \(Echo.quote(m, limit: 200))") }
    }
    return findings
  }
}
