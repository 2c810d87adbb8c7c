// nyforetagare-bench: how long loading, planning, a keystroke and whole commands take.
//
//     swift build -c release && swift run -c release nyforetagare-bench [--runs N] [--pairs N]
//       [--sizes 1000,10000] [--binary PATH] [--empty PATH]
//
// Measures, in this process: loading the content from YAML and from the embedded snapshot;
// parsing Examples/restaurang-malmo.yaml and planning it; planning generated landscapes (a
// random DAG with a fixed seed, about three `requires` per step) of growing size, to show that
// planning grows linearly with steps + dependencies; and keystroke to frame (the app's update
// and view into a cell buffer) on the plan screen of the largest generated landscape.
// Then, as processes: the release binary's whole commands against an empty Swift program that
// imports Foundation, in alternating pairs (the median of the per-pair ratios), with each
// command's peak memory, and the binary's size.
import EmbeddedContent
import Foundation
import NyforetagareEngine

let runs = option("--runs").flatMap(Int.init).map { max($0, 1) } ?? 21
let pairs = option("--pairs").flatMap(Int.init).map { max($0, 1) } ?? 21
let sizes = option("--sizes").map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1_000, 2_000, 5_000, 10_000]
let root =
  option("--root")
  ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path
let today = Day(year: 2026, month: 11, day: 22) ?? Day(daysSinceEpoch: 0)
var table = Table()

// MARK: - The real content and the real example

let realFiles = EmbeddedContent.files.map {
  ContentFile(displayPath: "Content/" + $0.path, relativePath: $0.path, text: $0.text)
}
let examplePath = root + "/Examples/restaurang-malmo.yaml"
guard let exampleData = FileManager.default.contents(atPath: examplePath) else {
  fail("cannot read \(examplePath) (run from the package, or pass --root)")
}
let restaurantAnswers = String(decoding: exampleData, as: UTF8.self)
guard let realLandscape = ContentLoader.load(realFiles).landscape else { fail("the embedded content has errors") }

table.add(
  "load the real content from YAML", measure(runs) { _ = ContentLoader.load(realFiles) },
  "\(realFiles.count) files, \(realLandscape.steps.count) steps")
table.add(
  "parse Examples/restaurang-malmo.yaml + plan",
  try measure(runs) {
    let (answers, data) = try AnswerParser.parse(restaurantAnswers, file: "bench", landscape: realLandscape)
    _ = try Planner.plan(realLandscape, answers: answers, data: data, today: today)
  })
if let snapshot = EmbeddedContent.snapshotBytes {
  table.add(
    "load the embedded snapshot in place (what the program does)",
    measure(runs) { _ = LandscapeSnapshot.decode(inPlace: snapshot) }, "\(snapshot.count) bytes")
  table.add(
    "whole real plan from the snapshot: load + parse + plan",
    try measure(runs) {
      guard let landscape = LandscapeSnapshot.decode(inPlace: snapshot) else { fail("bad snapshot") }
      let (answers, data) = try AnswerParser.parse(restaurantAnswers, file: "bench", landscape: landscape)
      _ = try Planner.plan(landscape, answers: answers, data: data, today: today)
    })
}

// MARK: - Generated landscapes

/// Everything a plan decides, as text: order, dates, critical flags, requires and the chain.
func fingerprint(_ plan: Plan) -> String {
  var text = plan.entries.map { e in
    "\(e.step.id) \(e.start) \(e.done) \(e.critical) \(e.requires.joined(separator: ",")) "
      + e.requiredBy.joined(separator: ",")
  }.joined(separator: "\n")
  text += "\n" + plan.criticalPath.joined(separator: ",") + " \(plan.earliestOpening)"
  return checksum(text)
}

var scaling: [(Int, Int, Double)] = []
var fingerprints: [String] = []
var largest: Landscape?
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
  table.add(
    "plan a generated landscape of \(size) steps", result,
    "\(edges) edges, \(plan.entries.count) entries; loaded once in \(String(format: "%.2f", seconds(loadTime))) s")
  scaling.append((size, edges, result.median))
  fingerprints.append("\(size): \(fingerprint(plan)) (\(plan.entries.count) entries, opening \(plan.earliestOpening))")
  largest = landscape
}

if let landscape = largest {
  let keystroke = keystrokeToFrame(landscape, answers: Answers(["q": .bool(true)]), today: today, runs: max(runs, 101))
  table.add(
    "keystroke to frame, plan screen of \(landscape.steps.count) steps", (keystroke.median, keystroke.min),
    "update (down) + view into a 120×40 cell buffer; \(keystroke.entries) entries")
}

// MARK: - Whole commands, as processes

let binary =
  option("--binary")
  ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nyforetagare")
  .path
var comparisons: [StartupComparison] = []
var emptyProgram = ""
if FileManager.default.isExecutableFile(atPath: binary) {
  emptyProgram = emptyFoundationProgram()
  let output = NSTemporaryDirectory() + "nyforetagare-bench-plan.json"
  let commands: [(String, [String])] = [
    (
      "plan --answers Examples/restaurang-malmo.yaml --format json",
      ["plan", "--answers", examplePath, "--today", "2026-11-22", "--format", "json"]
    ),
    // The same with --output: SafeFile's atomic write, two fsyncs (the file, the folder) and a
    // rename, whose cost is the disk's.
    (
      "  the same, --output FILE (atomic write, fsync)",
      ["plan", "--answers", examplePath, "--today", "2026-11-22", "--format", "json", "--output", output]
    ),
    ("questions", ["questions"]),
    ("lint", ["lint"]),
    ("--help", ["--help"]),
  ]
  for (name, arguments) in commands {
    comparisons.append(
      StartupComparison.measure(name, binary: binary, arguments: arguments, empty: emptyProgram, pairs: pairs))
  }
}

// MARK: - Report

table.print()
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
if comparisons.isEmpty {
  print("\nno release binary at \(binary): build it (swift build -c release) or pass --binary PATH")
} else {
  print("")
  print("whole commands against the empty program (\(emptyProgram)), \(pairs) alternating pairs:")
  print("  command                                                | ratio (median) | command  | empty    | peak memory")
  func mib(_ kib: Int?) -> String { kib.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "unknown" }
  for c in comparisons {
    print(
      "  " + pad(c.name, 54)
        + String(format: " | %10.2f×    | %5.2f ms | %5.2f ms | ", c.ratio, c.command * 1000, c.empty * 1000)
        + "\(mib(c.peakKiB)) (empty: \(mib(c.emptyPeakKiB)))")
  }
  print(
    "peak memory: the highest ru_maxrss of 5 runs, each started by a small C program of its own "
      + "(its floor, /bin/true: \(mib(PeakMemory.peakKiB("/bin/true", []))))")
  print(
    "binary: \(binary), "
      + String(
        format: "%.1f MB (the empty program: %.1f kB)", Double(fileSize(binary)) / 1e6,
        Double(fileSize(emptyProgram)) / 1e3))
}
