import NyforetagareApp
import NyforetagareEngine
import TerminalUI

/// Keystroke to frame: the app's update for one key (down a line in the plan) and the view of
/// the new state into a cell buffer, on the plan screen of a plan of the whole landscape, as the
/// runtime does per key (the copy to the terminal is not included).
func keystrokeToFrame(
  _ landscape: Landscape, answers: Answers, today: Day, runs: Int
) -> (median: Double, min: Double, entries: Int) {
  var model = AppModel(landscape: landscape, today: today, width: 120, height: 40, answers: answers)
  // Opening a plan document shows its plan.
  _ = model.update(.opened(model.document, path: "bench.plan"))
  guard model.route == .plan else { fail("keystroke bench: the plan screen did not open (\(model.route))") }
  let result = measure(runs) {
    _ = model.update(.key(.down))
    _ = model.render()
  }
  return (result.median, result.min, model.plan?.entries.count ?? 0)
}
