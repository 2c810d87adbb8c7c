import EmbeddedContent
import Foundation
import TestSupport
import Testing

@testable import NyforetagareEngine

/// The landscape keeps what the planner reads of each step (``StepFacts``), each step's
/// requirements by position, and the figures that are the same for every kommun. A plan made
/// from them must be the plan made from the steps themselves.
@Suite("Planning facts made with the landscape")
struct PlanningFactsTests {
  /// The real content as YAML, and as the snapshot the program reads.
  static let landscapes: [(name: String, landscape: Landscape)] = {
    var all = [("yaml", Fixtures.landscape)]
    if let bytes = EmbeddedContent.snapshotBytes, let snapshot = LandscapeSnapshot.decode(inPlace: bytes) {
      all.append(("snapshot", snapshot))
    }
    return all
  }()

  @Test("the shared figures equal the figures resolved for each step, in every kommun and none")
  func sharedFiguresEqualResolved() throws {
    for (name, landscape) in Self.landscapes {
      let kommuner: [String?] = [nil] + landscape.kommuner.map(\.name)
      var shared = 0
      for (p, step) in landscape.steps.enumerated() {
        for kommun in kommuner {
          let local = kommun.flatMap { landscape.profiles[$0]?.steps[step.id] }
          let planned = FigureResolver.resolve(at: p, kommun: kommun, local: local, in: landscape)
          let resolved = FigureResolver.resolve(step, kommun: kommun, in: landscape)
          #expect(planned == resolved, "\(name): \(step.id) in \(kommun ?? "no kommun")")
          #expect(planned.handlingBasis == resolved.handlingBasis, "\(name): \(step.id) in \(kommun ?? "-")")
          #expect(planned.fee?.scope == resolved.fee?.scope, "\(name): \(step.id) in \(kommun ?? "-")")
          #expect(planned.handling?.kommun == resolved.handling?.kommun, "\(name): \(step.id) in \(kommun ?? "-")")
          #expect(planned.typicalDays == resolved.typicalDays && planned.maxDays == resolved.maxDays)
          if landscape.generalFigures[p] != nil { shared += 1 }
        }
      }
      // Many steps have one national or estimated figure: the sharing is used, not bypassed.
      #expect(shared > landscape.steps.count * kommuner.count / 3, "\(name)")
    }
  }

  @Test("a step's facts say what the step says")
  func factsFollowTheSteps() {
    for (name, landscape) in Self.landscapes {
      #expect(landscape.facts.count == landscape.steps.count)
      for (p, step) in landscape.steps.enumerated() {
        let f = landscape.facts[p]
        let level = landscape.actors[step.actor]?.level
        #expect(f.kind == step.kind && f.phase == step.phase, "\(name): \(step.id)")
        #expect(f.isAuthority == (step.kind != .milestone && level != nil && level != .private), "\(step.id)")
        #expect(f.noticeDays == step.timing.noticeDaysBeforeOpening, "\(step.id)")
        #expect(f.statutoryMaxDays == step.timing.statutoryMax?.days, "\(step.id)")
        #expect(f.hasWindow == (step.timing.window != nil), "\(step.id)")
        #expect(f.hasConditions == (step.appliesWhen != nil || step.doneWhen != nil), "\(step.id)")
        #expect(f.isRecurringOnly == (step.kind == .duty && step.timing.recurring != nil), "\(step.id)")
        let links = Array(landscape.requirementLinks[p])
        #expect(links.count == step.requires.count, "\(step.id)")
        for (link, r) in zip(links, step.requires) {
          #expect(link.target == (landscape.stepPosition(r.step) ?? -1), "\(step.id) → \(r.step)")
          #expect(link.lagDays == r.lagDays && link.event == r.event && link.gates == r.gates)
          #expect(link.isConditional == (r.when != nil))
        }
      }
    }
  }

  @Test("an actor made private after loading dates its steps as a private party's: the facts follow")
  func factsFollowActorChanges() throws {
    var landscape = Fixtures.landscape
    let p = try #require(
      landscape.steps.firstIndex { landscape.actors[$0.actor]?.level == .state && $0.kind == .permit })
    let step = landscape.steps[p]
    #expect(landscape.facts[p].isAuthority)
    let before = try #require(landscape.generalFigures[p])
    landscape.actors[step.actor]?.level = .private
    #expect(!landscape.facts[p].isAuthority)
    let after = FigureResolver.resolve(at: p, kommun: nil, local: nil, in: landscape)
    #expect(after == FigureResolver.resolve(step, kommun: nil, in: landscape))
    // A private party sets no national figure: its time is our estimate.
    if step.timing.handling?.scope != .estimate {
      #expect(before.handlingBasis == .national)
      #expect(after.handlingBasis == .estimate)
    }
  }
}

@Suite("Plan entries: the fields most leave empty")
struct PlanEntryExtrasTests {
  @Test("a case record, tracking, window, season, contact or note set and cleared leaves an equal entry")
  func setAndClear() throws {
    let example = Fixtures.packageRoot.appendingPathComponent("Examples/restaurang-malmo.yaml")
    let plan = try Fixtures.plan(String(decoding: try Data(contentsOf: example), as: UTF8.self))
    let plain = try #require(plan.entries.first { $0.caseRecord == nil && $0.window == nil && $0.contact == nil })
    var entry = plain
    let record = CaseRecord(state: .submitted, submitted: Day(year: 2026, month: 11, day: 20))
    entry.caseRecord = record
    #expect(entry.caseRecord == record)
    #expect(entry != plain)
    entry.kommunNote = LocalizedText(sv: "Ring först.", en: "Call first.")
    entry.caseRecord = nil
    #expect(entry.kommunNote?[.sv] == "Ring först.")
    #expect(entry != plain)
    entry.kommunNote = nil
    #expect(entry == plain, "an entry whose boxed fields are all cleared is the entry it was")
    #expect(entry.hashValue == plain.hashValue)
    // An entry the planner made with a window keeps it.
    if let windowed = plan.entries.first(where: { $0.window != nil }) {
      var copy = windowed
      copy.caseRecord = record
      #expect(copy.window == windowed.window)
    }
  }
}
