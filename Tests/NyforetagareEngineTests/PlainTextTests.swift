import Foundation
import Testing

@testable import NyforetagareEngine

@Suite("Trimming and removing without Foundation")
struct PlainTextTests {
  /// Every scalar up to U+3100 (all of Foundation's white space and line breaks lie below it)
  /// and some above, on either side of a word and alone.
  static let scalars: [Unicode.Scalar] =
    (0...0x3100).compactMap(Unicode.Scalar.init)
    + ["\u{FEFF}", "\u{FFFC}", "\u{1F600}", "\u{E0020}", "\u{10FFFF}"]

  @Test("trimmingSpaces trims exactly what trimmingCharacters(in: .whitespaces) trims")
  func spaces() {
    for c in Self.scalars {
      for s in [String(c), "\(c)a b\(c)", "\(c)\(c)ö\(c)", "x\(c)"] {
        #expect(s.trimmingSpaces() == s.trimmingCharacters(in: .whitespaces), "\(Array(s.unicodeScalars))")
      }
    }
  }

  @Test("trimmingSpacesAndNewlines trims exactly what .whitespacesAndNewlines trims")
  func spacesAndNewlines() {
    for c in Self.scalars {
      for s in [String(c), "\(c)a b\(c)", "\(c)\n ö\r\n\(c)", "x\(c)"] {
        #expect(
          s.trimmingSpacesAndNewlines() == s.trimmingCharacters(in: .whitespacesAndNewlines),
          "\(Array(s.unicodeScalars))")
      }
    }
  }

  @Test(
    "removingAll is replacingOccurrences(of:with: \"\") for each character",
    arguments: ["556677-8899", " 19 900101 - 1234 ", "12 345,5", "--  --", "", "a-b c", "é - é"])
  func removing(_ text: String) {
    #expect(text.removingAll(of: [" "]) == text.replacingOccurrences(of: " ", with: ""))
    #expect(
      text.removingAll(of: [" ", "-"])
        == text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: ""))
  }
}
