import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run of a program: wall time from spawn to exit and exit status. (Its `ru_maxrss` would
/// be this process's own high-water mark: see ``PeakMemory``.)
struct ProcessRun {
  var seconds: Double
  var status: Int32
}

/// Runs a program to its end with standard output and error sent to /dev/null; nil when it
/// cannot be started.
func run(_ path: String, _ arguments: [String]) -> ProcessRun? {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
  defer { for p in argv { free(p) } }
  var pid: pid_t = 0
  let clock = ContinuousClock()
  let start = clock.now
  guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  let elapsed = clock.now - start
  return ProcessRun(seconds: seconds(elapsed), status: status)
}

/// The size of a file in bytes, or 0.
func fileSize(_ path: String) -> Int {
  var info = stat()
  return stat(path, &info) == 0 ? Int(info.st_size) : 0
}

/// The empty program the whole commands are compared with: `import Foundation` and nothing
/// else, built with `swiftc -O` (linked dynamically, as swiftc does by default). Built once into
/// a temporary folder unless `--empty PATH` names one.
func emptyFoundationProgram() -> String {
  if let path = option("--empty") { return path }
  let folder = NSTemporaryDirectory() + "nyforetagare-bench-empty"
  let binary = folder + "/empty-foundation"
  if FileManager.default.isExecutableFile(atPath: binary) { return binary }
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let source = folder + "/main.swift"
  FileManager.default.createFile(atPath: source, contents: Data("import Foundation\n".utf8))
  guard let built = run("/usr/bin/env", ["swiftc", "-O", source, "-o", binary]), built.status == 0 else {
    fail("cannot build the empty program with swiftc; pass --empty PATH")
  }
  return binary
}

/// A whole command against the empty program in the same run: `pairs` alternating pairs (the
/// order inside a pair alternates too), the median of the per-pair ratios, both medians, and
/// both programs' peak memory (KiB, from ``PeakMemory``; nil when it cannot be measured).
struct StartupComparison {
  var name: String
  var ratio: Double
  var command: Double
  var empty: Double
  var peakKiB: Int?
  var emptyPeakKiB: Int?

  static func measure(
    _ name: String, binary: String, arguments: [String], empty: String, pairs: Int
  ) -> StartupComparison {
    for _ in 0..<3 {  // warm the page cache
      _ = run(empty, [])
      _ = run(binary, arguments)
    }
    var ratios: [Double] = []
    var commandTimes: [Double] = []
    var emptyTimes: [Double] = []
    for i in 0..<pairs {
      var pair: (command: ProcessRun?, empty: ProcessRun?)
      if i % 2 == 0 {
        pair.empty = run(empty, [])
        pair.command = run(binary, arguments)
      } else {
        pair.command = run(binary, arguments)
        pair.empty = run(empty, [])
      }
      guard let c = pair.command, let e = pair.empty, c.status == 0, e.status == 0 else {
        fail("\(name): the command or the empty program failed (\(binary) \(arguments.joined(separator: " ")))")
      }
      ratios.append(c.seconds / e.seconds)
      commandTimes.append(c.seconds)
      emptyTimes.append(e.seconds)
    }
    return StartupComparison(
      name: name, ratio: median(ratios), command: median(commandTimes), empty: median(emptyTimes),
      peakKiB: PeakMemory.peakKiB(binary, arguments), emptyPeakKiB: PeakMemory.peakKiB(empty, []))
  }
}
