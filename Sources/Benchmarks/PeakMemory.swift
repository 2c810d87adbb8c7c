import Foundation

/// Peak resident memory of a command, measured from a small process of its own.
///
/// A child's `ru_maxrss` starts at the high-water mark of the memory it was started from:
/// `posix_spawn` (and `fork`) run the child in the parent's memory (or a copy) until it execs,
/// and Linux carries that mark into the new program. Started from this benchmark, every command
/// (the empty program too) would show the benchmark's own few hundred MiB. So a tiny C program,
/// built once with clang (which comes with Swift) like the empty program, starts the command and
/// writes the `ru_maxrss` that `wait4` reports into a file. Its own floor, measured on
/// `/bin/true` the same way, is about 1 MiB; readings near the floor are the floor.
enum PeakMemory {
  /// The measurer: `measure-peak RESULT PROGRAM ARGUMENTS…` writes "KIB STATUS" to RESULT.
  static let source = """
    #include <spawn.h>
    #include <stdio.h>
    #include <sys/resource.h>
    #include <sys/wait.h>
    extern char **environ;
    int main(int argc, char **argv) {
      if (argc < 3) return 2;
      pid_t pid;
      if (posix_spawn(&pid, argv[2], NULL, NULL, argv + 2, environ) != 0) return 3;
      int status = 0;
      struct rusage usage;
      if (wait4(pid, &status, 0, &usage) < 0) return 4;
      FILE *out = fopen(argv[1], "w");
      if (!out) return 5;
      fprintf(out, "%ld %d\\n", usage.ru_maxrss, status);
      return fclose(out) == 0 ? 0 : 6;
    }

    """

  /// The measurer's path, built into the benchmark's temporary folder on first use; nil when
  /// clang cannot build it.
  static let measurer: String? = {
    let folder = NSTemporaryDirectory() + "nyforetagare-bench-empty"
    let binary = folder + "/measure-peak"
    if FileManager.default.isExecutableFile(atPath: binary) { return binary }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/measure-peak.c"
    FileManager.default.createFile(atPath: file, contents: Data(source.utf8))
    guard let built = run("/usr/bin/env", ["clang", "-O2", file, "-o", binary]), built.status == 0 else { return nil }
    return binary
  }()

  /// The highest peak (KiB) over `runs` runs of the program, each started by the measurer; nil
  /// when there is no measurer or a run fails.
  static func peakKiB(_ path: String, _ arguments: [String], runs: Int = 5) -> Int? {
    guard let measurer else { return nil }
    let result = NSTemporaryDirectory() + "nyforetagare-bench-peak-\(getpid())"
    defer { unlink(result) }
    var peak = 0
    for _ in 0..<max(runs, 1) {
      guard let r = run(measurer, [result, path] + arguments), r.status == 0,
        let data = FileManager.default.contents(atPath: result)
      else { return nil }
      let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
      guard fields.count == 2, let kib = Int(fields[0]), fields[1] == "0" else { return nil }
      peak = max(peak, kib)
    }
    return peak
  }
}
