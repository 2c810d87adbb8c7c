import Foundation
import Kiosk
import NyforetagareApp
import NyforetagareEngine
import PlanStorage

/// Writes the UI's exports: the Markdown, the HTML page and the plan file side by side under one
/// name in a folder, never over an existing file, 0600 when they hold personal data.
enum ExportWriter {
  /// Writes the files; returns their full paths or a message in the founder's language.
  static func write(
    _ files: ExportFiles, planFile: PlanDocument, name: String, folder: String, language: Language
  ) -> Result<[String], ServiceFailure> {
    guard
      let destination = ExportDestination.choose(name, extensions: ExportFiles.extensions, folder: folder)
    else {
      return .failure(
        ServiceFailure(LocalizedText(sv: "Skriv ett filnamn (inte en mapp).", en: "Type a file name (not a folder).")))
    }
    // A plan file always holds the answers, and the data sheet when there is one.
    let personal = files.personal || !planFile.data.isEmpty
    do throws(SafeFileError) {
      return .success(
        try destination.write(
          [Data(files.markdown.utf8), Data(files.html.utf8), PlanFile.encode(planFile)], personal: personal))
    } catch {
      return .failure(ServiceFailure(LocalizedText(sv: error.message(in: .sv), en: error.message(in: .en))))
    }
  }

  /// The kiosk's export name for today: `nyforetagare-plan-YYYY-MM-DD` (local date).
  static func kioskName(now: Date = Date()) -> String {
    let file = SafeExport(folder: "/").fileName(for: now, number: 1)
    return String(file.dropLast("-1.md".count))
  }
}
