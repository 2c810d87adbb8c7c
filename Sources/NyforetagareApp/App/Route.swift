/// Which screen is shown: a name for each screen, for tests and for the runtime.
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
  case answers
  case duties
}
