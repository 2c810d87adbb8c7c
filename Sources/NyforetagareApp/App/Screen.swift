import NyforetagareEngine
import NyforetagareText
import TerminalUI

/// One screen of the app: its state, how keys change it, and how it draws into its ``Rect``
/// of the cell buffer. A new screen is one file in `Screens/` conforming to this.
///
/// The root (``AppModel``) calls ``layout(_:)`` after every message, then ``view(into:_:)``
/// when drawing; ``update(_:_:_:)`` uses the layout the founder is looking at (page sizes,
/// scroll limits), so keys and view agree.
protocol Screen: Sendable {
  /// The screen's name.
  var route: Route { get }
  /// The title bar's text.
  func title(_ env: Env) -> String
  /// Whether a text field has the keyboard (so letters are text, not commands).
  func isTyping(_ env: Env) -> Bool
  /// The text being typed, if it is kept in the plan document (so a killed program loses at
  /// most the last keystroke).
  func draft(_ env: Env) -> PlanDocument.Draft?
  /// Computes what the view shows and what keys scroll by, for `env.area`.
  mutating func layout(_ env: Env)
  /// Handles a key the root did not take.
  mutating func update(_ key: Key, _ env: Env, _ founder: inout Founder) -> Outcome
  /// Draws the screen's body into `env.area` (the rows between the title and the key bar).
  func view(into buffer: inout CellBuffer, _ env: Env)
  /// The keys shown in the bottom bar.
  func keyBar(_ env: Env) -> [(String, String)]
  /// The lines of the help box shown over this screen.
  func help(_ env: Env) -> [(String, Style)]
}

extension Screen {
  func isTyping(_ env: Env) -> Bool { false }
  func draft(_ env: Env) -> PlanDocument.Draft? { nil }
  mutating func layout(_ env: Env) {}
  func help(_ env: Env) -> [(String, Style)] { Help.lines(env.text) }
}

/// What a screen's update asks of the root.
struct Outcome: Sendable {
  /// Where to go.
  enum Navigation: Sendable {
    case stay
    /// Show a screen over this one.
    case push(any Screen)
    /// Back to the screen below.
    case pop
    /// Replace the whole stack.
    case reset([any Screen])
  }

  var navigation: Navigation = .stay
  /// Commands for the runtime.
  var commands: [Command] = []
  /// A message for the status line.
  var message: String?
  /// The founder's record changed in a way that is settled (an answer given, a datum or a
  /// case saved): the plan is recomputed and the document saved.
  var changed = false
  /// Show the help box.
  var help = false
  /// The founder asked to quit (the root decides whether to ask first).
  var quit = false

  static let none = Outcome()

  init(
    _ navigation: Navigation = .stay, commands: [Command] = [], message: String? = nil, changed: Bool = false,
    help: Bool = false, quit: Bool = false
  ) {
    self.navigation = navigation
    self.commands = commands
    self.message = message
    self.changed = changed
    self.help = help
    self.quit = quit
  }
}

/// What every screen may read: the content, the day, the plan, the founder's record, the
/// kiosk's settings, and the area it draws in.
struct Env: Sendable {
  let landscape: Landscape
  let today: Day
  let founder: Founder
  let plan: Plan?
  /// The plan's digest: counts, fees and rows worked out once per plan.
  let planDigest: PlanDigest?
  let kiosk: KioskSettings?
  /// Saved plans the welcome screen offers.
  let recentPlans: [String]
  /// The files the plan was last exported to (full paths, one a line).
  let lastExport: String?
  /// The folder a typed export name is taken from.
  let workingDirectory: String
  /// The terminal's size.
  let width: Int
  /// The terminal's size.
  let height: Int

  /// The rows between the title bar and the key bar.
  var area: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }
  var language: Language { founder.language }
  var text: Words { Words(language: founder.language) }
  var answers: Answers { founder.answers }
  var explanation: Explanation { Explanation(landscape: landscape, answers: founder.answers, language: language) }
}
