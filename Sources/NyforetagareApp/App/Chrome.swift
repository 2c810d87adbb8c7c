import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// Drawing shared by the screens: boxes over the screen and the plan's case marks.
enum Chrome {
  /// Draws a framed box of lines, centred, and puts the cursor in it.
  static func box(_ buffer: inout CellBuffer, lines: [(String, Style)], title: String) {
    let width = buffer.width
    let height = buffer.height
    let boxWidth = min(width - 4, max(40, (lines.map { DisplayWidth.of($0.0) }.max() ?? 0) + 4))
    // A line longer than the box wraps inside it.
    let lines = lines.flatMap { line, style in
      DisplayWidth.of(line) <= boxWidth - 4
        ? [(line, style)] : DisplayWidth.wrap(line, to: boxWidth - 4).map { ($0, style) }
    }
    let boxHeight = min(height - 2, lines.count + 2)
    let x = (width - boxWidth) / 2
    let y = (height - boxHeight) / 2
    buffer.fill(x: x, y: y, width: boxWidth, height: boxHeight, style: .normal)
    buffer.write("┌" + String(repeating: "─", count: boxWidth - 2) + "┐", x: x, y: y)
    buffer.write(" " + title + " ", x: x + 2, y: y, style: .heading)
    for row in 1..<(boxHeight - 1) {
      buffer.write("│", x: x, y: y + row)
      buffer.write("│", x: x + boxWidth - 1, y: y + row)
    }
    buffer.write("└" + String(repeating: "─", count: boxWidth - 2) + "┘", x: x, y: y + boxHeight - 1)
    for (i, (l, style)) in lines.enumerated() where i < boxHeight - 2 {
      buffer.write(l, x: x + 2, y: y + 1 + i, style: style, maxWidth: boxWidth - 4)
    }
    buffer.cursor = (x + 2, y + 1)
  }

  /// The mark of a plan row: the case's state at a glance.
  static func mark(_ e: Plan.Entry) -> String {
    if e.tracking?.overdue == true { return "[!]" }
    switch e.caseState {
    case .granted: return "[✓]"
    case .submitted, .supplementRequested: return "[→]"
    case .preparing: return "[~]"
    case .refused: return "[x]"
    case .notStarted, .notApplicable: return e.status == .check ? "[?]" : "[ ]"
    }
  }

  /// The keys to go back, get help and quit, which most screens end their key bar with.
  static func backHelpQuit(_ t: Words) -> [(String, String)] {
    [("Esc", t.back), ("?", t.help), ("q", t.quit)]
  }
}
