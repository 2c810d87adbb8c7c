import Testing

@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
  @Test("å, ä and ö take one column each")
  func swedishLetters() {
    #expect(DisplayWidth.of("Malmö") == 5)
    #expect(DisplayWidth.of("Åre Ängelholm Örebro") == 20)
  }

  @Test("CJK and emoji take two columns, combining marks none")
  func wideAndCombining() {
    #expect(DisplayWidth.of("寿司") == 4)
    #expect(DisplayWidth.of("🍕") == 2)
    #expect(DisplayWidth.of("e\u{0301}") == 1)  // e + combining acute is one Character of width 1
  }

  @Test("wrapping breaks at spaces and never exceeds the width")
  func wrap() {
    let lines = DisplayWidth.wrap("Registrering av livsmedelsanläggning hos kommunen", to: 20)
    #expect(lines == ["Registrering av", "livsmedelsanläggning", "hos kommunen"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    let cjk = DisplayWidth.wrap("寿司寿司寿司", to: 5)
    #expect(cjk == ["寿司", "寿司", "寿司"])
  }

  @Test("truncation adds an ellipsis and keeps to the width")
  func truncate() {
    #expect(DisplayWidth.truncate("Kontrollansvarig", to: 8) == "Kontrol…")
    #expect(DisplayWidth.truncate("Kort", to: 8) == "Kort")
    #expect(DisplayWidth.of(DisplayWidth.pad("寿司バー", to: 7)) == 7)
  }

  @Test("a URL is never broken across lines: it gets a line of its own, whole")
  func urls() {
    let url =
      "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/alkohollag-20101622_sfs-2010-1622/"
    let lines = DisplayWidth.wrap("Källa: " + url + " (2026)", to: 40)
    #expect(lines == ["Källa:", url, "(2026)"])
    // An ordinary long word is still broken to the width.
    #expect(DisplayWidth.wrap(String(repeating: "x", count: 50), to: 40).map(DisplayWidth.of) == [40, 10])
  }
}
