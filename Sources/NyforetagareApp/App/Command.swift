import NyforetagareEngine

/// Something the app asks the runtime to do outside the pure model; the runtime answers each
/// with a ``Msg`` (Bubble Tea's `Cmd`). Saving is not a command: it is the runtime's policy
/// (see ``Runtime``).
public enum Command: Sendable, Hashable {
  /// Leave the program.
  case quit
  /// Write the plan — Markdown, HTML page, plan file — under a name the founder typed (never
  /// over an existing file); answered with ``Msg/exported(path:)`` or ``Msg/exportFailed(_:)``.
  case export(path: String, files: ExportFiles)
  /// Open a saved plan; answered with ``Msg/opened(_:path:)`` or ``Msg/openFailed(_:)``.
  case open(path: String)
  /// Kiosk: write the plan's files into the configured export folder under a name the program
  /// makes; answered like ``export(path:files:)``.
  case kioskExport(files: ExportFiles)
  /// Kiosk: print the plan, laid out for paper, with the configured command; answered with
  /// ``Msg/printed(_:)``.
  case print(paper: String)
  /// Clear the whole terminal (after a session is wiped).
  case clearScreen
}
