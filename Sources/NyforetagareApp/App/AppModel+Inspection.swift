import NyforetagareEngine
import TerminalUI

/// Read-only views of the session, for the runtime and for tests.
extension AppModel {
  /// The screen shown.
  public var route: Route { top.route }
  /// The founder's answers.
  public var answers: Answers { session.founder.answers }
  /// The founder's data.
  public var data: FounderData { session.founder.data }
  /// The founder's case records, by step id.
  public var cases: [String: CaseRecord] { session.founder.cases }
  /// The language shown.
  public var language: Language { session.founder.language }
  /// Whether there is work not yet saved.
  public var dirty: Bool { session.dirty }
  /// Whether the quit question is shown.
  public var confirmingQuit: Bool { session.overlay == .confirmQuit }
  /// Whether help is shown over the screen.
  public var showingHelp: Bool { session.overlay == .help }
  /// What newer content changed for an opened plan.
  public var contentChanges: [String] { session.contentChanges }
  /// Seconds left before an idle kiosk session is wiped, while the countdown shows.
  public var countdownRemaining: Int? { session.countdownRemaining }
  /// Whether a text field has the keyboard.
  public var isTyping: Bool { top.isTyping(env) }
  /// The question shown in the interview.
  public var currentQuestion: Question? { (top as? InterviewScreen)?.question(env) }
  /// The step selected in the plan list.
  public var selectedStepID: String? { (top as? PlanScreen)?.selectedID }
  /// Whether the plan is grouped by actor.
  public var planByActor: Bool { (top as? PlanScreen)?.byActor ?? false }
  /// The data item being edited, if any.
  public var editingItem: String? { (top as? DataSheetScreen)?.editing }
  /// The data items in the plan, in sheet order.
  public var sheetItems: [Plan.DataUsage] { DataSheetScreen.items(env) }
  /// Kommuner matching the kommun search, in the order shown.
  public var kommunMatches: [Kommun] {
    let input = ((top as? InterviewScreen)?.input as? SingleInput)?.input
    let search = (input as? KommunInput)?.search ?? (input as? KommunListInput)?.search ?? KommunSearch()
    return search.matches(landscape)
  }
  /// The text in the field that has the keyboard, if any.
  public var fieldText: String? {
    if let sheet = top as? DataSheetScreen, sheet.editing != nil { return sheet.field.text }
    if let input = ((top as? InterviewScreen)?.input as? SingleInput)?.input as? TypedInput { return input.field.text }
    return nil
  }
}
