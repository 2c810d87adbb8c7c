import Foundation
import NyforetagareEngine
import PlanStorage

/// Good inputs to start from: the Examples/ folder when run from the repository, else a few
/// written here.
enum FuzzExamples {
  static let fallback = [
    "kommun: Malmö\nbusiness_type: restaurant\ncompany_form: aktiebolag\nalcohol: public\nemployees: 4\n",
    "kommun: Umeå\nbusiness_type: cafe\ncompany_form: enskild_firma\nemployees: 0\ndata:\n  telefon: 090-12 34 56\n",
  ]

  static func answers() -> [String] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: "Examples")) ?? []).sorted()
    let texts = names.filter { $0.hasSuffix(".yaml") }.compactMap {
      try? String(contentsOfFile: "Examples/" + $0, encoding: .utf8)
    }
    return texts.isEmpty ? fallback : texts
  }

  /// A real saved plan (with a case and founder data), as its JSON.
  static func planJSON(_ landscape: Landscape) -> String {
    let today = Day(year: 2026, month: 11, day: 22) ?? Day(daysSinceEpoch: 20_779)
    for text in answers() + fallback {
      guard let (answers, data) = try? AnswerParser.parse(text, file: "example", landscape: landscape),
        let plan = try? Planner.plan(landscape, answers: answers, data: data, today: today)
      else { continue }
      var cases: [String: CaseRecord] = [:]
      if let first = plan.entries.first {
        cases[first.step.id] = CaseRecord(state: .submitted, submitted: today, reference: "MN 2026-1")
      }
      let document = PlanDocument(
        contentVersion: landscape.meta.version, created: today, updated: today, language: .sv,
        answers: answers, data: data, cases: cases, snapshot: PlanDocument.snapshot(of: plan))
      return String(decoding: PlanFile.encode(document), as: UTF8.self)
    }
    return "{\"schema\": 1}"
  }
}
