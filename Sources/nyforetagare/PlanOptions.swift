import ArgumentParser
import Foundation
import NyforetagareEngine
import NyforetagareExport
import PlanStorage

/// `nyforetagare plan`'s options as plain values, and what the command does with them.
/// ``PlanCommand`` runs it after ArgumentParser has read the arguments; ``QuickCommandLine``
/// builds it directly, without ArgumentParser's property wrappers (whose set-up at start costs
/// protocol-conformance scans in this binary).
struct PlanOptions: QuickCommand {
  var content: String?
  var lang: Language
  var answers: String?
  var plan: String?
  var format: PlanCommand.Format
  var today: String?
  var output: String?
  var planID: String?

  func validate() throws {
    if (answers == nil) == (plan == nil) {
      throw ValidationError(CLIProblem.answersOrPlan.text(lang))
    }
    if let planID, !PlanIdentity.isValid(planID) {
      throw ValidationError(CLIProblem.badPlanID(planID).text(lang))
    }
  }

  func run() throws {
    let landscape = try ContentSource.landscape(content)
    let day = try PlanCommand.day(today, lang)
    var id = planID
    let plan: Plan
    if let path = self.plan {
      let document = try SavedPlan.load(path, landscape: landscape, language: lang)
      id = id ?? document.exportID
      plan = try SavedPlan.restore(document, path: path, landscape: landscape, today: day, language: lang).plan
    } else {
      let parsed = try PlanCommand.readAnswers(answers ?? "", landscape: landscape, language: lang)
      do {
        plan = try Planner.plan(landscape, answers: parsed.0, data: parsed.1, today: day)
      } catch {
        ProblemLine.error(CLIProblem.planner(error).text(lang), lang)
        throw ExitCode(1)
      }
    }
    let view = PlanView(plan, landscape: landscape, language: lang)
    let rendered: String
    switch format {
    case .markdown: rendered = MarkdownRenderer().render(view)
    case .json: rendered = JSONRenderer().render(view)
    case .ics: rendered = ICalendarRenderer(planID: id).render(view)
    case .html: rendered = HTMLRenderer().render(view)
    }
    if let output {
      do {
        // Founder data (a personnummer, an address) makes the file personal: mode 0600.
        try SafeFile.write(Data(rendered.utf8), to: output, personal: !plan.data.values.isEmpty)
      } catch {
        ProblemLine.error(error.message(in: lang), lang)
        throw ExitCode(1)
      }
    } else {
      Console.out(rendered)
    }
  }
}
