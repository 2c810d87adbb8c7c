import NyforetagareEngine
import NyforetagareExport
import TerminalUI

/// Export the plan as Markdown: to a file the founder names, or on a kiosk to the export
/// folder (and to the printer, when one is configured).
struct ExportScreen: Screen {
  var field = TextField("nyforetagare-plan.md")

  var route: Route { .export }

  func title(_ env: Env) -> String { env.text.t("Exportera planen", "Export the plan") }

  func isTyping(_ env: Env) -> Bool { env.kiosk == nil }

  static func markdown(_ env: Env) -> String? {
    env.plan.map { MarkdownRenderer(landscape: env.landscape, language: env.language).render($0) }
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    let text = env.text
    if let kiosk = env.kiosk {
      switch key {
      case .enter:
        return Outcome(commands: Self.markdown(env).map { [.kioskExport(markdown: $0)] } ?? [])
      case .character("p") where kiosk.canPrint:
        return Outcome(
          commands: Self.markdown(env).map { [.print(markdown: $0)] } ?? [],
          message: text.t("Skriver ut …", "Printing …"))
      case .escape, .left, .backspace:
        return Outcome(.pop)
      default:
        return .none
      }
    }
    switch key {
    case .enter:
      let path = field.text.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty else { return Outcome(message: text.t("Skriv ett filnamn.", "Type a file name.")) }
      return Outcome(commands: Self.markdown(env).map { [.export(path: path, markdown: $0)] } ?? [])
    case .escape:
      return Outcome(.pop)
    default:
      field.handle(key)
      return .none
    }
  }

  func view(into buffer: inout CellBuffer, _ env: Env) {
    let text = env.text
    let width = env.width
    var y = env.area.y + 1
    let intro = text.t(
      "Planen sparas som en Markdown-fil som du kan läsa, skriva ut eller dela – med alla steg, datum, avgifter, varför, dina uppgifter och ett ansökningsutkast per steg.",
      "The plan is saved as a Markdown file you can read, print or share – with every step, date, fee, why, your data and an application draft per step."
    )
    for l in DisplayWidth.wrap(intro, to: width - 4) {
      buffer.write(l, x: 2, y: y)
      y += 1
    }
    y += 1
    if let kiosk = env.kiosk {
      let line = text.t(
        "Enter sparar planen på USB-minnet (i exportmappen) under ett nytt filnamn.",
        "Enter saves the plan on the USB stick (in the export folder) under a new file name.")
      buffer.write(line, x: 2, y: y, style: .heading, maxWidth: width - 4)
      buffer.cursor = (2, y)
      y += 1
      if kiosk.canPrint {
        buffer.write(text.t("p skriver ut planen.", "p prints the plan."), x: 2, y: y, maxWidth: width - 4)
        y += 1
      }
      y += 1
    } else {
      buffer.write(text.t("Fil:", "File:"), x: 2, y: y, style: .heading)
      let cx = field.draw(into: &buffer, x: 8, y: y, width: width - 10)
      buffer.cursor = (cx, y)
      y += 2
    }
    if let lastExport = env.lastExport {
      buffer.write(
        text.t("Senast sparad: ", "Last saved: ") + lastExport, x: 2, y: y, style: .success, maxWidth: width - 4)
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    return [
      ("Enter", text.t("Spara", "Save")), ("Esc", text.t("Tillbaka", "Back")), ("F1", text.t("Hjälp", "Help")),
      ("Ctrl-C", text.t("Avsluta", "Quit")),
    ]
  }
}
