import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

Console.guardStandardStreams()
atexit { Console.flushStandardOutput() }
do {
  var command = try Nyforetagare.parseAsRoot()
  try command.run()
  exit(Console.exitStatusAfterRun)
} catch {
  Nyforetagare.exit(withError: error)
}
