import Foundation

/// The median of some numbers (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return .nan }
  let sorted = values.sorted()
  let mid = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/// Whether in-process runs are timed by this thread's CPU time instead of the wall clock
/// (`--cpu-time`): on a machine shared with other work, CPU time leaves out the time spent
/// waiting for a core, so two builds can be compared while something else runs.
let timesCPU = CommandLine.arguments.contains("--cpu-time")

/// The median and the fastest of `count` timed runs of `body`, in seconds, after one warm-up.
func measure(_ count: Int, _ body: () throws -> Void) rethrows -> (median: Double, min: Double) {
  let clock = ContinuousClock()
  var samples: [Double] = []
  try body()  // warm-up
  for _ in 0..<count {
    let cpuStart = threadCPUTime()
    let elapsed = try clock.measure { try body() }
    samples.append(timesCPU ? threadCPUTime() - cpuStart : seconds(elapsed))
  }
  return (median(samples), samples.min() ?? .nan)
}

/// The CPU time this thread has used, in seconds.
func threadCPUTime() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func milliseconds(_ seconds: Double) -> String { String(format: "%9.3f ms", seconds * 1000) }

func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
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

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(1)
}

/// The value after `--name` on the command line, if given.
func option(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
  return arguments[i + 1]
}

/// A table of results, printed at the end.
struct Table {
  var rows: [(String, String, String, String)] = []

  mutating func add(_ name: String, _ result: (median: Double, min: Double), _ note: String = "") {
    rows.append((name, milliseconds(result.median), milliseconds(result.min), note))
  }

  func print(header: (String, String, String) = ("benchmark", "median", "fastest")) {
    let widths = (max(8, rows.map(\.0.count).max() ?? 0), 12, 12)
    Swift.print(
      pad(header.0, widths.0) + " | " + pad(header.1, widths.1) + " | " + pad(header.2, widths.2) + " | note")
    Swift.print(
      String(repeating: "-", count: widths.0) + "-|-" + String(repeating: "-", count: widths.1) + "-|-"
        + String(repeating: "-", count: widths.2) + "-|-----")
    for (name, a, b, note) in rows {
      Swift.print(pad(name, widths.0) + " | " + pad(a, widths.1) + " | " + pad(b, widths.2) + " | " + note)
    }
  }
}
