import CCrypt
import Foundation

/// Process-wide hardening for kiosk mode.
public enum KioskProcess {
  /// Turns core dumps off: RLIMIT_CORE 0 and not dumpable (PR_SET_DUMPABLE 0), so a crash leaves
  /// no memory image (with answers in it) on disk. Returns false when either call failed.
  @discardableResult
  public static func disableCoreDumps() -> Bool {
    var limit = rlimit(rlim_cur: 0, rlim_max: 0)
    let limited = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &limit) == 0
    let undumpable = ccrypt_set_nondumpable() == 0
    return limited && undumpable
  }
}
