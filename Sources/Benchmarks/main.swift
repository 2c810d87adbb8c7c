// nyforetagare-bench: how long loading and planning take, as medians over several runs.
//
//     swift run -c release nyforetagare-bench [--runs N]
//
// Measures: loading the embedded content; parsing answers and planning a real profile; the
// whole real plan (load + parse + plan); and planning generated landscapes (a random DAG with a
// fixed seed, about three `requires` per step) of growing size, timed without the loading, to
// show that planning grows linearly with steps + dependencies.
import EmbeddedContent
import Foundation
import NyforetagareEngine

// MARK: - Measuring

let arguments = CommandLine.arguments
let runs: Int = {
  if let i = arguments.firstIndex(of: "--runs"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 {
    return n
  }
  return 21
}()

/// The median and the fastest of `count` timed runs of `body`, in seconds.
func measure(_ count: Int, _ body: () throws -> Void) rethrows -> (median: Double, min: Double) {
  let clock = ContinuousClock()
  var samples: [Double] = []
  try body()  // warm-up
  for _ in 0..<count {
    let elapsed = try clock.measure { try body() }
    samples.append(seconds(elapsed))
  }
  samples.sort()
  let mid = samples.count / 2
  let median = samples.count % 2 == 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2
  return (median, samples[0])
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func milliseconds(_ seconds: Double) -> String { String(format: "%9.3f ms", seconds * 1000) }

func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

var rows: [(String, String, String, String)] = []
@MainActor func report(_ name: String, _ result: (median: Double, min: Double), _ note: String = "") {
  rows.append((name, milliseconds(result.median), milliseconds(result.min), note))
}

/// FNV-1a over text: a checksum that is the same in every process (unlike `Hasher`).
func checksum(_ text: String) -> String {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in text.utf8 {
    hash ^= UInt64(byte)
    hash = hash &* 0x100_0000_01b3
  }
  return String(hash, radix: 16)
}

/// Everything a plan decides, as text: order, dates, critical flags, requires and the chain.
func fingerprint(_ plan: Plan) -> String {
  var text = plan.entries.map { e in
    "\(e.step.id) \(e.start) \(e.done) \(e.critical) \(e.requires.joined(separator: ",")) "
      + e.requiredBy.joined(separator: ",")
  }.joined(separator: "\n")
  text += "\n" + plan.criticalPath.joined(separator: ",") + " \(plan.earliestOpening)"
  return checksum(text)
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(1)
}

// MARK: - The real content

let realFiles = EmbeddedContent.files.map {
  ContentFile(displayPath: "Content/" + $0.path, relativePath: $0.path, text: $0.text)
}
let today = Day(year: 2026, month: 11, day: 22) ?? Day(daysSinceEpoch: 0)
let restaurantAnswers = """
  kommun: Malmö
  business_type: restaurant
  company_form: aktiebolag
  company_registered: false
  takeover: none
  premises: change_of_use
  works_interior: true
  new_ventilation: true
  new_grease_trap: true
  facade_or_extension: false
  sign: large
  alcohol: public
  serving_after_01: false
  outdoor_seating: public_ground
  employees: 6
  payments: cash_card
  sales_below_4_pbb: false
  lpg_indoor_litres: 0
  lpg_outdoor_litres: 40
  music: background
  public_dancing: false
  tobacco: false
  opening_date: 2027-03-01
  data:
    organisationsnummer: 556677-8899
  """

guard let realLandscape = ContentLoader.load(realFiles).landscape else { fail("the embedded content has errors") }

report(
  "load the real content", measure(runs) { _ = ContentLoader.load(realFiles) },
  "\(realFiles.count) files, \(realLandscape.steps.count) steps")
report(
  "parse answers + plan (restaurant, Malmö)",
  try measure(runs) {
    let (answers, data) = try AnswerParser.parse(restaurantAnswers, file: "bench", landscape: realLandscape)
    _ = try Planner.plan(realLandscape, answers: answers, data: data, today: today)
  })
report(
  "whole real plan: load + parse + plan",
  try measure(runs) {
    guard let landscape = ContentLoader.load(realFiles).landscape else { fail("content errors") }
    let (answers, data) = try AnswerParser.parse(restaurantAnswers, file: "bench", landscape: landscape)
    _ = try Planner.plan(landscape, answers: answers, data: data, today: today)
  })

if let snapshot = EmbeddedContent.snapshotBytes {
  report(
    "load the embedded snapshot in place (what the program does)",
    measure(runs) { _ = LandscapeSnapshot.decode(snapshot) }, "\(snapshot.count) bytes")
  report(
    "whole real plan from the snapshot",
    try measure(runs) {
      guard let landscape = LandscapeSnapshot.decode(snapshot) else { fail("bad snapshot") }
      let (answers, data) = try AnswerParser.parse(restaurantAnswers, file: "bench", landscape: landscape)
      _ = try Planner.plan(landscape, answers: answers, data: data, today: today)
    })
}

// MARK: - Generated landscapes

/// A small deterministic generator (SplitMix64), so every run plans the same landscape.
struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Content files for `count` steps: each requires about three random earlier steps (some with
/// a lag), a tenth apply only when a question is answered yes, a twentieth come after opening,
/// some must be sent in days before opening. Returns the files and the number of edges.
func generatedContent(steps count: Int, seed: UInt64) -> (files: [ContentFile], edges: Int) {
  var rng = SplitMix64(state: seed)
  var files: [ContentFile] = []
  func file(_ path: String, _ text: String) {
    files.append(ContentFile(displayPath: "Gen/" + path, relativePath: path, text: text))
  }
  file("meta.yaml", "version: gen\ndate: 2026-11-22\ndisclaimer: {sv: Kontrollera., en: Check.}\n")
  file("actors/a.yaml", "actors:\n  - {id: a, level: state, name: {sv: A, en: A}}\n")
  file(
    "questions/q.yaml",
    "questions:\n  - {id: q, type: bool, label: {sv: Q, en: Q}, text: {sv: Q?, en: Q?}}\n")
  file(
    "kommuner/kommuner.yaml",
    "lan:\n  - {code: \"12\", name: Skåne län}\nkommuner:\n  - {code: \"1280\", name: Malmö}\n")
  var edges = 0
  let afterOpening = Set((0..<count).filter { _ in rng.below(20) == 0 })
  for i in 0..<count {
    let id = "s\(String(i + 100_000_000).dropFirst())"
    var requires: [String] = []
    if i > 0 {
      var chosen: Set<Int> = []
      for _ in 0..<3 {
        let j = rng.below(i)
        // An after-opening step may not be required by a before-opening one (that is a cycle
        // through the opening milestone).
        if !afterOpening.contains(j) || afterOpening.contains(i) { chosen.insert(j) }
      }
      for j in chosen.sorted() {
        let other = "s\(String(j + 100_000_000).dropFirst())"
        let lag = rng.below(4) == 0 ? rng.below(15) : 0
        requires.append(lag > 0 ? "  - {step: \(other), lag_days: \(lag)}" : "  - \(other)")
      }
      edges += chosen.count
    }
    var text = """
      id: \(id)
      title: {sv: Steg \(i), en: Step \(i)}
      actor: a
      kind: registration
      why: {sv: Därför., en: Because.}
      timing:
        handling_days: {typical: \(1 + rng.below(30)), year: 2025, source: "https://example.se/h"}

      """
    if rng.below(10) == 0 { text += "  notice_days_before_opening: 14\n" }
    if afterOpening.contains(i) { text += "phase: after_opening\n" }
    if rng.below(10) == 0 { text += "applies_when: {question: q, is: true}\n" }
    if !requires.isEmpty { text += "requires:\n" + requires.joined(separator: "\n") + "\n" }
    text += "legal_basis: [{ref: \"Lag (2000:1)\"}]\nsources: [\"https://example.se/s\"]\n"
    file("steps/\(id).yaml", text)
  }
  file(
    "steps/oppning.yaml",
    """
    id: oppning
    title: {sv: Öppning, en: Opening}
    actor: a
    kind: milestone
    why: {sv: Öppning., en: Opening.}
    legal_basis_none: {sv: Ingen., en: None.}
    sources: ["https://example.se/o"]

    """)
  return (files, edges)
}

let sizes: [Int] = {
  if let i = arguments.firstIndex(of: "--sizes"), i + 1 < arguments.count {
    return arguments[i + 1].split(separator: ",").compactMap { Int($0) }
  }
  return [1_000, 2_000, 5_000, 10_000]
}()
var scaling: [(Int, Int, Double)] = []
var fingerprints: [String] = []
for size in sizes {
  let (files, edges) = generatedContent(steps: size, seed: 2026)
  let clock = ContinuousClock()
  var loaded: ContentLoader.Result?
  let loadTime = clock.measure { loaded = ContentLoader.load(files) }
  guard let landscape = loaded?.landscape else {
    fail("generated content has errors: " + (loaded?.diagnostics.errors.prefix(3).map(\.description) ?? []).joined())
  }
  let answers = Answers(["q": .bool(true)])
  let plan = try Planner.plan(landscape, answers: answers, today: today)
  let sizeRuns = max(3, runs * 1_000 / max(size, 1_000))
  let result = try measure(sizeRuns) { _ = try Planner.plan(landscape, answers: answers, today: today) }
  report(
    "plan a generated landscape of \(size) steps", result,
    "\(edges) edges; loaded once in \(String(format: "%.2f", seconds(loadTime))) s"
  )
  scaling.append((size, edges, result.median))
  fingerprints.append("\(size): \(fingerprint(plan)) (\(plan.entries.count) entries, opening \(plan.earliestOpening))")
}

// MARK: - Report

let widths = (max(8, rows.map(\.0.count).max() ?? 0), 12, 12)
print(pad("benchmark", widths.0) + " | " + pad("median", widths.1) + " | " + pad("fastest", widths.2) + " | note")
print(
  String(repeating: "-", count: widths.0) + "-|-" + String(repeating: "-", count: widths.1) + "-|-"
    + String(repeating: "-", count: widths.2) + "-|-----")
for (name, median, fastest, note) in rows {
  print(pad(name, widths.0) + " | " + pad(median, widths.1) + " | " + pad(fastest, widths.2) + " | " + note)
}
print("")
print("planning cost per step + edge (should stay flat if planning is linear):")
for (size, edges, median) in scaling {
  print(
    String(format: "  %6d steps + %6d edges: %8.1f ns per step+edge", size, edges, median * 1e9 / Double(size + edges)))
}
print("")
print("plan fingerprints (must not change when the planner is optimised):")
for f in fingerprints { print("  " + f) }
print("runs: \(runs) (fewer for the large landscapes)")
