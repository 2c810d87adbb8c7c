import NyforetagareEngine
import TerminalUI

extension AppModel {
  /// Draws the current state into a cell buffer of the terminal's size: the title bar, the
  /// screen's body, its key bar, the status line and any box over it.
  public func render() -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    if tooSmall {
      drawTooSmall(&buffer)
      return buffer
    }
    let env = env
    let screen = top
    drawTitle(&buffer, screen.title(env))
    screen.view(into: &buffer, env)
    drawKeys(&buffer, screen.keyBar(env))
    if let message = session.message { drawMessage(&buffer, message) }
    if screen.route == .plan && !session.contentChanges.isEmpty && session.overlay != .help {
      Chrome.box(
        &buffer,
        lines: session.contentChanges.prefix(height - 6).map { ($0, Style.normal) } + [
          ("", .normal), (text.t("Tryck på valfri tangent.", "Press any key."), .dim),
        ],
        title: text.t("Nytt innehåll – det här har ändrats i din plan", "New content – what changed in your plan"))
    }
    if session.overlay == .help { Chrome.box(&buffer, lines: screen.help(env), title: text.help) }
    drawKioskOverlays(&buffer)
    if session.overlay == .confirmQuit { drawQuitDialog(&buffer) }
    return buffer
  }

  /// The status line: a message is never cut mid-sentence; a long one takes up to three rows
  /// above the key bar.
  func drawMessage(_ buffer: inout CellBuffer, _ message: String) {
    var lines = DisplayWidth.wrap(message, to: width - 2)
    if lines.count > 3 { lines = Array(lines.prefix(2)) + [lines.dropFirst(2).joined(separator: " ")] }
    let top = height - 1 - lines.count
    buffer.fill(x: 0, y: top, width: width, height: lines.count, style: .normal)
    for (i, line) in lines.enumerated() {
      buffer.write(line, x: 1, y: top + i, style: .success, maxWidth: width - 2)
    }
  }

  func drawTooSmall(_ buffer: inout CellBuffer) {
    let lines = DisplayWidth.wrap(
      text.t(
        "Fönstret är för litet: Nyföretagare behöver minst \(Self.minimumWidth)×\(Self.minimumHeight) tecken (nu \(width)×\(height)). Gör fönstret större – inget av det du gjort går förlorat. (q avslutar)",
        "The window is too small: Nyföretagare needs at least \(Self.minimumWidth)×\(Self.minimumHeight) characters (now \(width)×\(height)). Make the window larger – nothing you have done is lost. (q quits)"
      ),
      to: max(1, width - 2))
    let margin = width > 2 ? 1 : 0  // at 1×1 and 2×1 the message starts in the first column
    for (i, l) in lines.enumerated() where i < height {
      buffer.write(l, x: margin, y: i, style: i == 0 ? .warning : .normal, maxWidth: width - margin)
    }
    buffer.cursor = (0, 0)
  }

  func drawTitle(_ buffer: inout CellBuffer, _ title: String) {
    buffer.fill(x: 0, y: 0, width: width, height: 1, style: .title)
    var right = session.founder.answers.kommun.map { " \($0) " } ?? ""
    // Whether the plan is safe on disk, so the founder can trust closing the window.
    if persistent && kiosk == nil {
      if saveError != nil {
        right = text.t(" ⚠ inte sparad ", " ⚠ not saved ") + right
      } else if planPath != nil {
        right = text.t(" ✓ sparad ", " ✓ saved ") + right
      }
    }
    let w = DisplayWidth.of(right)
    let shown = !right.isEmpty && w < width / 2
    buffer.write(" Nyföretagare · " + title, x: 0, y: 0, style: .title, maxWidth: shown ? width - w : width)
    if shown { buffer.write(right, x: width - w, y: 0, style: .title) }
  }

  func drawKeys(_ buffer: inout CellBuffer, _ items: [(String, String)]) {
    var shown = items
    if kiosk != nil {
      // On a kiosk, q ends the visit ("Klar") and Ctrl-C does nothing.
      shown = items.filter { $0.0 != "Ctrl-C" }.map { $0.0 == "q" ? ("q", text.finished) : $0 }
    }
    KeyBar(shown).draw(into: &buffer, y: height - 1)
  }

  func drawQuitDialog(_ buffer: inout CellBuffer) {
    let lines: [(String, Style)] = [
      (text.t("Vill du avsluta?", "Do you want to quit?"), .heading),
      (
        persistent
          ? text.t("Planen kunde inte sparas – det senaste", "The plan could not be saved – the latest")
          : text.t("Dina svar och uppgifter sparas inte om du", "Your answers and data are not kept unless"),
        .normal
      ),
      (
        persistent
          ? text.t("går förlorat om du avslutar nu.", "is lost if you quit now.")
          : text.t("inte har exporterat planen (e).", "you have exported the plan (e)."),
        .normal
      ),
      ("", .normal),
      (text.t("j = ja, avsluta    n = nej, fortsätt", "y = yes, quit      n = no, go on"), .key),
    ]
    Chrome.box(&buffer, lines: lines, title: text.quit)
  }
}
