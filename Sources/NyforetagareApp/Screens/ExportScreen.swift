import NyforetagareEngine
import NyforetagareExport
import PlanStorage
import TerminalUI

/// Export the plan: the Markdown plan, the HTML page with the timeline and the plan file that
/// `nyforetagare --plan FILE` reopens, side by side under a name the founder types — or on a
/// kiosk into the export folder (and to the printer, when one is configured). The full paths
/// are shown before and after; an existing file is never overwritten (the export gets the next
/// free number), and files with personal data are written 0600.
struct ExportScreen: Screen {
  var field = TextField("nyforetagare-plan")

  var route: Route { .export }

  func title(_ env: Env) -> String { env.text.t("Exportera planen", "Export the plan") }

  func isTyping(_ env: Env) -> Bool { env.kiosk == nil }

  /// The current plan's words in the founder's language, for the renderers.
  static func view(_ env: Env) -> PlanView? {
    env.plan.map { PlanView($0, landscape: env.landscape, language: env.language) }
  }

  static func markdown(_ env: Env) -> String? { view(env).map { MarkdownRenderer().render($0) } }

  /// The files of an export of the current plan.
  static func files(_ env: Env) -> ExportFiles? {
    guard let view = view(env) else { return nil }
    let personal = HTMLRenderer.containsPersonalData(view.plan) || !env.founder.data.values.isEmpty
    return ExportFiles(
      markdown: MarkdownRenderer().render(view), html: HTMLRenderer().render(view), personal: personal)
  }

  /// The plan laid out for the kiosk's printer: the HTML page or clean text, never Markdown.
  static func paper(_ env: Env) -> String? {
    guard let view = view(env) else { return nil }
    let layout: PaperLayout = env.kiosk?.printsHTML == true ? .html : .text
    return layout.render(view)
  }

  /// The full paths the typed name stands for (before a number is added for a taken name).
  func destination(_ env: Env) -> [String]? {
    ExportDestination.choose(
      field.text, extensions: ExportFiles.extensions, folder: env.workingDirectory, exists: { _ in false }
    )?.paths
  }

  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome {
    let text = env.text
    if let kiosk = env.kiosk {
      switch key {
      case .enter:
        return Outcome(commands: Self.files(env).map { [.kioskExport(files: $0)] } ?? [])
      case .character("p") where kiosk.canPrint:
        return Outcome(
          commands: Self.paper(env).map { [.print(paper: $0)] } ?? [], message: text.t("Skriver ut …", "Printing …"))
      case .escape, .left, .backspace:
        return Outcome(.pop)
      default:
        return .none
      }
    }
    switch key {
    case .enter:
      guard destination(env) != nil else {
        return Outcome(message: text.t("Skriv ett filnamn (inte en mapp).", "Type a file name (not a folder)."))
      }
      return Outcome(commands: Self.files(env).map { [.export(path: field.text, files: $0)] } ?? [])
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
    func line(_ s: String, _ style: Style = .normal, indent: Int = 2) {
      for l in DisplayWidth.wrap(s, to: width - indent - 2) where y < env.area.maxY {
        buffer.write(l, x: indent, y: y, style: style, maxWidth: width - indent - 2)
        y += 1
      }
    }
    line(
      text.t(
        "Tre filer: planen i Markdown, en sida (HTML) med tidslinjen som går att öppna och skriva ut på vilken dator eller telefon som helst, och planfilen som öppnar planen igen med nyforetagare --plan FIL.",
        "Three files: the plan in Markdown, a page (HTML) with the timeline to open and print on any computer or phone, and the plan file that reopens the plan with nyforetagare --plan FILE."
      ))
    y += 1
    if let kiosk = env.kiosk {
      line(
        text.t(
          "Enter sparar dem på USB-minnet under ett nytt filnamn",
          "Enter saves them on the USB stick under a new file name")
          + (kiosk.exportFolder.map { text.t(" i ", " in ") + $0 } ?? "") + ".", .heading)
      buffer.cursor = (2, y - 1)
      if kiosk.canPrint { line(text.t("p skriver ut planen.", "p prints the plan.")) }
    } else {
      buffer.write(text.t("Namn:", "Name:"), x: 2, y: y, style: .heading)
      let cx = field.draw(into: &buffer, x: 8, y: y, width: width - 10)
      buffer.cursor = (cx, y)
      y += 1
      if let paths = destination(env) {
        line(text.t("Sparas som:", "Saved as:"), .dim)
        for p in paths { line(p, .dim, indent: 4) }
      }
      line(
        text.t(
          "Finns en fil redan, får exporten nästa lediga nummer (…-2.md); inget skrivs över.",
          "If a file exists, the export gets the next free number (…-2.md); nothing is overwritten."), .dim)
    }
    if Self.files(env)?.personal == true {
      line(
        text.t(
          "Filerna innehåller personuppgifter: bara du kan läsa dem (0600).",
          "The files contain personal data: only you can read them (0600)."), .warning)
    }
    if let lastExport = env.lastExport {
      y += 1
      line(text.t("Senast sparat:", "Last saved:"), .success)
      for p in lastExport.split(separator: "\n") { line(String(p), .success, indent: 4) }
    }
  }

  func keyBar(_ env: Env) -> [(String, String)] {
    let text = env.text
    return [
      ("Enter", text.save), ("Esc", text.back), ("F1", text.help),
      ("Ctrl-C", text.quit),
    ]
  }
}
