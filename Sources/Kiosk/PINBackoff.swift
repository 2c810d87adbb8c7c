/// The kiosk's answer to wrong PINs: after each wrong one the next try waits longer — 1, 2, 4, 8 …
/// seconds, at most ``maximumDelaySeconds`` — so a visitor cannot try PINs quickly, while the
/// adviser who mistypes once waits a second. The count of wrong tries is kept for the adviser's
/// page. A pure value: the caller gives the time (a monotonic clock, in seconds).
public struct PINBackoff: Sendable, Equatable {
  /// The wait after the first wrong PIN.
  public static let firstDelaySeconds: Double = 1
  /// The longest wait.
  public static let maximumDelaySeconds: Double = 300

  /// Wrong PINs since the last correct one.
  public private(set) var wrongSinceLastEntry = 0
  /// Wrong PINs since the program started.
  public private(set) var wrongInTotal = 0
  /// When the next try is allowed (nil: now).
  public private(set) var nextTryAt: Double?

  /// No wrong PINs yet.
  public init() {}

  /// The wait after `failures` wrong PINs in a row: 0, then 1, 2, 4 … seconds, capped.
  public static func delay(afterFailures failures: Int) -> Double {
    guard failures > 0 else { return 0 }
    let doublings = min(failures - 1, 30)
    return min(maximumDelaySeconds, firstDelaySeconds * Double(1 << doublings))
  }

  /// Seconds left before a PIN may be tried at `now` (0: it may).
  public func secondsToWait(at now: Double) -> Double {
    guard let nextTryAt else { return 0 }
    return max(0, nextTryAt - now)
  }

  /// Whether a PIN may be checked at `now`. A PIN typed while waiting is not checked at all.
  public func mayTry(at now: Double) -> Bool { secondsToWait(at: now) == 0 }

  /// Records a wrong PIN at `now`; returns the seconds until the next try.
  @discardableResult
  public mutating func recordWrong(at now: Double) -> Double {
    wrongSinceLastEntry += 1
    wrongInTotal += 1
    let wait = Self.delay(afterFailures: wrongSinceLastEntry)
    nextTryAt = now + wait
    return wait
  }

  /// Records the correct PIN; returns how many wrong ones came before it (for the adviser's
  /// page) and starts counting again.
  @discardableResult
  public mutating func recordCorrect() -> Int {
    let wrong = wrongSinceLastEntry
    wrongSinceLastEntry = 0
    nextTryAt = nil
    return wrong
  }

  /// The line for the PIN prompt while waiting, in Swedish or English.
  public func waitMessage(at now: Double, swedish: Bool) -> String? {
    let wait = secondsToWait(at: now)
    guard wait > 0 else { return nil }
    let seconds = Int(wait.rounded(.up))
    return swedish
      ? "Fel PIN-kod. Vänta \(seconds) s innan du försöker igen."
      : "Wrong PIN. Wait \(seconds) s before trying again."
  }

  /// The line for the adviser's page: how many wrong PINs came before this entry and in all.
  public static func adviserLine(wrongBeforeEntry: Int, wrongInTotal: Int, swedish: Bool) -> String {
    swedish
      ? "Fel PIN-kod före denna inloggning: \(wrongBeforeEntry) (sedan start: \(wrongInTotal))."
      : "Wrong PINs before this entry: \(wrongBeforeEntry) (since start: \(wrongInTotal))."
  }
}
