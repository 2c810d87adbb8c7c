import Foundation
import NyforetagareEngine
import TestSupport
import Testing
import Yams

/// One founder profile written from an official municipal or agency guide, with the steps the
/// guide says must and must not appear and the orderings it gives.
struct Scenario: CustomTestStringConvertible, Sendable {
  var file: String
  var name: String
  var source: String
  var today: String
  var answersYAML: String
  var mustInclude: [String]
  var mustExclude: [String]
  var order: [[String]]

  var testDescription: String { "\(file): \(name)" }

  static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/ContentTests/Scenarios")

  /// Every scenario file, sorted by name.
  static func all() throws -> [Scenario] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map { try load(folder.appendingPathComponent($0)) }
  }

  static func load(_ url: URL) throws -> Scenario {
    let text = try String(contentsOf: url, encoding: .utf8)
    let file = url.lastPathComponent
    guard let root = try Yams.compose(yaml: text), let map = root.mapping else {
      throw ScenarioError("\(file): not a YAML mapping")
    }
    func string(_ key: String) throws -> String {
      guard let value = map[key]?.string, !value.isEmpty else {
        throw ScenarioError("\(file): '\(key)' is missing")
      }
      return value
    }
    func list(_ key: String) -> [String] {
      map[key]?.sequence?.compactMap(\.string) ?? []
    }
    guard let answers = map["answers"], answers.mapping != nil else {
      throw ScenarioError("\(file): 'answers' is missing")
    }
    let pairs = (map["order"]?.sequence ?? []).map { $0.sequence?.compactMap(\.string) ?? [] }
    return Scenario(
      file: file, name: try string("name"), source: try string("source"),
      today: try string("today"), answersYAML: try Yams.serialize(node: answers, allowUnicode: true),
      mustInclude: list("must_include"), mustExclude: list("must_exclude"), order: pairs)
  }
}

struct ScenarioError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

@Suite("Scenarios from official guides")
struct ScenarioTests {
  @Test("there are at least 15 scenarios, each citing an http(s) source")
  func enoughScenarios() throws {
    let scenarios = try Scenario.all()
    #expect(scenarios.count >= 15, "only \(scenarios.count) scenarios in \(Scenario.folder.path)")
    for s in scenarios {
      #expect(
        s.source.hasPrefix("https://") || s.source.hasPrefix("http://"),
        "\(s.file): source '\(s.source)' is not a URL")
    }
  }

  @Test("the plan matches the guide", arguments: try Scenario.all())
  func planMatchesGuide(_ s: Scenario) throws {
    let today = try #require(Day(iso: s.today), "\(s.file): today '\(s.today)' is not YYYY-MM-DD")
    let plan = try Fixtures.plan(s.answersYAML, today: today)
    let entries = plan.entries.map(\.step.id)
    // A recurring duty is in the plan's "after opening" section, not among the entries.
    let done = Set(plan.alreadyDone.map(\.step.id)).union(plan.duties.map(\.step.id))
    let notNeeded = Set(plan.notNeeded.map(\.step.id))
    let known = Set(Fixtures.landscape.steps.map(\.id))

    for id in s.mustInclude + s.mustExclude + s.order.flatMap({ $0 }) {
      #expect(known.contains(id), "scenario '\(s.name)' (\(s.file)) names unknown step '\(id)'")
    }
    for id in s.mustInclude {
      #expect(
        entries.contains(id) || done.contains(id),
        "scenario '\(s.name)' (\(s.file)): step '\(id)' must be in the plan (source: \(s.source))")
    }
    for id in s.mustExclude {
      #expect(
        notNeeded.contains(id),
        "scenario '\(s.name)' (\(s.file)): step '\(id)' must be not needed, but it is \(entries.contains(id) ? "in the plan" : done.contains(id) ? "already done" : "missing") (source: \(s.source))"
      )
    }
    for pair in s.order {
      guard pair.count == 2 else {
        Issue.record("scenario '\(s.name)' (\(s.file)): an order entry must be a pair, got \(pair)")
        continue
      }
      let first = entries.firstIndex(of: pair[0])
      let second = entries.firstIndex(of: pair[1])
      guard let first, let second else {
        Issue.record(
          "scenario '\(s.name)' (\(s.file)): order \(pair[0]) → \(pair[1]) needs both steps in the plan; missing \(first == nil ? pair[0] : pair[1])"
        )
        continue
      }
      #expect(
        first < second,
        "scenario '\(s.name)' (\(s.file)): step '\(pair[0])' must come before '\(pair[1])' (positions \(first) and \(second))"
      )
    }
  }
}
