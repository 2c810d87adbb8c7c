import Testing

@testable import TerminalUI

@Suite("Text fields with long and wide text")
struct LongTextFieldTests {
  @Test("the cursor at the end of 100,000 characters: the last ones show, the cursor on the last column")
  func longText() {
    var b = CellBuffer(width: 20, height: 1)
    let f = TextField(String(repeating: "a", count: 100_000) + "XYZ")
    #expect(f.draw(into: &b, x: 0, y: 0, width: 20) == 19)
    #expect(b.text.hasSuffix("aaXYZ"))
  }

  @Test("wide characters scroll by their width; the cursor in the middle stays visible")
  func wide() {
    var b = CellBuffer(width: 10, height: 1)
    var f = TextField(String(repeating: "漢", count: 50))
    f.cursor = 25
    let x = f.draw(into: &b, x: 0, y: 0, width: 10)
    #expect(x == 8, "four wide characters before the cursor fill 8 of 9 columns")
    f.cursor = 0
    #expect(f.draw(into: &b, x: 0, y: 0, width: 10) == 0)
    #expect(b.text.hasPrefix("漢"))
  }

  @Test("a paste longer than the field's limit stops at the limit; editing inside still works")
  func limit() {
    var f = TextField(limit: 50)
    for _ in 0..<80 { f.handle(.character("x")) }
    #expect(f.text.count == 50 && f.isFull && f.cursor == 50)
    f.handle(.backspace)
    f.handle(.character("y"))
    #expect(f.text.count == 50 && f.text.hasSuffix("y"))
    #expect(TextField().limit == 10_000, "the same as the engine's limit for an answer or a datum")
  }
}
