import Foundation
import Kiosk
import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// The app: the person's ``Session`` and what is not theirs (the content, the day, the
/// terminal's size, whether and where the plan is saved), updated by ``Msg``s.
///
/// Pure: ``update(_:now:)`` takes a message and returns the commands the runtime must perform;
/// ``render()`` draws into a ``CellBuffer``. No terminal, no clock, no files.
public struct AppModel: Sendable {
  /// The content.
  public let landscape: Landscape
  /// The day plans count from.
  public var today: Day
  /// Everything about the person at the keyboard.
  public internal(set) var session: Session
  /// The plan for the session's answers, data and cases.
  public internal(set) var plan: Plan? {
    didSet { planDigest = plan.map(PlanDigest.init) }
  }
  /// What the plan screen shows of the whole plan, worked out once per plan.
  private(set) var planDigest: PlanDigest?
  /// The terminal's size.
  public internal(set) var width: Int
  /// The terminal's size.
  public internal(set) var height: Int
  /// Whether the runtime saves the plan (false on a kiosk, where nothing touches the disk).
  public var persistent = false
  /// The folder a typed export name is taken from (the program's working directory).
  public var workingDirectory = "/"
  /// Saved plans the welcome screen offers.
  public var recentPlans: [String] = [] {
    didSet { relayout() }
  }
  /// The file the plan is saved in, if any.
  public internal(set) var planPath: String?
  /// The last save error, if the last save failed.
  public internal(set) var saveError: String?
  /// Counts settled changes (an answer, a datum, a case): the runtime saves when it moves.
  public internal(set) var revision = 0
  /// Kiosk settings; nil outside a kiosk. Setting them starts a fresh kiosk session.
  public var kiosk: KioskSettings? {
    didSet { if kiosk != nil { wipeSession() } }
  }
  /// When the last key came (the runtime's monotonic clock, in seconds).
  var lastInputAt: Double = 0
  /// Kiosk: the wait after wrong PINs, kept across wiped sessions (a visitor cannot reset it).
  var pinBackoff = PINBackoff()
  /// Kiosk: how many wrong PINs came before the adviser's last entry (for the adviser's page).
  var wrongPINsBeforeEntry = 0

  /// Creates the model on the welcome screen.
  public init(
    landscape: Landscape, today: Day, language: Language = .sv, width: Int = 80, height: Int = 24,
    answers: Answers = Answers(), data: FounderData = FounderData()
  ) {
    self.landscape = landscape
    self.today = today
    self.width = width
    self.height = height
    session = Session(preset: Session.Preset(language: language, created: today))
    session.founder.answers = answers
    session.founder.data = data
    replan()
  }

  /// The smallest terminal the UI draws in.
  public static let minimumWidth = 80
  /// The smallest terminal the UI draws in.
  public static let minimumHeight = 24

  /// What a fresh session starts with here: a kiosk's kommun and first language, or empty.
  var preset: Session.Preset {
    Session.Preset(
      kommun: kiosk?.kommunPreset, language: kiosk?.languages.first ?? session.founder.language, created: today)
  }

  /// Wipes everything about the person at the keyboard.
  mutating func wipeSession() {
    session = Session(preset: preset)
    replan()
  }

  // MARK: What screens read

  var env: Env {
    Env(
      landscape: landscape, today: today, founder: session.founder, plan: plan, planDigest: planDigest, kiosk: kiosk,
      recentPlans: kiosk == nil ? recentPlans : [], lastExport: session.lastExport,
      workingDirectory: workingDirectory, width: width, height: height)
  }

  var text: Words { Words(language: session.founder.language) }

  /// The screen shown.
  var top: any Screen { session.stack.last ?? WelcomeScreen() }

  mutating func replan() {
    let f = session.founder
    plan = try? Planner.plan(landscape, answers: f.answers, data: f.data, today: today, cases: f.cases)
    relayout()
  }

  /// Lays out the screen shown for the terminal's size, so keys and view agree.
  mutating func relayout() {
    guard !session.stack.isEmpty else { return }
    let env = env
    session.stack[session.stack.count - 1].layout(env)
  }

  // MARK: The plan document

  /// The plan document for the current state, with the text being typed as its draft.
  public var document: PlanDocument {
    let f = session.founder
    var doc = PlanDocument(
      contentVersion: landscape.meta.version, created: f.created, updated: today, language: f.language,
      answers: f.answers, data: f.data, cases: f.cases, snapshot: plan.map(PlanDocument.snapshot) ?? [:])
    doc.draft = draft
    doc.planID = f.planID
    return doc
  }

  /// The text being typed, if a field has the keyboard.
  public var draft: PlanDocument.Draft? { top.draft(env) }

  /// Shows a saved plan, where the founder left it (a half-typed field included).
  mutating func load(_ document: PlanDocument, path: String) {
    var fresh = Session(preset: Session.Preset(language: document.language, created: document.created))
    let restored = try? document.restored(in: landscape, today: today, language: document.language)
    fresh.founder.answers = restored?.answers ?? document.decodedAnswers(in: landscape, language: document.language).0
    fresh.founder.data = FounderData(document.data)
    fresh.founder.cases = document.cases
    fresh.founder.planID = document.planID
    fresh.stack = [WelcomeScreen(), PlanScreen()]
    session = fresh
    planPath = path
    saveError = nil
    replan()
    session.contentChanges = (restored?.problems ?? []) + (restored?.changes ?? [])
    if document.contentVersion != landscape.meta.version && session.contentChanges.isEmpty {
      session.contentChanges = [
        text.t(
          "Innehållet är nyare, men inget i din plan har ändrats.",
          "The content is newer, but nothing in your plan changed.")
      ]
    }
    if let draft = document.draft { restore(draft) }
    relayout()
  }

  /// Opens the field a draft was typed in, with its text.
  mutating func restore(_ draft: PlanDocument.Draft) {
    switch draft.kind {
    case .data:
      guard landscape.dataItem(draft.id) != nil else { return }
      var sheet = DataSheetScreen()
      sheet.list = ListView(selection: DataSheetScreen.items(env).firstIndex { $0.item.id == draft.id } ?? 0)
      sheet.edit(draft.id, text: draft.text)
      session.stack = [WelcomeScreen(), PlanScreen(), sheet]
    case .answer:
      guard let q = landscape.question(draft.id) else { return }
      var screen = InterviewScreen.at(q, session.founder.answers, env)
      if var single = screen.input as? SingleInput, single.input is TypedInput {
        single.input = TypedInput(text: draft.text)
        screen.input = single
      }
      session.stack = [WelcomeScreen(), screen]
    }
  }

  /// The Markdown of the current plan.
  public var markdown: String? { ExportScreen.markdown(env) }
}
