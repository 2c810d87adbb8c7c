import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

Console.guardStandardStreams()
atexit { Console.flushStandardOutput() }
do {
  // The common headless calls skip ArgumentParser (QuickCommandLine); all else, help and errors
  // included, goes through ArgumentParser.
  if let quick = QuickCommandLine.command(Array(CommandLine.arguments.dropFirst())) {
    try quick.run()
  } else {
    var command = try Nyforetagare.parseAsRoot()
    try command.run()
  }
  exit(Console.exitStatusAfterRun)
} catch {
  Nyforetagare.exit(withError: error)
}
