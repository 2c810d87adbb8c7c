import Testing

@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
  @Test("a text field edits at the cursor, with å, ä and ö")
  func textField() {
    var f = TextField("Ume")
    f.handle(.character("å"))
    #expect(f.text == "Umeå")
    f.handle(.home)
    f.handle(.delete)
    #expect(f.text == "meå")
    f.handle(.end)
    f.handle(.backspace)
    #expect(f.text == "me")
    #expect(f.cursor == 2)
    f.handle(.control("u"))
    #expect(f.text.isEmpty)
  }

  @Test("a long field scrolls so the cursor stays visible")
  func fieldScrolls() {
    var b = CellBuffer(width: 10, height: 1)
    let f = TextField("abcdefghijklmnop")
    let cursorX = f.draw(into: &b, x: 0, y: 0, width: 10)
    #expect(cursorX == 9)
    #expect(b.text.hasSuffix("p"))
  }

  @Test("a list keeps the selection in view and within bounds")
  func listView() {
    var l = ListView()
    for _ in 0..<12 { l.handle(.down, count: 10, page: 3) }
    #expect(l.selection == 9)
    l.fit(count: 10, height: 4)
    #expect(l.offset == 6)
    l.handle(.home, count: 10, page: 3)
    l.fit(count: 10, height: 4)
    #expect(l.offset == 0)
    #expect(l.handle(.character("x"), count: 10, page: 3) == false)
  }

  @Test("the key bar shows what fits")
  func keyBar() {
    var b = CellBuffer(width: 20, height: 1)
    KeyBar([("Enter", "Öppna"), ("q", "Avsluta"), ("?", "Hjälp")]).draw(into: &b, y: 0)
    // "q Avsluta" would pass the edge, so the bar stops before it rather than cutting it.
    #expect(b.text == "Enter Öppna")
    #expect(b[0, 0].style == .key)
  }
}
