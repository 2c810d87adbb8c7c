import Foundation
import NyforetagareEngine
import NyforetagareExport
import TerminalUI

/// The whole state of the terminal UI, and how keys change it.
///
/// Pure: `handle(_:)` takes a key and returns the effects the runner must perform; `render`
/// draws the state into a ``CellBuffer``. No terminal, no clock, no files.
public struct AppModel: Sendable {
  /// The content.
  public let landscape: Landscape
  /// The day plans count from.
  public var today: Day
  /// The language shown.
  public var language: Language
  /// The founder's answers.
  public internal(set) var answers: Answers
  /// The founder's data.
  public internal(set) var data: FounderData
  /// The screen stack; the last is shown.
  public internal(set) var routes: [Route] = [.welcome]
  /// The plan for the current answers and data.
  public internal(set) var plan: Plan?
  /// The terminal's size.
  public internal(set) var width: Int
  /// The terminal's size.
  public internal(set) var height: Int
  /// Whether help is shown over the screen.
  public internal(set) var showingHelp = false
  /// Whether the quit question is shown.
  public internal(set) var confirmingQuit = false
  /// A message on the status line.
  public internal(set) var message: String?
  /// The file the plan was last exported to.
  public internal(set) var lastExport: String?

  // Per-screen state.
  var welcomeList = ListView()
  /// The question shown in the interview.
  public internal(set) var questionID: String?
  var choiceList = ListView()
  var field = TextField()
  var fieldError: String?
  var multiSelection: [String] = []
  var planList = ListView()
  /// Whether the plan is grouped by actor.
  public internal(set) var planByActor = false
  var stepScroll = 0
  var dataList = ListView()
  /// The data item being edited, if any.
  public internal(set) var editingItem: String?
  var timelineScroll = 0
  var notNeededScroll = 0
  var exportField = TextField("nyforetagare-plan.md")
  /// Whether the model has unsaved work.
  public internal(set) var dirty = false
  /// The founder's case records, by step id.
  public internal(set) var cases: [String: CaseRecord] = [:]
  /// Whether changes are saved (autosave); false in a kiosk, where nothing touches the disk.
  public var persistent = false
  /// The day the plan was created.
  public internal(set) var created: Day
  /// Saved plans the welcome screen offers.
  public var recentPlans: [String] = []
  /// The file the plan is saved in, if any.
  public internal(set) var planPath: String?
  /// The last save error, if the last save failed.
  public internal(set) var saveError: String?
  /// What newer content changed for an opened plan.
  public internal(set) var contentChanges: [String] = []
  /// Kiosk settings; nil outside a kiosk.
  public var kiosk: KioskSettings? {
    didSet { if kiosk != nil { wipeSession() } }
  }
  var kioskOverlay: KioskOverlay?
  var pinField = TextField()
  var pinError: String?
  var lastInputAt: Double = 0
  /// Seconds left before an idle kiosk session is wiped, while the countdown shows.
  public internal(set) var countdownRemaining: Int?
  var caseEditor: CaseEditor?
  var canDoList = ListView()
  var outbox: [Effect] = []

  /// Creates the model on the welcome screen.
  public init(
    landscape: Landscape, today: Day, language: Language = .sv, width: Int = 80, height: Int = 24,
    answers: Answers = Answers(), data: FounderData = FounderData()
  ) {
    self.landscape = landscape
    self.today = today
    self.language = language
    self.width = width
    self.height = height
    self.answers = answers
    self.data = data
    self.created = today
    refreshPlan()
  }

  /// The screen shown.
  public var route: Route { routes.last ?? .welcome }

  /// The smallest terminal the UI draws in.
  public static let minimumWidth = 80
  /// The smallest terminal the UI draws in.
  public static let minimumHeight = 24

  var text: UIText { UIText(language: language) }

  mutating func refreshPlan() {
    plan = try? Planner.plan(landscape, answers: answers, data: data, today: today, cases: cases)
  }

  /// Records a change: the plan is recomputed and, when saving, autosaved.
  mutating func changed() {
    dirty = true
    refreshPlan()
    if persistent { outbox.append(.save(document)) }
  }

  /// The plan document for the current state.
  public var document: PlanDocument {
    var doc = PlanDocument(
      contentVersion: landscape.meta.version, created: created, updated: today, language: language,
      answers: answers, data: data, cases: cases, snapshot: plan.map(PlanDocument.snapshot) ?? [:])
    doc.draft = draft
    return doc
  }

  /// The text being typed, if a field has the keyboard.
  var draft: PlanDocument.Draft? {
    if route == .dataSheet, let editing = editingItem {
      return PlanDocument.Draft(kind: .data, id: editing, text: field.text)
    }
    if route == .interview, let q = currentQuestion, [.integer, .number, .date].contains(q.kind), !field.text.isEmpty {
      return PlanDocument.Draft(kind: .answer, id: q.id, text: field.text)
    }
    return nil
  }

  /// Saves what is being typed (every keystroke), so a killed program loses at most the last.
  mutating func draftChanged() {
    if persistent { outbox.append(.save(document)) }
  }

  /// Reports that the document was saved.
  public mutating func saved(path: String) {
    planPath = path
    saveError = nil
    dirty = false
  }

  /// Reports that saving failed; the work stays in memory.
  public mutating func saveFailed(_ error: String) {
    saveError = error
    message = text.t("Kunde inte spara: ", "Could not save: ") + error
  }

  /// Shows a saved plan.
  public mutating func load(_ document: PlanDocument, path: String) {
    let (decoded, problems) = document.decodedAnswers(in: landscape)
    answers = decoded
    data = FounderData(document.data)
    cases = document.cases
    language = document.language
    created = document.created
    planPath = path
    dirty = false
    saveError = nil
    refreshPlan()
    contentChanges = problems
    if document.contentVersion != landscape.meta.version, let plan {
      contentChanges += document.changes(comparedWith: plan, language: language)
      if contentChanges.isEmpty {
        contentChanges = [
          text.t(
            "Innehållet är nyare, men inget i din plan har ändrats.",
            "The content is newer, but nothing in your plan changed.")
        ]
      }
    }
    routes = [.welcome, .plan]
    planList = ListView()
    if let draft = document.draft {
      switch draft.kind {
      case .data where landscape.dataItem(draft.id) != nil:
        routes = [.welcome, .plan, .dataSheet]
        dataList = ListView(selection: sheetItems.firstIndex { $0.item.id == draft.id } ?? 0)
        editingItem = draft.id
        field = TextField(draft.text)
      case .answer:
        if let q = landscape.question(draft.id) {
          routes = [.welcome, .interview]
          show(q)
          field = TextField(draft.text)
        }
      default:
        break
      }
    }
  }

  /// Reports that a saved plan could not be opened.
  public mutating func openFailed(_ error: String) {
    message = error
  }

  /// The Markdown of the current plan.
  public var markdown: String? {
    plan.map { MarkdownRenderer(landscape: landscape, language: language).render($0) }
  }

  // MARK: - Keys

  /// Handles one key; returns what the runner must do.
  public mutating func handle(_ key: Key) -> [Effect] {
    handle(key, now: lastInputAt)
  }

  /// Handles one key at a time in seconds (a monotonic clock the runner reads; the kiosk's
  /// idle timer counts from it).
  public mutating func handle(_ key: Key, now: Double) -> [Effect] {
    outbox = []
    if kiosk != nil, let effects = kioskFilter(key, now: now) { return effects + outbox }
    let effects = dispatch(key)
    return effects + outbox
  }

  mutating func dispatch(_ key: Key) -> [Effect] {
    if case .resize(let w, let h) = key {
      width = w
      height = h
      return []
    }
    if case .tick = key { return [] }
    if width < Self.minimumWidth || height < Self.minimumHeight {
      if key == .character("q") || key == .control("c") { return requestQuit() }
      return []
    }
    if confirmingQuit {
      switch key {
      case .character("j"), .character("y"), .character("J"), .character("Y"), .enter:
        return [.quit]
      default:
        confirmingQuit = false
        return []
      }
    }
    if showingHelp {
      showingHelp = false
      return []
    }
    if !contentChanges.isEmpty && route == .plan {
      contentChanges = []
      return []
    }
    message = nil
    if key == .function(1) || (key == .character("?") && !isTyping) {
      showingHelp = true
      return []
    }
    if key == .control("c") { return requestQuit() }
    if key == .character("q") && !isTyping { return requestQuit() }
    switch route {
    case .welcome: return handleWelcome(key)
    case .interview: return handleInterview(key)
    case .plan: return handlePlan(key)
    case .step: return handleStep(key)
    case .dataSheet: return handleDataSheet(key)
    case .timeline: return handleScroll(key, \.timelineScroll)
    case .notNeeded: return handleScroll(key, \.notNeededScroll)
    case .export: return handleExport(key)
    case .canDoNow: return handleCanDoNow(key)
    }
  }

  /// Whether a text field has the keyboard (so letters are text, not commands).
  public var isTyping: Bool {
    switch route {
    case .interview:
      guard let q = currentQuestion else { return false }
      return [.integer, .number, .date, .kommun, .kommunList].contains(q.kind)
    case .dataSheet: return editingItem != nil
    case .step: return caseEditor.map { $0.focus != .state } ?? false
    case .export: return kiosk == nil
    default: return false
    }
  }

  mutating func requestQuit() -> [Effect] {
    if kiosk != nil {
      kioskOverlay = .confirmEnd
      return []
    }
    if dirty && (!persistent || saveError != nil) {
      confirmingQuit = true
      return []
    }
    return [.quit]
  }

  mutating func push(_ r: Route) {
    routes.append(r)
  }

  mutating func pop() {
    if routes.count > 1 { routes.removeLast() }
  }

  /// Reports the result of an export effect.
  public mutating func exportFinished(path: String, error: String?) {
    if let error {
      message = text.t("Kunde inte spara: ", "Could not save: ") + error
    } else {
      lastExport = path
      message = text.t("Planen sparades i ", "The plan was saved to ") + path
    }
  }

  // MARK: Welcome

  var welcomeItems: [String] {
    if let kiosk {
      return [text.t("Starta en ny plan", "Start a new plan")]
        + (kiosk.languages.count > 1 ? [text.t("In English", "På svenska")] : [])
        + [text.t("Hjälp", "Help")]
    }
    return [text.t("Starta en ny plan", "Start a new plan")]
      + recentPlans.map { text.t("Öppna sparad plan: ", "Open saved plan: ") + (($0 as NSString).lastPathComponent) }
      + [
        text.t("In English", "På svenska"),
        text.t("Hjälp", "Help"),
        text.t("Avsluta", "Quit"),
      ]
  }

  mutating func handleWelcome(_ key: Key) -> [Effect] {
    if welcomeList.handle(key, count: welcomeItems.count, page: 4) { return [] }
    guard key == .enter || key == .right else { return [] }
    let selection = welcomeList.selection
    if let kiosk {
      let hasLanguages = kiosk.languages.count > 1
      switch selection {
      case 0: startInterview()
      case 1 where hasLanguages:
        language = kiosk.languages.first { $0 != language } ?? language
        refreshPlan()
      default: showingHelp = true
      }
      return []
    }
    let recents = recentPlans.count
    switch selection {
    case 0:
      startInterview()
    case 1...max(1, recents) where recents > 0:
      return [.open(path: recentPlans[selection - 1])]
    case recents + 1:
      language = language == .sv ? .en : .sv
    case recents + 2:
      showingHelp = true
    default:
      return requestQuit()
    }
    return []
  }

  // MARK: Interview

  /// The questions asked, given the answers so far (the list changes as answers do).
  public var askedQuestions: [Question] {
    let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
    return landscape.questions.filter { $0.kind != .stepList && evaluator.isAsked($0) != .no }
  }

  /// The question shown.
  public var currentQuestion: Question? { questionID.flatMap { landscape.question($0) } }

  mutating func startInterview() {
    push(.interview)
    let first = askedQuestions.first { answers[$0.id] == nil } ?? askedQuestions.first
    show(first)
  }

  mutating func show(_ question: Question?) {
    questionID = question?.id
    fieldError = nil
    guard let q = question else { return }
    let answer = answers[q.id]
    switch q.kind {
    case .choice, .bool:
      let options = optionIDs(for: q)
      var selected = 0
      switch answer {
      case .choice(let id)?: selected = options.firstIndex(of: id) ?? 0
      case .bool(let b)?: selected = b ? 0 : 1
      case nil: selected = 0
      default: break
      }
      choiceList = ListView(selection: selected)
    case .integer, .number, .date:
      switch answer {
      case .integer(let n)?: field = TextField(String(n))
      case .number(let d)?:
        field = TextField(
          Explanation(landscape: landscape, answers: answers, language: language).display(.number(d), for: q))
      case .date(let d)?: field = TextField(d.iso)
      default: field = TextField()
      }
    case .kommun:
      field = TextField()
      choiceList = ListView()
      if case .kommun(let name)? = answer, let i = kommunMatches.firstIndex(where: { $0.name == name }) {
        choiceList = ListView(selection: i)
      }
    case .kommunList:
      field = TextField()
      choiceList = ListView()
      if case .list(let names)? = answer { multiSelection = names } else { multiSelection = [] }
    case .stepList:
      break
    }
  }

  /// The option ids of a choice or yes/no question; "" is "Vet inte".
  func optionIDs(for q: Question) -> [String] {
    var ids = q.kind == .bool ? ["true", "false"] : q.values.map(\.id)
    if q.allowsUnknown { ids.append("") }
    return ids
  }

  func optionLabels(for q: Question) -> [String] {
    let ids = optionIDs(for: q)
    return ids.map { id in
      if id.isEmpty { return text.unknownOption }
      if q.kind == .bool { return id == "true" ? text.yes : text.no }
      return q.value(id)?.label[language] ?? id
    }
  }

  /// Kommuner matching the typed filter (case and diacritics folded), in name order.
  public var kommunMatches: [Kommun] {
    let filter = Self.fold(field.text.trimmingCharacters(in: .whitespaces))
    let all = landscape.kommuner.sorted { $0.name.compare($1.name) == .orderedAscending }
    if filter.isEmpty { return all }
    let prefix = all.filter { Self.fold($0.name).hasPrefix(filter) }
    let inner = all.filter { !Self.fold($0.name).hasPrefix(filter) && Self.fold($0.name).contains(filter) }
    return prefix + inner
  }

  static func fold(_ s: String) -> String {
    s.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
  }

  mutating func answer(_ value: AnswerValue?) {
    guard let q = currentQuestion else { return }
    answers[q.id] = value
    changed()
    next()
  }

  mutating func next() {
    let asked = askedQuestions
    guard let id = questionID, let index = landscape.questions.firstIndex(where: { $0.id == id }) else { return }
    let later = asked.first { q in (landscape.questions.firstIndex { $0.id == q.id } ?? 0) > index }
    if let later {
      show(later)
    } else {
      routes = [.welcome, .plan]
      planList = ListView()
    }
  }

  mutating func previous() {
    let asked = askedQuestions
    guard let id = questionID, let index = landscape.questions.firstIndex(where: { $0.id == id }) else { return }
    let earlier = asked.last { q in (landscape.questions.firstIndex { $0.id == q.id } ?? 0) < index }
    if let earlier { show(earlier) } else { pop() }
  }

  mutating func handleInterview(_ key: Key) -> [Effect] {
    guard let q = currentQuestion else {
      pop()
      return []
    }
    switch q.kind {
    case .choice, .bool:
      let ids = optionIDs(for: q)
      if choiceList.handle(key, count: ids.count, page: 5) { return [] }
      switch key {
      case .enter, .right:
        let id = choiceList.selected(in: ids) ?? ""
        if id.isEmpty {
          answer(nil)
        } else {
          answer(q.kind == .bool ? .bool(id == "true") : .choice(id))
        }
      case .left, .escape, .backspace:
        previous()
      case .character("n") where q.kind == .bool:
        answer(.bool(false))
      default:
        break
      }
    case .integer, .number, .date:
      switch key {
      case .enter:
        let raw = field.text.trimmingCharacters(in: .whitespaces)
        if raw.isEmpty {
          answer(nil)
          return []
        }
        switch AnswerValidator.parse(raw, for: q, landscape: landscape) {
        case .success(let v): answer(v)
        case .failure(let m): fieldError = localizedError(m.text, question: q)
        }
      case .escape:
        previous()
      case .backspace where field.text.isEmpty, .left where field.text.isEmpty:
        previous()
      default:
        if field.handle(key) {
          fieldError = nil
          draftChanged()
        }
      }
    case .kommun:
      let matches = kommunMatches
      switch key {
      case .up, .down, .pageUp, .pageDown:
        choiceList.handle(key, count: matches.count, page: 8)
      case .enter:
        if let k = choiceList.selected(in: matches) {
          answer(.kommun(k.name))
        } else {
          fieldError = text.t(
            "Ingen kommun matchar – skriv färre bokstäver.", "No kommun matches – type fewer letters.")
        }
      case .escape:
        previous()
      case .backspace where field.text.isEmpty, .left where field.text.isEmpty:
        previous()
      default:
        if field.handle(key) {
          choiceList = ListView()
          fieldError = nil
        }
      }
    case .kommunList:
      let matches = kommunMatches
      switch key {
      case .up, .down, .pageUp, .pageDown:
        choiceList.handle(key, count: matches.count, page: 8)
      case .tab,
        .character(" ") where field.text.isEmpty || key == .tab:
        guard let name = choiceList.selected(in: matches)?.name else { return [] }
        if let i = multiSelection.firstIndex(of: name) {
          multiSelection.remove(at: i)
        } else {
          multiSelection.append(name)
        }
      case .enter:
        answer(.list(multiSelection))
      case .escape:
        previous()
      case .backspace where field.text.isEmpty, .left where field.text.isEmpty:
        previous()
      default:
        if field.handle(key) { choiceList = ListView() }
      }
    case .stepList:
      next()
    }
    return []
  }

  func localizedError(_ english: String, question: Question) -> String {
    guard language == .sv else { return english }
    switch question.kind {
    case .integer: return "Skriv ett heltal, t.ex. 3 (0 om ingen)."
    case .number: return "Skriv ett tal, t.ex. 40 eller 12,5 (0 om ingen)."
    case .date: return "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-05-01, eller lämna tomt."
    default: return english
    }
  }

  // MARK: Plan

  /// The rows of the plan list: actor headings (when grouped) and entries.
  enum PlanRow: Hashable {
    case heading(String)
    case entry(Int)
  }

  var planRows: [PlanRow] {
    guard let plan else { return [] }
    if !planByActor { return plan.entries.indices.map { .entry($0) } }
    var rows: [PlanRow] = []
    for actor in plan.actorIDs {
      rows.append(.heading(actor))
      for (i, e) in plan.entries.enumerated() where e.step.actor == actor { rows.append(.entry(i)) }
    }
    return rows
  }

  var planEntryRows: [Int] {
    planRows.compactMap { if case .entry(let i) = $0 { return i } else { return nil } }
  }

  /// The step selected in the plan list.
  public var selectedStepID: String? {
    guard let plan else { return nil }
    return planList.selected(in: planEntryRows).map { plan.entries[$0].step.id }
  }

  mutating func handlePlan(_ key: Key) -> [Effect] {
    let count = planEntryRows.count
    if planList.handle(key, count: count, page: max(1, height - 8)) { return [] }
    switch key {
    case .enter, .right:
      if let id = selectedStepID {
        stepScroll = 0
        push(.step(id))
      }
    case .tab:
      let keep = selectedStepID
      planByActor.toggle()
      if let keep, let plan {
        let rows = planEntryRows
        planList.selection = rows.firstIndex { plan.entries[$0].step.id == keep } ?? 0
      }
    case .character("d"), .character("u"):
      dataList = ListView()
      push(.dataSheet)
    case .character("t"):
      timelineScroll = 0
      push(.timeline)
    case .character("n"):
      notNeededScroll = 0
      push(.notNeeded)
    case .character("e"), .character("x"):
      push(.export)
    case .character("c"):
      canDoList = ListView()
      push(.canDoNow)
    case .character("i"), .character("a"), .left, .backspace:
      routes = [.welcome, .interview]
      show(askedQuestions.first)
    case .escape:
      break
    default:
      break
    }
    return []
  }

  // MARK: Step

  /// Selects a step in the plan list (its position moves when dates change).
  mutating func reselect(_ id: String) {
    guard route == .plan, let plan else { return }
    if let i = planEntryRows.firstIndex(where: { plan.entries[$0].step.id == id }) { planList.selection = i }
  }

  mutating func handleStep(_ key: Key) -> [Effect] {
    guard case .step(let id) = route else { return [] }
    if var editor = caseEditor {
      if key == .escape {
        caseEditor = nil
        return []
      }
      if editor.handle(key) {
        switch editor.record(merging: cases[id]) {
        case .failure:
          editor.error = text.t("Skriv datumet som ÅÅÅÅ-MM-DD.", "Write the date as YYYY-MM-DD.")
          caseEditor = editor
        case .success(let record):
          if let problem = record.problem(today: today) {
            editor.error = problem[language]
            caseEditor = editor
          } else {
            cases[id] = record
            caseEditor = nil
            changed()
            message = text.t("Ärendet uppdaterat.", "The case was updated.")
          }
        }
      } else {
        caseEditor = editor
      }
      return []
    }
    switch key {
    case .escape, .left, .backspace:
      pop()
      reselect(id)
    case .character("s"), .character("ä"):
      if landscape.step(id)?.kind != .milestone {
        caseEditor = CaseEditor(stepID: id, record: cases[id], today: today)
      }
    case .character("d"), .character("u"): push(.dataSheet)
    default: _ = handleScroll(key, \.stepScroll)
    }
    return []
  }

  mutating func handleScroll(_ key: Key, _ offset: WritableKeyPath<AppModel, Int>) -> [Effect] {
    let page = max(1, height - 5)
    let limit = scrollLimit
    switch key {
    case .up, .character("k"): self[keyPath: offset] = max(0, self[keyPath: offset] - 1)
    case .down, .character("j"): self[keyPath: offset] = min(limit, self[keyPath: offset] + 1)
    case .pageUp: self[keyPath: offset] = max(0, self[keyPath: offset] - page)
    case .pageDown, .character(" "): self[keyPath: offset] = min(limit, self[keyPath: offset] + page)
    case .home, .character("g"): self[keyPath: offset] = 0
    case .escape, .left, .backspace: pop()
    default: break
    }
    return []
  }

  /// The largest useful scroll offset of the current scrolling screen.
  var scrollLimit: Int {
    let visible = height - 3
    switch route {
    case .step(let id): return max(0, stepLines(id, width: width - 4).count - visible)
    case .timeline: return max(0, (plan?.entries.count ?? 0) - (height - 5))
    case .notNeeded: return max(0, (plan?.notNeeded.count ?? 0) * 4 + (plan?.alreadyDone.count ?? 0) + 2 - visible)
    default: return 0
    }
  }

  // MARK: Data sheet

  /// The data items in the plan, in sheet order.
  public var sheetItems: [Plan.DataUsage] { plan?.dataUsage ?? [] }

  mutating func handleDataSheet(_ key: Key) -> [Effect] {
    let items = sheetItems
    if let editing = editingItem {
      switch key {
      case .enter:
        guard let item = landscape.dataItem(editing) else { return [] }
        let raw = field.text
        if raw.trimmingCharacters(in: .whitespaces).isEmpty {
          data[editing] = nil
          editingItem = nil
          fieldError = nil
          changed()
          return []
        }
        switch DataValidator.validate(raw, kind: item.kind) {
        case .valid(let normalized):
          data[editing] = normalized
          editingItem = nil
          fieldError = nil
          changed()
          message = text.t("Sparat: ", "Saved: ") + item.label[language]
        case .invalid(let m):
          fieldError = m[language]
        }
      case .escape:
        editingItem = nil
        fieldError = nil
        draftChanged()
      default:
        if field.handle(key) {
          fieldError = nil
          draftChanged()
        }
      }
      return []
    }
    if dataList.handle(key, count: items.count, page: max(1, height - 10)) { return [] }
    switch key {
    case .enter, .right:
      guard let item = dataList.selected(in: items) else { return [] }
      editingItem = item.item.id
      field = TextField(data[item.item.id] ?? "")
      fieldError = nil
    case .escape, .left, .backspace:
      pop()
    default:
      break
    }
    return []
  }

  // MARK: Can do now

  mutating func handleCanDoNow(_ key: Key) -> [Effect] {
    let items = plan?.canStartNow ?? []
    if canDoList.handle(key, count: items.count, page: max(1, height - 6)) { return [] }
    switch key {
    case .enter, .right:
      guard let item = canDoList.selected(in: items) else { return [] }
      stepScroll = 0
      push(.step(item.step.id))
    case .escape, .left, .backspace:
      pop()
    default:
      break
    }
    return []
  }

  // MARK: Export

  mutating func handleExport(_ key: Key) -> [Effect] {
    if let kiosk {
      switch key {
      case .enter:
        return markdown.map { [.kioskExport(markdown: $0)] } ?? []
      case .character("p") where kiosk.canPrint:
        message = text.t("Skriver ut …", "Printing …")
        return markdown.map { [.print(markdown: $0)] } ?? []
      case .escape, .left, .backspace:
        pop()
      default:
        break
      }
      return []
    }
    switch key {
    case .enter:
      let path = exportField.text.trimmingCharacters(in: .whitespaces)
      guard !path.isEmpty else {
        message = text.t("Skriv ett filnamn.", "Type a file name.")
        return []
      }
      guard let markdown else { return [] }
      return [.export(path: path, markdown: markdown)]
    case .escape:
      pop()
    default:
      exportField.handle(key)
    }
    return []
  }
}
