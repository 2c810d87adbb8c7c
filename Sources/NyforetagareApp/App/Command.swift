import NyforetagareEngine

/// Something the app asks the runtime to do outside the pure model; the runtime answers each
/// with a ``Msg`` (Bubble Tea's `Cmd`). Saving is not a command: it is the runtime's policy
/// (see ``Runtime``).
public enum Command: Sendable, Hashable {
  /// Leave the program.
  case quit
  /// Write the Markdown plan to a path; answered with ``Msg/exported(path:)`` or
  /// ``Msg/exportFailed(_:)``.
  case export(path: String, markdown: String)
  /// Open a saved plan; answered with ``Msg/opened(_:path:)`` or ``Msg/openFailed(_:)``.
  case open(path: String)
  /// Kiosk: write the plan into the configured export folder under a name the program makes;
  /// answered like ``export(path:markdown:)``.
  case kioskExport(markdown: String)
  /// Kiosk: print the plan with the configured command; answered with ``Msg/printed(_:)``.
  case print(markdown: String)
  /// Clear the whole terminal (after a session is wiped).
  case clearScreen
}
