import Foundation

/// The kiosk's start-up checks that are not about its configuration file.
public enum KioskStart {
  /// Set to 1 (in tests that run as root, as CI often does) to let the kiosk start as root.
  public static let allowRootVariable = "NYFORETAGARE_KIOSK_ALLOW_ROOT"

  /// Why the kiosk must not start for this user, or nil. The kiosk runs as its own unprivileged
  /// user (docs/KIOSK.md): as root a visitor's slip could write anywhere.
  public static func userProblem(effectiveUser: uid_t = geteuid(), environment: [String: String]) -> String? {
    guard effectiveUser == 0, environment[allowRootVariable] != "1" else { return nil }
    return
      "error: the kiosk must not run as root; run it as its own user (e.g. `sudo -u kiosk nyforetagare --kiosk`, see docs/KIOSK.md)"
  }
}
