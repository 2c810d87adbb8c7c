import Foundation
import NyforetagareExport
import TestSupport
import Testing

@testable import NyforetagareEngine

/// What the JSON goldens do not reach (the example profiles have no window conflict and no
/// case): `window_conflicts[]`, and a tracked case's `overdue`, `expected_decision` and
/// `latest_decision`.
@Suite("JSON: window conflicts and tracked cases")
struct JSONRendererTests {
  func object(_ plan: Plan) throws -> [String: Any] {
    let text = JSONRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .en))
    #expect(text.hasSuffix("}\n"))
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func examplePlan(cases: [String: CaseRecord] = [:]) throws -> Plan {
    let url = Fixtures.packageRoot.appendingPathComponent("Examples/restaurang-malmo.yaml")
    let (answers, data) = try Fixtures.answers(try String(contentsOf: url, encoding: .utf8))
    return try Planner.plan(Fixtures.landscape, answers: answers, data: data, today: Fixtures.today, cases: cases)
  }

  @Test("window_conflicts: step, bound, days, and because and rule only when known")
  func conflicts() throws {
    var plan = try examplePlan()
    plan.windowConflicts = [
      Plan.WindowConflict(
        step: "livsmedelsregistrering", bound: .earliest, days: 3, because: "serveringstillstand",
        note: LocalizedText(sv: "regel", en: "rule \"quoted\"")),
      Plan.WindowConflict(step: "bygglov", bound: .latest, days: 0, because: nil, note: nil),
    ]
    let list = try #require(try object(plan)["window_conflicts"] as? [[String: Any]])
    #expect(list.count == 2)
    #expect(Set(list[0].keys) == ["because", "bound", "days", "rule", "step"])
    #expect(list[0]["because"] as? String == "serveringstillstand")
    #expect(list[0]["bound"] as? String == "earliest")
    #expect(list[0]["days"] as? Int == 3)
    #expect(list[0]["rule"] as? String == "rule \"quoted\"")
    #expect(list[0]["step"] as? String == "livsmedelsregistrering")
    #expect(Set(list[1].keys) == ["bound", "days", "step"])
    #expect(list[1]["bound"] as? String == "latest")
    #expect(list[1]["days"] as? Int == 0)
  }

  @Test("a tracked case: overdue, and the decision days from the case")
  func trackedCase() throws {
    let sent = Fixtures.today.adding(days: -400)
    let plan = try examplePlan(cases: ["bygglov": CaseRecord(state: .submitted, submitted: sent)])
    let tracking = try #require(plan.entry("bygglov")?.tracking)
    let steps = try #require(try object(plan)["steps"] as? [[String: Any]])
    let step = try #require(steps.first { $0["id"] as? String == "bygglov" })
    #expect(step["case_state"] as? String == "submitted")
    #expect(step["overdue"] as? Bool == tracking.overdue)
    #expect(step["latest_decision"] as? String == tracking.latestDecision.iso)
    #expect(step["expected_decision"] as? String == (tracking.expectedKnown ? tracking.expectedDecision.iso : nil))
    // Untracked steps have no `overdue` key.
    #expect(steps.filter { $0["overdue"] != nil }.count == 1)
  }
}

/// docs/JSON.md lists every key a plan's JSON can have: a key added to the renderer without a
/// line there fails here.
@Suite("JSON: docs/JSON.md names every key")
struct JSONDocumentationTests {
  /// The keys of each table in docs/JSON.md, by the section's heading.
  func documentedKeys() throws -> [String: Set<String>] {
    let url = Fixtures.packageRoot.appendingPathComponent("docs/JSON.md")
    var result: [String: Set<String>] = [:]
    var section = ""
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
      guard line.hasPrefix("| `"), let end = line.dropFirst(3).firstIndex(of: "`") else { continue }
      result[section, default: []].insert(String(line.dropFirst(3)[..<end]))
    }
    return result
  }

  @Test("every key of every example's plan, and of a tracked case, is in docs/JSON.md")
  func everyKeyDocumented() throws {
    let docs = try documentedKeys()
    let top = try #require(docs["The top level"])
    let steps = try #require(docs["`steps[]`"])
    let duties = try #require(docs["`duties[]`"])
    let examples = try FileManager.default.contentsOfDirectory(
      at: Fixtures.packageRoot.appendingPathComponent("Examples"), includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "yaml" }
    #expect(examples.count >= 5)
    for url in examples {
      let (answers, data) = try Fixtures.answers(try String(contentsOf: url, encoding: .utf8))
      // A pending case past its time, so that the tracking keys are written too.
      let cases = ["bygglov": CaseRecord(state: .submitted, submitted: Fixtures.today.adding(days: -400))]
      let plan = try Planner.plan(Fixtures.landscape, answers: answers, data: data, today: Fixtures.today, cases: cases)
      let text = JSONRenderer().render(PlanView(plan, landscape: Fixtures.landscape, language: .sv))
      let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      let name = url.lastPathComponent
      #expect(Set(object.keys).subtracting(top).isEmpty, "\(name): \(Set(object.keys).subtracting(top))")
      for case let step as [String: Any] in object["steps"] as? [Any] ?? [] {
        #expect(Set(step.keys).subtracting(steps).isEmpty, "\(name): \(Set(step.keys).subtracting(steps))")
      }
      for case let duty as [String: Any] in object["duties"] as? [Any] ?? [] {
        #expect(Set(duty.keys).subtracting(duties).isEmpty, "\(name): \(Set(duty.keys).subtracting(duties))")
      }
    }
  }
}
