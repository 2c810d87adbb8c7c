import Testing

@testable import TerminalUI

@Suite("Cell buffer")
struct CellBufferTests {
  @Test("a wide character takes its cell and a continuation cell")
  func wideCharacters() {
    var b = CellBuffer(width: 10, height: 1)
    let used = b.write("寿司 ok", x: 0, y: 0)
    #expect(used == 7)
    #expect(b[1, 0].isContinuation)
    #expect(b.line(0) == "寿司 ok   ")
  }

  @Test(
    "text that does not fit ends in an ellipsis; a field's text is clipped, and a wide character that does not fit becomes a space"
  )
  func clipping() {
    var b = CellBuffer(width: 5, height: 1)
    b.write("abcd寿", x: 0, y: 0)
    #expect(b.text == "abcd…")
    var c = CellBuffer(width: 6, height: 2)
    c.write("Göteborg", x: 2, y: 1, maxWidth: 3)
    #expect(c.text == "\n  Gö…")
    var d = CellBuffer(width: 5, height: 1)
    d.write("abcd寿", x: 0, y: 0, overflow: .clip)
    #expect(d.text == "abcd")
    var e = CellBuffer(width: 6, height: 1)
    e.write("Göteborg", x: 2, y: 0, maxWidth: 4)
    #expect(e.text == "  Göt…")
    var f = CellBuffer(width: 6, height: 1)
    f.write("Umeå", x: 2, y: 0, maxWidth: 4)
    #expect(f.text == "  Umeå", "text that fits exactly is not cut")
  }

  @Test("writes outside the buffer do nothing")
  func outside() {
    var b = CellBuffer(width: 3, height: 1)
    #expect(b.write("x", x: 0, y: 5) == 0)
    #expect(b.write("x", x: 9, y: 0) == 0)
    #expect(b.text == "")
  }
}
