import NyforetagareEngine

/// Everything about the person at the keyboard: what they told the program, every screen's
/// state (text half-typed in a field, a scroll position, a PIN being entered), the overlay,
/// the status message and the last export. Nothing personal lives outside it, so the kiosk's
/// wipe is `session = Session(preset:)` and complete by construction.
public struct Session: Sendable {
  /// What a fresh session starts with.
  public struct Preset: Sendable, Hashable {
    /// The kommun the interview starts with (a kiosk's setting), if any.
    public var kommun: String?
    /// The language shown.
    public var language: Language
    /// The day a new plan is created on.
    public var created: Day

    /// Creates a preset.
    public init(kommun: String? = nil, language: Language, created: Day) {
      self.kommun = kommun
      self.language = language
      self.created = created
    }
  }

  /// What the founder has told the program.
  public var founder: Founder
  /// The screen stack; the last is shown.
  var stack: [any Screen] = [WelcomeScreen()]
  /// The box shown over the screen, if any.
  var overlay: Overlay?
  /// A message on the status line.
  var message: String?
  /// The file the plan was last exported to.
  var lastExport: String?
  /// What newer content changed for an opened plan (shown once over the plan).
  var contentChanges: [String] = []
  /// Seconds left before an idle kiosk session is wiped, while the countdown shows.
  var countdownRemaining: Int?
  /// Whether there is work not yet saved.
  var dirty = false

  /// A fresh session: the welcome screen, no answers but the preset kommun.
  public init(preset: Preset) {
    founder = Founder(language: preset.language, created: preset.created)
    if let kommun = preset.kommun { founder.answers["kommun"] = .kommun(kommun) }
  }
}
