import Foundation
import FuzzKit
import NyforetagareEngine
import TestSupport
import Testing

/// The inputs that once broke the program (kept in Corpus/<kind>/), and a short generated pass.
@Suite("Fuzz corpus: every input that once failed, on every test run")
struct CorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

  static let entries: [String] = FuzzInput.Kind.allCases.flatMap { kind in
    let dir = corpus.appendingPathComponent(kind.rawValue)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(kind.rawValue)/\($0)" }
  }

  static let sandbox = try? Sandbox()

  static var runner: FuzzRunner? {
    sandbox.map { FuzzRunner(landscape: Fixtures.landscape, realContent: Fixtures.contentFiles, sandbox: $0) }
  }

  @Test("the corpus holds inputs of every kind")
  func kinds() {
    for kind in FuzzInput.Kind.allCases {
      #expect(Self.entries.contains { $0.hasPrefix(kind.rawValue + "/") }, "no \(kind) inputs")
    }
  }

  @Test("each kept input runs without a broken promise; those named refused-* are refused", arguments: entries)
  func entry(_ name: String) throws {
    let runner = try #require(Self.runner)
    let kind = try #require(FuzzInput.Kind(rawValue: String(name.prefix { $0 != "/" })))
    let text = try String(contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8)
    let outcome = runner.run(FuzzInput(kind: kind, corpusText: text))
    #expect(outcome.findings == [], "\(name)")
    if (name as NSString).lastPathComponent.hasPrefix("refused-") {
      #expect(!outcome.accepted, "\(name) was accepted")
      #expect(outcome.firstMessage?.isEmpty == false)
    }
  }

  @Test("the small edition the content inputs start from loads clean")
  func smallEdition() throws {
    let runner = try #require(Self.runner)
    let text = try #require(FuzzGenerator.smallEditionText("steps/a.yaml"))
    let outcome = runner.run(FuzzInput(kind: .content, text: text, path: "steps/a.yaml"))
    #expect(outcome.accepted, "\(outcome.firstMessage ?? "")")
  }

  @Test("a short generated pass of each kind (seed 20261201) keeps every promise", arguments: FuzzInput.Kind.allCases)
  func generated(_ kind: FuzzInput.Kind) throws {
    let runner = try #require(Self.runner)
    let generator = FuzzGenerator(
      landscape: Fixtures.landscape, realContent: Fixtures.contentFiles, examples: [],
      planJSON: "{\"schema\": 1}")
    for index in 0..<40 {
      let input = generator.input(kind, seed: 20_261_201, index: index)
      let outcome = runner.run(input)
      #expect(outcome.findings == [], "\(kind) #\(index)")
    }
  }
}
