import Foundation
import FuzzKit

/// The command line of `nyforetagare-fuzz`.
struct FuzzOptions {
  var seed: UInt64 = 1
  var count = 5_000
  var kinds = FuzzInput.Kind.allCases
  var timeBudget = 5.0
  var memoryBudgetMB = 512
  var corpus: String?
  var save = ".build/fuzz"
  var replay: String?
  var only: (kind: FuzzInput.Kind, index: Int)?
  var verbose = false
  var kind: FuzzInput.Kind?

  /// How many inputs of each kind: answers 40 %, plans 30 %, kiosk 20 %, content 10 % of the count.
  var counts: [(FuzzInput.Kind, Int)] {
    let weights: [FuzzInput.Kind: Int] = [.answers: 40, .plan: 30, .kiosk: 20, .content: 10]
    let total = kinds.reduce(0) { $0 + (weights[$1] ?? 0) }
    return kinds.map { ($0, max(1, count * (weights[$0] ?? 0) / max(1, total))) }
  }

  static let usage = """
    usage: nyforetagare-fuzz [--seed N] [--count N] [--kinds answers,plan,kiosk,content]
                             [--time-budget SECONDS] [--memory-budget MB] [--corpus DIR] [--save DIR]
                             [--only KIND:INDEX] [--replay FILE [--kind KIND]] [--verbose]
    """

  static func parse(_ arguments: [String]) -> FuzzOptions {
    var o = FuzzOptions()
    var i = 1
    func value() -> String {
      i += 1
      guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
      return arguments[i]
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--seed": o.seed = read(value(), UInt64.init, "--seed takes a whole number")
      case "--count":
        o.count = read(value(), { Int($0).flatMap { $0 > 0 ? $0 : nil } }, "--count takes a positive number")
      case "--kinds":
        o.kinds = value().split(separator: ",").map {
          read(String($0), FuzzInput.Kind.init(rawValue:), "unknown kind '\($0)'; kinds: answers, plan, kiosk, content")
        }
      case "--time-budget":
        o.timeBudget = read(value(), { Double($0).flatMap { $0 > 0 ? $0 : nil } }, "--time-budget takes seconds")
      case "--memory-budget":
        o.memoryBudgetMB = read(value(), { Int($0).flatMap { $0 > 0 ? $0 : nil } }, "--memory-budget takes MB")
      case "--corpus": o.corpus = value()
      case "--save": o.save = value()
      case "--replay": o.replay = value()
      case "--only":
        let parts = value().split(separator: ":")
        guard parts.count == 2, let kind = FuzzInput.Kind(rawValue: String(parts[0])), let n = Int(parts[1]) else {
          fail("--only takes KIND:INDEX, e.g. answers:123")
        }
        o.only = (kind, n)
      case "--verbose": o.verbose = true
      case "--kind":
        o.kind = read(value(), FuzzInput.Kind.init(rawValue:), "--kind takes answers, plan, kiosk or content")
      case "--help", "-h":
        FuzzLog.line(usage)
        exit(0)
      default: fail("unknown argument '\(arguments[i])'")
      }
      i += 1
    }
    return o
  }

  static func read<T>(_ text: String, _ make: (String) -> T?, _ message: String) -> T {
    guard let value = make(text) else { fail(message) }
    return value
  }

  static func fail(_ message: String) -> Never {
    FuzzLog.line("nyforetagare-fuzz: \(message)\n\(usage)")
    exit(64)
  }
}
