import Foundation
import NyforetagareEngine
import Testing

@testable import NyforetagareExport

/// JSONWriter must write what JSONEncoder wrote for the plan (`[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`), and every string must read back as itself with Foundation and
/// with Python's `json`.
@Suite("JSONWriter writes what JSONEncoder writes")
struct JSONWriterTests {
  struct Inner: Encodable {
    var x: Int
    var y: String?
    var z: [String]
    var d: Empty?
  }

  struct Empty: Encodable {
    var never: String?
  }

  struct Doc: Encodable {
    var a: [String]
    var b: Bool
    var e: [Int]
    var e_service: String
    var empty: Empty
    var expected: Bool
    var inner: [Inner]
    var n: Int?
    var nested: [Inner]?
    var s: String
  }

  /// The same document through the writer, members in code-point order of their keys.
  static func written(_ doc: Doc) -> String {
    var w = JSONWriter()
    w.object { w in
      w.member("a", strings: doc.a)
      w.member("b", doc.b)
      w.key("e")
      w.array { w in
        for n in doc.e {
          w.element()
          w.int(n)
        }
      }
      w.member("e_service", doc.e_service)
      w.member("empty", doc.empty) { w, empty in w.member("never", empty.never) }
      w.member("expected", doc.expected)
      w.member("inner", objects: doc.inner, inner)
      w.member("n", doc.n)
      w.member("nested", objects: doc.nested, inner)
      w.member("s", doc.s)
    }
    return w.text
  }

  static func inner(_ w: inout JSONWriter, _ i: Inner) {
    w.member("d", i.d) { w, empty in w.member("never", empty.never) }
    w.member("x", i.x)
    w.member("y", i.y)
    w.member("z", strings: i.z)
  }

  static func jsonEncoder<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Every class of scalar an escape could get wrong.
  static let strings = [
    "q\"\\/\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028}\u{2029}åé😀", "", "plain", "a\u{0}b", "\u{1b}[31m", "e\u{301}",
    "https://www.verksamt.se/starta/a?b=c&d=e#f", "Malmö – “citat” ‹›", "\u{10FFFF}\u{FEFF}\u{FFFD}\u{85}\u{A0}",
    "🇸🇪 👩‍👩‍👧 \u{1F3FB}", "\"", "\\", "/", "\u{1f}", "\\u0041", "end\\",
  ]

  @Test("objects, arrays, empties, nil members, integers and escapes", arguments: strings)
  func sameText(_ s: String) throws {
    let doc = Doc(
      a: [s, "x"], b: true, e: [], e_service: "https://x.se/a/b", empty: Empty(), expected: false,
      inner: [
        Inner(x: -5, y: s, z: [], d: Empty()), Inner(x: Int.max, y: nil, z: ["/", s], d: nil),
        Inner(x: Int.min, y: "", z: [""], d: nil),
      ],
      n: 0, nested: nil, s: s)
    #expect(Self.written(doc) == (try Self.jsonEncoder(doc)))
    var d = doc
    d.inner = []
    d.n = nil
    d.nested = doc.inner
    #expect(Self.written(d) == (try Self.jsonEncoder(d)))
  }

  @Test("top-level empty array and object")
  func empties() throws {
    var array = JSONWriter()
    array.array { _ in }
    #expect(array.text == (try Self.jsonEncoder([Int]())))
    var object = JSONWriter()
    object.object { _ in }
    #expect(object.text == (try Self.jsonEncoder(Empty())))
  }

  /// Every scalar of the BMP except the surrogates, then the astral planes in steps, in
  /// strings of 512 scalars.
  static let allScalars: [String] = {
    let astral = Array(stride(from: 0x10000, through: 0x10FFFF, by: 97)) + [0x1F600, 0x10FFFF]
    let values = Array(0..<0xD800) + Array(0xE000...0xFFFF) + astral
    let scalars = values.compactMap { Unicode.Scalar(UInt32($0)) }
    return stride(from: 0, to: scalars.count, by: 512).map { start in
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars[start..<min(start + 512, scalars.count)])
      return text
    }
  }()

  static func quoted(_ s: String) -> String {
    var w = JSONWriter()
    w.string(s)
    return w.text
  }

  @Test("every scalar: the same text as JSONEncoder, and read back by JSONSerialization and JSONDecoder")
  func everyScalar() throws {
    for s in Self.allScalars {
      let text = Self.quoted(s)
      #expect(text == (try Self.jsonEncoder(s)))
      let data = Data("[\(text)]".utf8)
      let read = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
      #expect(read == [s])
      #expect(try JSONDecoder().decode([String].self, from: data) == [s])
    }
  }

  @Test("only the controls, quote and backslash are escaped")
  func escapes() {
    #expect(Self.quoted("\u{0}\u{1}\u{f}\u{10}\u{1f} \u{7f}") == "\"\\u0000\\u0001\\u000f\\u0010\\u001f \u{7f}\"")
    #expect(Self.quoted("\u{8}\u{9}\u{a}\u{c}\u{d}") == "\"\\b\\t\\n\\f\\r\"")
    #expect(Self.quoted("a\"b\\c/d") == "\"a\\\"b\\\\c/d\"")
    #expect(Self.quoted("\u{2028}\u{2029}😀") == "\"\u{2028}\u{2029}😀\"")
  }

  /// The python3 on PATH (the one CI uses).
  @Test("a day is written as its ISO text, for every day of 1900–2200 and years out of four digits")
  func days() throws {
    let first = Day(year: 1900, month: 1, day: 1)?.daysSinceEpoch ?? 0
    let last = Day(year: 2200, month: 12, day: 31)?.daysSinceEpoch ?? 0
    let far = [-800_000, -719_468, -719_163, -1, 0, 2_932_896, 2_932_897, 3_000_000].map(Day.init(daysSinceEpoch:))
    for day in (first...last).map(Day.init(daysSinceEpoch:)) + far {
      var w = JSONWriter()
      w.day(day)
      #expect(w.text == Self.quoted(day.iso))
    }
  }

  static let pythonPath: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  @Test(
    "Python's json reads every string back as the same scalars",
    .enabled(if: pythonPath != nil, "no python3"))
  func python() throws {
    let strings = Self.strings + Self.allScalars
    var w = JSONWriter()
    w.object { w in w.member("strings", strings: strings) }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("json-writer-\(getpid()).json")
    try Data(w.text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = Self.pythonPath
    process.arguments = [
      "-c",
      "import json, sys\nfor s in json.load(open(sys.argv[1], encoding='utf-8'))['strings']:\n"
        + "    print(' '.join(str(ord(c)) for c in s))",
      file.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let expected = strings.map { $0.unicodeScalars.map { String($0.value) }.joined(separator: " ") }
    #expect(Array(lines.dropLast().map(String.init)) == expected)
  }
}
