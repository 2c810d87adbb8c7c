/// The interview as a sequence of screens chosen for the answers so far.
///
/// Each turn shows the screen that still decides the most: among the screens with a row worth
/// asking (a question not yet asked whose answer can still change the plan, see
/// ``Relevance``, and whose `asked_when` no longer waits on another screen), `first` screens
/// come first, then the ranked ones by how many steps their rows can still decide (ties in
/// content order), then `last` ones. Pure: the same answers give the same screens.
public struct Interview: Sendable {
  /// One screen as shown: which rows, and whether it is a gate's detail.
  public struct Turn: Sendable, Hashable {
    /// The part of a screen that is shown.
    public enum Part: String, Sendable, Hashable {
      /// The screen itself (for a gate: its yes/no question).
      case main
      /// A gate's detail, after "yes".
      case detail
    }

    /// The screen.
    public var screen: Screen
    /// Which part of it.
    public var part: Part
    /// The rows shown.
    public var items: [Screen.Item]
    /// On a checklist: the gates asked on it as one box each (with their detail's rows).
    public var hosted: [Turn] = []

    /// The question ids it sets, each once (a hosted gate's too).
    public var ids: [String] {
      var seen: Set<String> = []
      return (items + hosted.flatMap(\.items)).map(\.question).filter { seen.insert($0).inserted }
    }

    /// Creates a turn.
    public init(screen: Screen, part: Part, items: [Screen.Item], hosted: [Turn] = []) {
      self.screen = screen
      self.part = part
      self.items = items
      self.hosted = hosted
    }

    /// Its heading.
    public var title: LocalizedText {
      part == .detail ? (screen.detailTitle ?? screen.title) : screen.title
    }
  }

  /// The landscape.
  public let landscape: Landscape
  /// The relevance of questions.
  public let relevance: Relevance
  /// The screens in content order, with a screen of its own for a question no screen names.
  public let screens: [Screen]

  /// Prepares the interview of a landscape.
  public init(landscape: Landscape) {
    self.landscape = landscape
    self.relevance = Relevance(landscape: landscape)
    self.screens = landscape.interviewScreens
  }

  /// The next screen, given the answers so far and the questions already asked; nil when
  /// nothing left can change the plan.
  public func next(answers: Answers, asked: Set<String>) -> Turn? {
    var best: (rank: (Int, Int, Int), screen: Screen)?
    var cache: [String: Set<Int>?] = [:]
    for (order, screen) in screens.enumerated() {
      if isHosted(screen) { continue }
      var rows = screen.items.filter {
        candidate($0.question, on: screen, answers: answers, asked: asked, cache: &cache)
      }
      for gate in gates(hostedBy: screen) {
        rows += gate.items.filter { candidate($0.question, on: gate, answers: answers, asked: asked, cache: &cache) }
      }
      guard !rows.isEmpty else { continue }
      var decided: Set<Int> = []
      for row in rows { decided.formUnion(cache[row.question].flatMap { $0 } ?? []) }
      let place: Int
      switch screen.placement {
      case .first: place = 0
      case .ranked: place = 1
      case .last: place = 2
      }
      let rank = (place, -decided.count, order)
      if let current = best, current.rank <= rank { continue }
      best = (rank, screen)
    }
    guard let screen = best?.screen else { return nil }
    return turn(screen, answers: answers, asked: asked)
  }

  /// A screen as shown for these answers: its visible rows and its hosted gates.
  /// `revisit` shows the rows already asked too (a screen opened again to change answers).
  public func turn(_ screen: Screen, answers: Answers, asked: Set<String>, revisit: Bool = false) -> Turn {
    let hosted = gates(hostedBy: screen).map {
      Turn(screen: $0, part: .main, items: visibleItems(of: $0, answers: answers, asked: asked, revisit: revisit))
    }.filter { !$0.items.isEmpty }
    let items = visibleItems(of: screen, answers: answers, asked: asked, revisit: revisit)
    return Turn(screen: screen, part: .main, items: items, hosted: hosted)
  }

  /// The gates a checklist asks as boxes.
  public func gates(hostedBy screen: Screen) -> [Screen] {
    guard screen.kind == .checklist else { return [] }
    return screens.filter { $0.kind == .gate && $0.host == screen.id }
  }

  /// Whether a gate is asked on a checklist rather than on a screen of its own.
  func isHosted(_ screen: Screen) -> Bool {
    guard let host = screen.host else { return false }
    return screens.contains { $0.id == host && $0.kind == .checklist }
  }

  /// The rows of a screen shown for these answers (which may hold the screen's own answers,
  /// as the founder ticks them): rows not yet asked whose answer can change the plan given the
  /// answers before the screen, and whose `asked_when` holds with the screen's own answers
  /// (a follow-up appears when the box it follows is ticked).
  public func visibleItems(
    of screen: Screen, answers: Answers, asked: Set<String>, revisit: Bool = false
  ) -> [Screen.Item] {
    let own = screen.questionIDs
    let before = revisit ? asked.subtracting(own) : asked
    var earlier = answers
    for id in own { earlier[id] = nil }
    let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
    var cache: [String: Set<Int>?] = [:]
    return screen.items.filter { item in
      guard let question = landscape.question(item.question), evaluator.isAsked(question) != .no else {
        return false
      }
      return candidate(item.question, on: screen, answers: earlier, asked: before, cache: &cache, checkAsked: false)
    }
  }

  /// Whether a question is worth asking now on this screen.
  func candidate(
    _ id: String, on screen: Screen, answers: Answers, asked: Set<String>, cache: inout [String: Set<Int>?],
    checkAsked: Bool = true, depth: Int = 0
  ) -> Bool {
    if asked.contains(id) || depth > 16 { return false }
    guard let question = landscape.question(id) else { return false }
    // Its asked_when must not wait on a question another screen has yet to ask.
    for ref in ContentLinter.questionRefs(question.askedWhen) where !asked.contains(ref) {
      if screen.questionIDs.contains(ref) { continue }
      if let other = screens.first(where: { $0.questionIDs.contains(ref) }),
        candidate(ref, on: other, answers: answers, asked: asked, cache: &cache, depth: depth + 1)
      {
        return false
      }
    }
    if let known = cache[id] { return known != nil }
    let r = RuleEvaluator(landscape: landscape, answers: answers)
    let decided: Set<Int>?
    if checkAsked && r.isAsked(question) == .no {
      decided = nil
    } else if question.kind == .stepList {
      decided = nil
    } else if question.planInput {
      decided = relevance.decides(id, given: answers, settled: asked)
    } else {
      let d = relevance.decides(id, given: answers, settled: asked)
      decided = d.isEmpty ? nil : d
    }
    cache[id] = .some(decided)
    return decided != nil
  }
}

extension Landscape {
  /// The interview's screens: those written in content, in order, then a screen of its own for
  /// every question (other than a step list) that no screen names.
  public var interviewScreens: [Screen] {
    let placed = Set(screens.flatMap(\.questionIDs))
    return screens + questions.filter { !placed.contains($0.id) && $0.kind != .stepList }.map(Screen.single)
  }
}
