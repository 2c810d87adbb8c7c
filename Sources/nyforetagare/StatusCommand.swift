import ArgumentParser
import NyforetagareEngine
import NyforetagareExport
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
    let document = try SavedPlan.load(plan, landscape: landscape)
    let restored: RestoredPlan
    do {
      restored = try document.restored(in: landscape, today: day, language: common.lang)
    } catch {
      Console.error("error: \(error.description)")
      throw ExitCode(1)
    }
    for p in restored.problems { Console.error("\(plan): warning: \(p)") }
    Console.out(CaseBoard(landscape: landscape, language: common.lang).render(restored.plan))
    for change in restored.changes {
      Console.out((common.lang == .sv ? "Nytt innehåll: " : "New content: ") + change + "\n")
    }
  }
}

/// Reads a saved plan, with clear messages; locks, creates and changes nothing.
enum SavedPlan {
  static func load(_ path: String, landscape: Landscape) throws -> PlanDocument {
    let document: PlanDocument
    do {
      document = try PlanFile.read(path)
    } catch {
      Console.error("error: \(error.description)")
      throw ExitCode(1)
    }
    let problems = PlanCheck.problems(document, in: landscape)
    guard problems.isEmpty else {
      Console.error("error: " + PlanFile.Failure.invalid(path: path, problems: problems).description)
      throw ExitCode(1)
    }
    return document
  }
}

/// The case board as text.
struct CaseBoard {
  let landscape: Landscape
  let language: Language

  func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

  func stateName(_ s: CaseRecord.State) -> String { ExportText(language: language).caseState(s) }

  func render(_ plan: Plan) -> String {
    let words = DateWords(language: language)
    var out = t("Tidigaste öppningsdag: ", "Earliest opening day: ") + plan.earliestOpening.iso + "\n"
    if let firm = plan.earliestOpeningFirm, firm < plan.earliestOpening {
      out += t("Räknat bara med steg som säkert gäller: ", "Counting only steps that surely apply: ") + firm.iso + "\n"
      let questions = plan.settlingQuestions.map { landscape.question($0)?.label[language] ?? $0 }
      if !questions.isEmpty {
        out +=
          t("Svara på ", "Answer ") + questions.joined(separator: ", ") + t(" så blir dagen säker.", " to settle it.")
          + "\n"
      }
    }
    out += "\n" + words.firstActions + ":\n"
    for (n, id) in plan.firstActions.enumerated() {
      guard let e = plan.entry(id) else { continue }
      out += "  \(n + 1). \(e.step.title[language]) (\(words.reason(e)))\n"
    }
    if plan.firstActions.isEmpty { out += t("  (inget just nu)\n", "  (nothing right now)\n") }
    out += "\n"
    for e in plan.entries where e.step.kind != .milestone {
      var line = "[\(stateName(e.caseState))] \(e.step.id): \(e.step.title[language])"
      if let c = e.caseRecord {
        if let s = c.submitted { line += t(" · inskickad ", " · sent ") + s.iso }
        if let r = c.reference { line += " · " + r }
        if let d = c.decided { line += t(" · beslut ", " · decided ") + d.iso }
      }
      if let tr = e.tracking {
        line += " · \(words.expectedDecision) " + tr.expectedDecision.iso
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
    let now = plan.canStartNow
    out += "\n" + t("Kan göras nu:", "Can be done now:") + "\n"
    for e in now { out += "  - \(e.step.title[language])\n" }
    if now.isEmpty { out += t("  (inget – vänta på beslut)\n", "  (nothing – waiting for decisions)\n") }
    if !plan.setAside.isEmpty {
      out += "\n" + t("Inte aktuellt (ditt val):", "Not applicable (your choice):") + "\n"
      for a in plan.setAside { out += "  - \(a.step.title[language]): \(plan.cases[a.step.id]?.reason ?? "")\n" }
    }
    if !plan.formerCases.isEmpty {
      out += "\n" + t("Steg som inte längre gäller (historik):", "Steps that no longer apply (history):") + "\n"
      for (id, r) in plan.formerCases {
        out += "  - \(landscape.step(id)?.title[language] ?? id): \(stateName(r.state))\n"
      }
    }
    return out
  }
}
