import Foundation
import NyforetagareEngine

/// What the runtime does outside the process's memory, as closures: the program gives it
/// files, the kiosk's folder and printer; tests give it fakes (a save that fails, a clock).
public struct Services {
  /// Saves the whole plan document (the plan file and its backup); returns the file's path.
  public var save: (PlanDocument) -> Result<String, ServiceFailure>
  /// Keeps the text being typed (nil: none) next to the plan file, cheaply, so a killed
  /// program loses at most the last keystroke.
  public var journal: (PlanDocument.Draft?) -> Result<Void, ServiceFailure>
  /// Opens a saved plan.
  public var open: (String) -> Result<PlanDocument, ServiceFailure>
  /// Writes an export's files (and the plan file to take home) under a name the founder typed,
  /// never over an existing file; returns the full paths written.
  public var export:
    (_ path: String, _ files: ExportFiles, _ planFile: PlanDocument, _ language: Language) -> Result<
      [String], ServiceFailure
    >
  /// Kiosk: writes an export's files into the export folder under a new name; returns the paths.
  public var kioskExport:
    (_ files: ExportFiles, _ planFile: PlanDocument, _ language: Language) -> Result<[String], ServiceFailure>
  /// Kiosk: prints the plan laid out for paper; returns what happened, in the language.
  public var print: (_ paper: String, _ language: Language) -> String
  /// A monotonic clock, in seconds.
  public var now: () -> Double
  /// A new plan id (random).
  public var newPlanID: () -> String

  /// Creates services.
  public init(
    save: @escaping (PlanDocument) -> Result<String, ServiceFailure>,
    journal: @escaping (PlanDocument.Draft?) -> Result<Void, ServiceFailure>,
    open: @escaping (String) -> Result<PlanDocument, ServiceFailure>,
    export: @escaping (String, ExportFiles, PlanDocument, Language) -> Result<[String], ServiceFailure>,
    kioskExport: @escaping (ExportFiles, PlanDocument, Language) -> Result<[String], ServiceFailure>,
    print: @escaping (String, Language) -> String,
    now: @escaping () -> Double,
    newPlanID: @escaping () -> String = { UUID().uuidString.lowercased() }
  ) {
    self.save = save
    self.journal = journal
    self.open = open
    self.export = export
    self.kioskExport = kioskExport
    self.print = print
    self.now = now
    self.newPlanID = newPlanID
  }
}

/// Why a service failed, said so the founder can read it, in either language.
public struct ServiceFailure: Error, Sendable, Hashable {
  /// The explanation, in Swedish and English.
  public var text: LocalizedText

  /// Creates a failure from its explanation in both languages.
  public init(_ text: LocalizedText) {
    self.text = text
  }

  /// Creates a failure whose explanation reads the same in both languages (a test's marker).
  public init(_ message: String) {
    self.text = LocalizedText(sv: message, en: message)
  }

  /// The explanation in a language.
  public func message(_ language: Language) -> String { text[language] }
}
