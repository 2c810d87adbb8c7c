import Foundation
import TestSupport
import Testing

@testable import NyforetagareEngine

@Suite("Kommun names")
struct KommunLookupTests {
  @Test(
    "a kommun is found whatever the case and the surrounding spaces (tab, no-break, em space)",
    arguments: ["Malmö", "malmö", "MALMÖ", "  Malmö\t", "\u{00A0}malmö\u{2003}", "\u{3000}Malmö"])
  func lookup(_ name: String) throws {
    let kommun = try #require(Fixtures.landscape.kommun(named: name))
    #expect(kommun.name == "Malmö")
  }

  @Test("the folding trims exactly what Foundation's whitespace set trims")
  func sameAsFoundation() {
    // Every space separator (Zs), tab, U+200B (in Foundation's set), and characters that are
    // not in it (line breaks, U+FEFF, U+0085), on both sides of a name.
    let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
      $0.properties.generalCategory == .spaceSeparator
    }
    let around = spaces.map(String.init) + ["\t", "\n", "\r", "\u{200B}", "\u{FEFF}", "\u{85}", "x"]
    for a in around {
      for name in ["Malmö", "Upplands Väsby", ""] {
        let s = a + name + a
        #expect(
          Landscape.foldKommun(s) == s.trimmingCharacters(in: .whitespaces).lowercased(), "\(Array(s.unicodeScalars))")
      }
    }
  }
}
