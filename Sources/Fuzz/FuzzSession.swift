import Foundation
import FuzzKit

#if canImport(Glibc)
  import Glibc
#endif

/// Runs inputs one by one within the budgets, keeps every failing input, and counts.
final class FuzzSession: @unchecked Sendable {
  let options: FuzzOptions
  let runner: FuzzRunner
  private let lock = NSLock()
  private var started: Double?
  private var currentLabel = ""
  private var failures = 0
  private var counts: [FuzzInput.Kind: (run: Int, accepted: Int)] = [:]
  private var slowest: (seconds: Double, label: String) = (0, "")
  private var largest: (megabytes: Int, label: String) = (0, "")

  init(options: FuzzOptions, runner: FuzzRunner) {
    self.options = options
    self.runner = runner
    try? FileManager.default.createDirectory(atPath: options.save, withIntermediateDirectories: true)
  }

  /// A thread that ends the program when one input runs far over its time budget or memory.
  func startWatchdog() {
    let limit = max(60, options.timeBudget * 12)
    let memoryLimit = options.memoryBudgetMB * 4
    let thread = Thread { [self] in
      while true {
        Thread.sleep(forTimeInterval: 0.2)
        lock.lock()
        let running = started.map { Self.now() - $0 }
        let label = currentLabel
        lock.unlock()
        let rss = Memory.residentMegabytes()
        if let running, running > limit || rss > memoryLimit {
          let why = running > limit ? "ran over \(Int(limit)) s (a hang)" : "used \(rss) MB"
          FuzzLog.line("FAIL \(label): \(why); the input is in \(options.save)/current.* — \(replayHint(label))")
          _exit(2)
        }
      }
    }
    thread.start()
  }

  func replayHint(_ label: String) -> String {
    let parts = label.split(separator: " ")
    guard parts.count == 2, parts[1].hasPrefix("#") else { return "replay with --replay FILE" }
    return "replay with: nyforetagare-fuzz --seed \(options.seed) --only \(parts[0]):\(parts[1].dropFirst())"
  }

  /// Runs one input within the budgets.
  func run(_ input: FuzzInput, label: String) {
    // Kept before it runs: if it traps, the file is there to replay.
    let current = "\(options.save)/current.\(input.fileExtension)"
    try? Data(input.corpusText.utf8).write(to: URL(fileURLWithPath: current))
    try? Data("\(label)\n\(replayHint(label))\n".utf8).write(to: URL(fileURLWithPath: options.save + "/current.txt"))
    Memory.resetPeak()
    let before = Memory.residentMegabytes()
    lock.lock()
    started = Self.now()
    currentLabel = label
    lock.unlock()
    let cpuBefore = Self.cpuSeconds()
    let outcome = runner.run(input)
    // The budget counts processor time, so a busy machine does not fail an input; the watchdog
    // still ends a hang by the clock.
    let seconds = Self.cpuSeconds() - cpuBefore
    lock.lock()
    started = nil
    lock.unlock()
    let grown = max(0, Memory.peakMegabytes() - before)
    if options.verbose {
      FuzzLog.line("\(label): " + (outcome.accepted ? "accepted" : "refused: " + (outcome.firstMessage ?? "")))
    }
    var problems = outcome.findings
    if seconds > options.timeBudget {
      problems.append(String(format: "took %.2f s (budget %.2f s)", seconds, options.timeBudget))
    }
    if grown > options.memoryBudgetMB { problems.append("used \(grown) MB more (budget \(options.memoryBudgetMB) MB)") }
    var c = counts[input.kind] ?? (0, 0)
    c.run += 1
    if outcome.accepted { c.accepted += 1 }
    counts[input.kind] = c
    if seconds > slowest.seconds { slowest = (seconds, label) }
    if grown > largest.megabytes { largest = (grown, label) }
    guard !problems.isEmpty else { return }
    failures += 1
    let name = "\(options.save)/failed-\(input.kind.rawValue)-\(options.seed)-\(failures).\(input.fileExtension)"
    try? Data(input.corpusText.utf8).write(to: URL(fileURLWithPath: name))
    FuzzLog.line("FAIL \(label): \(problems.joined(separator: "; ")); kept in \(name)")
  }

  /// Runs every file of a corpus folder (subfolders answers/, plan/, kiosk/, content/).
  func runCorpus(_ folder: String) {
    for kind in FuzzInput.Kind.allCases {
      let dir = folder + "/" + kind.rawValue
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
      for name in names where !name.hasPrefix(".") { runCorpusFile(dir + "/" + name, kind: kind) }
    }
  }

  /// Runs one kept file; its kind is its folder's name unless given.
  func runCorpusFile(_ path: String, kind given: FuzzInput.Kind? = nil) {
    let given = given ?? options.kind
    let folderName = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    guard let kind = given ?? FuzzInput.Kind(rawValue: folderName) else {
      FuzzLog.line("nyforetagare-fuzz: \(path): put it in a folder named answers, plan, kiosk or content")
      failures += 1
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      FuzzLog.line("nyforetagare-fuzz: cannot read \(path)")
      failures += 1
      return
    }
    run(FuzzInput(kind: kind, corpusText: String(decoding: data, as: UTF8.self)), label: "corpus \(path)")
  }

  /// Prints the summary; returns the exit status.
  func finish() -> Int32 {
    let total = counts.values.reduce(0) { $0 + $1.run }
    for kind in FuzzInput.Kind.allCases {
      guard let c = counts[kind] else { continue }
      FuzzLog.line("\(kind.rawValue): \(c.run) inputs, \(c.accepted) accepted, \(c.run - c.accepted) refused")
    }
    FuzzLog.line(
      String(
        format: "%d inputs (seed %llu), %d failed; slowest %.3f s (%@), most memory +%d MB (%@)", total,
        options.seed, failures, slowest.seconds, slowest.label, largest.megabytes, largest.label))
    if failures == 0 {
      for ext in ["txt", "yaml", "json"] { unlink("\(options.save)/current.\(ext)") }
    }
    return failures == 0 ? 0 : 1
  }

  static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

  /// The processor time the whole process has used, in seconds.
  static func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}

/// The process's memory, from /proc.
enum Memory {
  /// Resets the peak resident size (Linux: "5" into clear_refs).
  static func resetPeak() {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    _ = write(fd, "5", 1)
    close(fd)
  }

  static func residentMegabytes() -> Int { field("VmRSS:") }
  static func peakMegabytes() -> Int { field("VmHWM:") }

  static func field(_ name: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) })
    else { return 0 }
    let kb = Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty } ?? "") ?? 0
    return kb / 1024
  }
}

/// Lines to standard error.
enum FuzzLog {
  static func line(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
