// nyforetagare-fuzz: hostile answers files, saved plans, kiosk configurations and content
// folders, generated from a seed and run through the loaders in this process, each within a time
// and a memory budget. Fails on a broken promise (see FuzzOutcome), on an input over budget, and
// — by dying — on a trap; a watchdog ends a hang. See docs/FUZZING.md.
//
//     swift run nyforetagare-fuzz --seed 1 --count 5000
//     swift run -c release nyforetagare-fuzz --seed 7 --count 200000 --time-budget 2
import EmbeddedContent
import Foundation
import FuzzKit
import NyforetagareEngine

#if canImport(Glibc)
  import Glibc
#endif

let options = FuzzOptions.parse(CommandLine.arguments)
let files = EmbeddedContent.files.map {
  ContentFile(displayPath: "Content/" + $0.path, relativePath: $0.path, text: $0.text)
}
guard let landscape = ContentLoader.load(files).landscape else {
  FuzzLog.line("nyforetagare-fuzz: the embedded content has errors; run `nyforetagare lint`")
  exit(1)
}
let sandbox: Sandbox
do {
  sandbox = try Sandbox()
} catch {
  FuzzLog.line("nyforetagare-fuzz: cannot make the sandbox folders: \(error)")
  exit(1)
}
defer { sandbox.remove() }
let runner = FuzzRunner(landscape: landscape, realContent: files, sandbox: sandbox)
let generator = FuzzGenerator(
  landscape: landscape, realContent: files, examples: FuzzExamples.answers(),
  planJSON: FuzzExamples.planJSON(landscape))
let session = FuzzSession(options: options, runner: runner)
session.startWatchdog()

if let replay = options.replay {
  session.runCorpusFile(replay)
} else {
  if let corpus = options.corpus { session.runCorpus(corpus) }
  if let only = options.only {
    session.run(
      generator.input(only.kind, seed: options.seed, index: only.index), label: "\(only.kind.rawValue) #\(only.index)")
  } else {
    for (kind, count) in options.counts {
      for index in 0..<count {
        session.run(generator.input(kind, seed: options.seed, index: index), label: "\(kind.rawValue) #\(index)")
      }
    }
  }
}
exit(session.finish())
