import Foundation
import NyforetagareEngine
import NyforetagareExport
import NyforetagareText

/// The interview and plan as plain line-by-line prompts, for screen readers and simple
/// terminals (`--plain`, `TERM=dumb`, or when the output is not a terminal). The same screens
/// as the terminal UI, in the same order (``Interview``): a checklist is a numbered list where
/// the founder types the numbers that apply; the kommun chosen is said back; then the plan as
/// plain text, read top to bottom (no tables, no Markdown marks), and the data sheet line by line.
public struct PlainSession {
  let landscape: Landscape
  let language: Language
  let today: Day
  let readLine: () -> String?
  let write: (String) -> Void
  let save: ((PlanDocument) -> Result<String, ServiceFailure>)?

  /// Creates a session that reads lines and writes text through the given functions, and
  /// saves the plan through `save` as the terminal UI does (nil: not saved).
  public init(
    landscape: Landscape, language: Language, today: Day, readLine: @escaping () -> String?,
    write: @escaping (String) -> Void, save: ((PlanDocument) -> Result<String, ServiceFailure>)? = nil
  ) {
    self.landscape = landscape
    self.language = language
    self.today = today
    self.readLine = readLine
    self.write = write
    self.save = save
  }

  var text: Words { Words(language: language) }

  /// Thrown when the input ends.
  struct EndOfInput: Error {}

  /// Runs the interview and prints the plan; returns the answers given.
  @discardableResult
  public func run() -> Answers {
    write(
      text.t(
        "Nyföretagare – svara på frågorna, en skärm i taget. Enter utan svar betyder ”vet inte”.\n",
        "Nyföretagare – answer the questions, one screen at a time. Enter with no answer means “don't know”.\n"))
    let interview = Interview(landscape: landscape)
    var answers = Answers()
    var asked: Set<String> = []
    var number = 0
    do {
      while let turn = interview.next(answers: answers, asked: asked) {
        number += 1
        write("\n" + text.t("Skärm \(number): ", "Screen \(number): ") + turn.title[language] + "\n")
        var gates: [Interview.Turn] = []
        switch turn.screen.kind {
        case .question:
          if let q = turn.items.first.flatMap({ landscape.question($0.question) }) {
            answers[q.id] = try ask(q)
          }
        case .checklist:
          gates = try checklist(turn, &answers)
        case .gate:
          if try gate(turn, &answers) { gates = [turn] }
        }
        asked = interview.asked(after: turn, answers: answers, asked: asked)
        for g in gates {
          number += 1
          let detail = Interview.Turn(screen: g.screen, part: .detail, items: g.items)
          write("\n" + text.t("Skärm \(number): ", "Screen \(number): ") + detail.title[language] + "\n")
          for note in notes(g.screen, answers) { write("  (" + note + ")\n") }
          for item in detail.items {
            if let q = landscape.question(item.question) { answers[q.id] = try ask(q) }
          }
        }
      }
    } catch {
      write("\n")
    }
    return finish(answers)
  }

  func notes(_ screen: NyforetagareEngine.Screen, _ answers: Answers) -> [String] {
    let evaluator = RuleEvaluator(landscape: landscape, answers: answers)
    return screen.notes.filter { evaluator.truth(of: $0.when) == .yes }.map { $0.text[language] }
  }

  func line() throws -> String {
    write("> ")
    guard let line = readLine() else { throw EndOfInput() }
    return line.trimmingCharacters(in: .whitespaces)
  }

  /// One question on its own: numbered options, or typed text read forgivingly.
  func ask(_ q: Question) throws -> AnswerValue? {
    while true {
      write(q.text[language] + "\n")
      if let help = q.help { write("  (" + help[language] + ")\n") }
      let options = optionList(q)
      for (i, o) in options.enumerated() { write("  \(i + 1). \(o.label)\n") }
      let raw = try line()
      if raw.isEmpty { return nil }
      if !options.isEmpty {
        if let n = Int(raw), n >= 1, n <= options.count { return options[n - 1].value }
        if let match = options.first(where: { $0.label.lowercased() == raw.lowercased() }) { return match.value }
        write(text.t("Skriv en siffra mellan 1 och \(options.count).\n", "Type a number from 1 to \(options.count).\n"))
        continue
      }
      if q.kind == .kommun { if let k = try kommun(raw, q) { return .kommun(k) } else { continue } }
      switch InputReader.read(raw, for: q, landscape: landscape, today: today) {
      case .success(let reading):
        if let u = reading.understood { write(u[language] + "\n") }
        return reading.value
      case .failure(let problem):
        write(problem.message[language] + "\n")
      }
    }
  }

  /// A kommun from what was typed: the one it names, or a choice among the closest; said back.
  func kommun(_ raw: String, _ q: Question) throws -> String? {
    switch AnswerValidator.parse(raw, for: q, landscape: landscape) {
    case .success(.kommun(let name)):
      return confirm(landscape.kommun(matching: name) ?? landscape.kommun(named: name), name)
    case .success: return nil
    case .failure(let problem):
      if let k = landscape.kommun(matching: raw) { return confirm(k, k.name) }
      // The same words as for an answers file, then the closest names to choose by number.
      write(problem.text(language) + "\n")
    }
    let close = landscape.kommunSuggestions(raw, limit: 5)
    guard !close.isEmpty else { return nil }
    write(
      text.t(
        "Skriv numret på den du menar, eller Enter för att skriva namnet igen:\n",
        "Type the number of the one you mean, or Enter to type the name again:\n"))
    for (i, k) in close.enumerated() { write("  \(i + 1). \(k.name)\n") }
    let choice = try line()
    guard let n = Int(choice), n >= 1, n <= close.count else { return nil }
    return confirm(close[n - 1], close[n - 1].name)
  }

  /// Says the chosen kommun back, with its län.
  func confirm(_ kommun: Kommun?, _ name: String) -> String {
    write("Kommun: " + name + (kommun.map { " (" + $0.lan + ")" } ?? "") + ".\n")
    return name
  }

  /// A checklist as a numbered list: the founder types the numbers that apply (0: none).
  /// An empty line is asked again: a checklist is never answered by silence.
  func checklist(_ turn: Interview.Turn, _ answers: inout Answers) throws -> [Interview.Turn] {
    let rows = turn.items
    if let help = turn.screen.help { write("  (" + help[language] + ")\n") }
    var labels: [String] = rows.map { item in
      let q = landscape.question(item.question)
      return item.label?[language] ?? item.value.flatMap { q?.value($0)?.label[language] } ?? q?.label[language]
        ?? item.question
    }
    labels += turn.hosted.map { ($0.screen.box ?? $0.screen.title)[language] }
    for (i, l) in labels.enumerated() { write("  \(i + 1). \(l)\n") }
    write(
      text.t(
        "Skriv numren på det som stämmer, med mellanslag (t.ex. 1 3). 0 = inget av detta. v = vet inte.\n",
        "Type the numbers that apply, with spaces (e.g. 1 3). 0 = none of these. v = don't know.\n"))
    while true {
      let raw = try line().lowercased()
      if raw.isEmpty {
        write(
          text.t(
            "Skriv 0 om inget av detta gäller, eller v för vet inte.\n",
            "Type 0 if none applies, or v for don't know.\n"))
        continue
      }
      if raw == "v" {
        for id in turn.ids { answers[id] = nil }
        return []
      }
      let numbers = raw.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }
      guard !numbers.isEmpty, numbers.allSatisfy({ (0...labels.count).contains($0) }) else {
        write(text.t("Skriv nummer mellan 0 och \(labels.count).\n", "Type numbers from 0 to \(labels.count).\n"))
        continue
      }
      let ticked = Set(numbers.filter { $0 >= 1 && $0 <= rows.count }.map { $0 - 1 })
      // One question's options exclude each other: two of them is a slip, asked again.
      if let (label, first, last) = doubleChoice(turn, ticked) {
        write(
          text.t(
            "Välj bara ett av nummer \(first)–\(last) (\(label)).\n",
            "Choose only one of numbers \(first)–\(last) (\(label)).\n"))
        continue
      }
      // A question asked as numbered options with nothing to fall back on must be answered.
      if let (label, first, last) = unansweredChoice(turn, ticked) {
        write(
          text.t(
            "Välj ett av nummer \(first)–\(last) (\(label)), eller v för vet inte.\n",
            "Choose one of numbers \(first)–\(last) (\(label)), or v for don't know.\n"))
        continue
      }
      for (id, value) in Interview(landscape: landscape).checklistAnswers(turn.screen, rows: rows, ticked: ticked) {
        answers[id] = value
      }
      var details: [Interview.Turn] = []
      for (i, g) in turn.hosted.enumerated() {
        if numbers.contains(rows.count + i + 1) {
          details.append(g)
        } else {
          for id in g.ids { answers[id] = g.screen.whenNo[id] }
        }
      }
      let chosen = numbers.filter { $0 >= 1 }.map { labels[$0 - 1] }
      write(
        chosen.isEmpty
          ? text.t("Uppfattat: inget av detta.\n", "Understood: none of these.\n")
          : text.t("Uppfattat: ", "Understood: ") + chosen.joined(separator: "; ") + ".\n")
      return details
    }
  }

  /// A choice question on a checklist with none of its numbers typed and no `otherwise`:
  /// its label and the numbers of its options.
  func unansweredChoice(_ turn: Interview.Turn, _ ticked: Set<Int>) -> (String, Int, Int)? {
    choiceGroups(turn).first { $0.otherwise == nil && ticked.isDisjoint(with: $0.rows) }.map {
      ($0.label, $0.rows[0] + 1, $0.rows[$0.rows.count - 1] + 1)
    }
  }

  /// A choice question on a checklist with more than one of its numbers typed.
  func doubleChoice(_ turn: Interview.Turn, _ ticked: Set<Int>) -> (String, Int, Int)? {
    choiceGroups(turn).first { ticked.intersection($0.rows).count > 1 }.map {
      ($0.label, $0.rows[0] + 1, $0.rows[$0.rows.count - 1] + 1)
    }
  }

  /// The choice questions of a checklist: their label, rows (never empty) and `otherwise`.
  func choiceGroups(_ turn: Interview.Turn) -> [(label: String, rows: [Int], otherwise: String?)] {
    var seen: Set<String> = []
    return turn.items.compactMap { item in
      guard item.value != nil, seen.insert(item.question).inserted else { return nil }
      let rows = turn.items.indices.filter { turn.items[$0].question == item.question && turn.items[$0].value != nil }
      let label = landscape.question(item.question)?.label[language] ?? item.question
      return (label, rows, turn.screen.otherwise[item.question])
    }
  }

  /// A gate: yes (then the detail), no (its answers set at once) or don't know.
  func gate(_ turn: Interview.Turn, _ answers: inout Answers) throws -> Bool {
    write((turn.screen.gate ?? turn.title)[language] + "\n")
    write("  1. \(text.yes)\n  2. \(text.no)\n  3. \(text.unknownOption)\n")
    while true {
      switch try line() {
      case "1": return true
      case "2":
        for id in turn.ids { answers[id] = turn.screen.whenNo[id] }
        return false
      case "3", "": return false
      default: write(text.t("Skriv 1, 2 eller 3.\n", "Type 1, 2 or 3.\n"))
      }
    }
  }

  struct Option {
    var label: String
    var value: AnswerValue?
  }

  func optionList(_ q: Question) -> [Option] {
    switch q.kind {
    case .choice:
      return q.values.map { Option(label: $0.label[language], value: .choice($0.id)) }
        + [Option(label: text.unknownOption, value: nil)]
    case .bool:
      return [
        Option(label: text.yes, value: .bool(true)), Option(label: text.no, value: .bool(false)),
        Option(label: text.unknownOption, value: nil),
      ]
    case .integer, .number, .date, .kommun, .kommunList, .stepList:
      return []
    }
  }

  /// The plan read top to bottom: plain text without tables or Markdown marks, then the data
  /// sheet a line per item.
  func finish(_ answers: Answers) -> Answers {
    guard let plan = try? Planner.plan(landscape, answers: answers, today: today) else { return answers }
    if let save {
      var document = PlanDocument(
        contentVersion: landscape.meta.version, created: today, updated: today, language: language,
        answers: answers, data: FounderData(), cases: [:], snapshot: PlanDocument.snapshot(of: plan))
      document.planID = UUID().uuidString.lowercased()
      switch save(document) {
      case .success(let path): write("\n" + Phrases.savedTo[language] + path + "\n")
      case .failure(let f): write("\n" + Phrases.couldNotSave[language] + f.message(language) + "\n")
      }
    }
    let markdown = MarkdownRenderer().render(PlanView(plan, landscape: landscape, language: language))
    write("\n" + Self.readable(GitHubMarkdown.plainText(markdown, width: 78)) + "\n")
    write("\n" + text.myData + "\n")
    for usage in plan.dataUsage {
      let value = usage.value ?? text.missing
      write(usage.item.label[language] + ": " + value + "\n")
    }
    return answers
  }

  /// Text a screen reader reads well: no rows of underline characters (read out as "equals
  /// equals …"), no angle brackets round an address.
  static func readable(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if !trimmed.isEmpty && trimmed.allSatisfy({ "=-─═_".contains($0) }) { return nil }
      return String(line).replacingOccurrences(
        of: #"<(https?://[^<>\s]+)>"#, with: "$1", options: .regularExpression)
    }.joined(separator: "\n")
  }
}
