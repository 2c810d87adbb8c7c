import ArgumentParser
import NyforetagareEngine
import NyforetagareExport
import NyforetagareText
import PlanStorage

/// `nyforetagare status --plan FILE`: the case board of a saved plan.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show where every case of a saved plan stands: what is late, what to do next.")

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "The saved plan (a .json file written by the program).")
  var plan: String

  @Option(name: .long, help: "The day to count from, YYYY-MM-DD (default: today).")
  var today: String?

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    let day = try PlanCommand.day(today, common.lang)
    let document = try SavedPlan.load(plan, landscape: landscape, language: common.lang)
    let restored = try SavedPlan.restore(document, path: plan, landscape: landscape, today: day, language: common.lang)
    Console.out(CaseBoard().render(PlanView(restored.plan, landscape: landscape, language: common.lang)))
    for change in restored.changes {
      Console.out((common.lang == .sv ? "Nytt innehåll: " : "New content: ") + change + "\n")
    }
  }
}

/// Reads a saved plan, with clear messages in `language`; locks, creates and changes nothing.
enum SavedPlan {
  static func load(_ path: String, landscape: Landscape, language: Language) throws -> PlanDocument {
    let document: PlanDocument
    do {
      document = try PlanFile.read(path)
    } catch {
      ProblemLine.error(error.message(in: language), language)
      throw ExitCode(1)
    }
    let problems = PlanCheck.problems(document, in: landscape)
    guard problems.isEmpty else {
      ProblemLine.error(PlanFile.Failure.invalid(path: path, problems: problems).message(in: language), language)
      throw ExitCode(1)
    }
    return document
  }

  /// Makes a saved plan into a plan the one way (``PlanDocument/restored(in:today:language:)``),
  /// warning on stderr about each answer the content no longer accepts.
  static func restore(_ document: PlanDocument, path: String, landscape: Landscape, today: Day, language: Language)
    throws -> RestoredPlan
  {
    let restored: RestoredPlan
    do {
      restored = try document.restored(in: landscape, today: today, language: language)
    } catch {
      ProblemLine.error(CLIProblem.planner(error).text(language), language)
      throw ExitCode(1)
    }
    for p in restored.problems { ProblemLine.warning(p, file: path, language) }
    return restored
  }
}

/// The case board as text, in the view's language.
struct CaseBoard {
  func render(_ view: PlanView) -> String {
    let plan = view.plan
    let language = view.language
    let x = Words(language: language)
    func t(_ sv: String, _ en: String) -> String { x.t(sv, en) }
    let words = DateWords(language: language)
    var out = x.earliestOpening + ": " + plan.earliestOpening.iso + "\n"
    if let firm = plan.earliestOpeningFirm, firm < plan.earliestOpening {
      out += t("Räknat bara med steg som säkert gäller: ", "Counting only steps that surely apply: ") + firm.iso + "\n"
      if !view.settlingQuestions.isEmpty {
        out +=
          x.settle(view.settlingQuestions)
          + "\n"
      }
    }
    out += "\n" + words.firstActions + ":\n"
    for (n, v) in view.firstActions.enumerated() {
      out += "  \(n + 1). \(v.title) (\(words.reason(v.entry)))\n"
    }
    if plan.firstActions.isEmpty { out += t("  (inget just nu)\n", "  (nothing right now)\n") }
    out += "\n"
    for v in view.entries where v.entry.step.kind != .milestone {
      let e = v.entry
      var line = "[\(x.caseState(e.caseState))] \(e.step.id): \(v.title)"
      if let c = e.caseRecord {
        if let s = c.submitted { line += t(" · inskickad ", " · sent ") + s.iso }
        if let r = c.reference { line += " · " + r }
        if let d = c.decided { line += t(" · beslut ", " · decided ") + d.iso }
      }
      if let tr = e.tracking {
        line +=
          tr.expectedKnown ? " · \(words.expectedDecision) " + tr.expectedDecision.iso : " · " + words.unknownDecision
        line += " · \(words.latestDecision) " + tr.latestDecision.iso
        if tr.overdue {
          line += t(" · FÖRSENAD", " · OVERDUE")
        } else if tr.late {
          line += t(" · sen", " · late")
        }
      } else if !e.isDone {
        line += " · " + words.span(e)
        if let by = e.window?.latest ?? e.sendBy { line += " · \(words.sendBy) \(by.iso)" }
      }
      out += line + "\n"
      if let tr = e.tracking, tr.overdue { out += "    " + Phrases.overdue(tr)[language] + "\n" }
    }
    let now = view.entries.filter(\.entry.canStartToday)
    out += "\n" + t("Kan göras nu:", "Can be done now:") + "\n"
    for v in now { out += "  - \(v.title)\n" }
    if now.isEmpty { out += t("  (inget – vänta på beslut)\n", "  (nothing – waiting for decisions)\n") }
    if !view.setAside.isEmpty {
      out += "\n" + t("Inte aktuellt (ditt val):", "Not applicable (your choice):") + "\n"
      for a in view.setAside { out += "  - \(a.title): \(a.why)\n" }
    }
    if !view.formerCases.isEmpty {
      out += "\n" + t("Steg som inte längre gäller (historik):", "Steps that no longer apply (history):") + "\n"
      for c in view.formerCases { out += "  - \(c.title): \(x.caseState(c.record.state))\n" }
    }
    return out
  }
}
