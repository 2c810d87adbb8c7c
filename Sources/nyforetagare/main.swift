import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

Console.guardStandardStreams()
atexit { Console.flushStandardOutput() }
do {
  // The common headless calls skip ArgumentParser's reflection (QuickCommandLine); all else,
  // help and errors included, goes through ArgumentParser.
  var command = try QuickCommandLine.command(Array(CommandLine.arguments.dropFirst())) ?? Nyforetagare.parseAsRoot()
  try command.run()
  exit(Console.exitStatusAfterRun)
} catch {
  Nyforetagare.exit(withError: error)
}
