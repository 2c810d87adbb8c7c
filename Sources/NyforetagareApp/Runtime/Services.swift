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
  /// Writes Markdown to a path the founder typed; returns the full path.
  public var export: (_ path: String, _ markdown: String) -> Result<String, ServiceFailure>
  /// Kiosk: writes Markdown into the export folder under a new name; returns the path.
  public var kioskExport: (_ markdown: String, _ language: Language) -> Result<String, ServiceFailure>
  /// Kiosk: prints Markdown; returns what happened, in the language.
  public var print: (_ markdown: String, _ language: Language) -> String
  /// A monotonic clock, in seconds.
  public var now: () -> Double

  /// Creates services.
  public init(
    save: @escaping (PlanDocument) -> Result<String, ServiceFailure>,
    journal: @escaping (PlanDocument.Draft?) -> Result<Void, ServiceFailure>,
    open: @escaping (String) -> Result<PlanDocument, ServiceFailure>,
    export: @escaping (String, String) -> Result<String, ServiceFailure>,
    kioskExport: @escaping (String, Language) -> Result<String, ServiceFailure>,
    print: @escaping (String, Language) -> String,
    now: @escaping () -> Double
  ) {
    self.save = save
    self.journal = journal
    self.open = open
    self.export = export
    self.kioskExport = kioskExport
    self.print = print
    self.now = now
  }
}

/// Why a service failed, said so the founder can read it.
public struct ServiceFailure: Error, Sendable, Hashable {
  /// The explanation.
  public var message: String

  /// Creates a failure.
  public init(_ message: String) {
    self.message = message
  }
}
