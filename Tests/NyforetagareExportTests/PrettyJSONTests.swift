import Foundation
import Testing

@testable import NyforetagareExport

/// PrettyJSON must write exactly what JSONEncoder writes with the options the contract's JSON
/// was made with: these compare the two on keys, escapes, numbers, nesting and empties.
@Suite("PrettyJSON writes what JSONEncoder writes")
struct PrettyJSONTests {
  struct Inner: Encodable {
    var x: Int
    var y: String?
    var z: [String]
    var d: [String: Int]
  }

  struct Doc: Encodable {
    var s: String
    var n: Int?
    var b: Bool
    var a: [String]
    var e: [Int]
    var o: [String: Int]
    var eo: [String: Int]
    var dd: [Double]
    var inner: [Inner]
    var e_service: String
    var expected: Bool
    var u: UInt8 = 7
    var f: Float = 0.1
  }

  static let strings = [
    "q\"\\/\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028}åé😀", "", "plain", "a\u{0}b", "\u{1b}[31m", "e\u{301}",
    "https://www.verksamt.se/starta/a?b=c&d=e#f", "Malmö – “citat” ‹›",
  ]

  func jsonEncoder<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test("nested objects, arrays, optionals, numbers and every kind of escape", arguments: strings)
  func sameText(_ s: String) throws {
    let doc = Doc(
      s: s, n: nil, b: true, a: [s, "x"], e: [], o: [s: 1, "k": 2, "K": 3, "_": 4, "e10": 5, "e2": 6], eo: [:],
      dd: [1.5, 6.0, 0.1, 1e22, 100.0, -0.0, 1.0e-7, 123456789.125, 2.5e-300, 0.30000000000000004, 1e16],
      inner: [Inner(x: -5, y: s, z: [], d: [:]), Inner(x: Int.max, y: nil, z: ["/"], d: ["a": Int.min])],
      e_service: "https://x.se/a/b", expected: false)
    #expect(try PrettyJSON.encode(doc) == jsonEncoder(doc))
    #expect(try PrettyJSON.encode([doc, doc]) == jsonEncoder([doc, doc]))
  }

  @Test("top-level scalars, empty containers and keys in code-point order")
  func edges() throws {
    #expect(try PrettyJSON.encode("x/y") == jsonEncoder("x/y"))
    #expect(try PrettyJSON.encode([Int]()) == jsonEncoder([Int]()))
    #expect(try PrettyJSON.encode([String: Int]()) == jsonEncoder([String: Int]()))
    let keys = ["e_service", "expected", "eA", "e1", "a b", "a-b", "aB", "a_b", "ab", "ä", "é", "Z", "_"]
    let dict = Dictionary(keys.map { ($0, [$0]) }, uniquingKeysWith: { a, _ in a })
    #expect(try PrettyJSON.encode(dict) == jsonEncoder(dict))
  }

  @Test("a number that is not finite is refused, as JSONEncoder refuses it")
  func notFinite() {
    #expect(throws: EncodingError.self) { try PrettyJSON.encode([Double.nan]) }
    #expect(throws: EncodingError.self) { try PrettyJSON.encode(["x": Double.infinity]) }
  }
}
