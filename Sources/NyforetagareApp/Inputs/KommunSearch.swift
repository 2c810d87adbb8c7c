import Foundation
import NyforetagareEngine
import TerminalUI

/// The search field and match list shared by the kommun questions.
struct KommunSearch: Sendable, Hashable {
  var field = TextField()
  var list = ListView()

  /// Kommuner matching the typed filter, through the engine's ``NameMatcher`` (the same as
  /// `--plain` and answers files): exact letters first, then without diacritics, each group
  /// in Swedish order (Å, Ä, Ö after Z); all of them in Swedish order when nothing is typed.
  func matches(_ landscape: Landscape) -> [Kommun] {
    let filter = field.text.trimmingCharacters(in: .whitespaces)
    if filter.isEmpty { return landscape.kommunerInSwedishOrder }
    return NyforetagareEngine.NameMatcher(landscape.kommuner.map(\.name)).matches(filter).map { landscape.kommuner[$0] }
  }

  /// The area's rows below the search field hold the list.
  static func listArea(_ area: Rect) -> Rect {
    Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
  }

  mutating func layout(_ area: Rect, _ landscape: Landscape) {
    list.fit(count: matches(landscape).count, height: Self.listArea(area).height)
  }

  /// Moves in the list or edits the filter; returns nil for keys it does not take.
  mutating func update(_ key: Key, _ landscape: Landscape) -> InputResult? {
    switch key {
    case .up, .down, .pageUp, .pageDown:
      list.handle(key, count: matches(landscape).count)
      return .handled
    case .escape:
      return .back
    case .backspace where field.text.isEmpty, .left where field.text.isEmpty:
      return .back
    default:
      return nil
    }
  }

  /// Edits the filter; a new filter starts the list from its top.
  mutating func edit(_ key: Key) -> InputResult {
    guard field.handle(key) else { return .handled }
    list = ListView()
    return .edited
  }

  /// Draws the field and the list; the cursor stays in the field, which has the keyboard.
  /// `highlight`: whether the selected row is shown highlighted (Enter would choose it).
  func view(
    into buffer: inout CellBuffer, _ area: Rect, _ env: Env, highlight: Bool = true, label: (Kommun) -> String
  ) -> (x: Int, y: Int) {
    let text = env.text
    let searchLabel = text.t("Sök: ", "Search: ")
    buffer.write(searchLabel, x: area.x, y: area.y)
    // The field starts after the label (at least 6 columns in, where it has always been in Swedish).
    let fieldX = max(6, DisplayWidth.of(searchLabel))
    let cx = field.draw(into: &buffer, x: area.x + fieldX, y: area.y, width: min(30, area.width - fieldX))
    let listArea = Self.listArea(area)
    let matches = matches(env.landscape)
    var y = listArea.y
    for (i, k) in matches.enumerated().dropFirst(list.offset) where y < listArea.maxY {
      let selected = highlight && i == list.selection
      buffer.write(
        DisplayWidth.pad((selected ? "▸ " : "  ") + label(k), to: area.width), x: area.x, y: y,
        style: selected ? .selected : .normal)
      y += 1
    }
    if matches.isEmpty {
      buffer.write(text.t("Ingen kommun matchar.", "No kommun matches."), x: area.x + 2, y: y, style: .warning)
    }
    return (cx, area.y)
  }
}
