import NyforetagareEngine

/// The screens of the app.
public enum Route: Sendable, Hashable {
  case welcome
  case interview
  case plan
  case step(String)
  case dataSheet
  case timeline
  case notNeeded
  case export
  case canDoNow
}

/// Something the app asks its runner to do outside the pure model.
public enum Effect: Sendable, Hashable {
  /// Leave the program.
  case quit
  /// Write the Markdown plan to a path; the runner reports back with
  /// ``AppModel/exportFinished(path:error:)``.
  case export(path: String, markdown: String)
  /// Save the plan document (autosave after every change); the runner reports a failure with
  /// ``AppModel/saveFailed(_:)``.
  case save(PlanDocument)
  /// Open a saved plan; the runner answers with ``AppModel/load(_:path:)`` or
  /// ``AppModel/openFailed(_:)``.
  case open(path: String)
  /// Kiosk: write the plan into the configured export folder under a name the program makes;
  /// the runner answers with ``AppModel/exportFinished(path:error:)``.
  case kioskExport(markdown: String)
  /// Kiosk: print the plan with the configured command; the runner answers with
  /// ``AppModel/printFinished(_:)``.
  case print(markdown: String)
  /// Clear the whole terminal (after a session is wiped).
  case clearScreen
}
