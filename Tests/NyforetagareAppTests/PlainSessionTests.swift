import NyforetagareEngine
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Plain line-by-line mode")
struct PlainSessionTests {
  /// A founder at a screen reader: reads what was written since the last answer and replies.
  final class Script: @unchecked Sendable {
    var output = ""
    var saved: PlanDocument?
    var replies = 0
    let reply: (String) -> String
    init(_ reply: @escaping (String) -> String) { self.reply = reply }

    func next() -> String? {
      replies += 1
      if replies > 80 { return nil }
      // What the founder has heard since the last screen began.
      let last = output.components(separatedBy: "\nSkärm ").last ?? output
      return reply(last.components(separatedBy: "\nScreen ").last ?? last)
    }
  }

  /// A food truck founder in Göteborg.
  static func foodTruck(_ prompt: String) -> String {
    if prompt.contains("I vilken kommun") { return "goteborg" }
    if prompt.contains("Hur ser lokalen ut") { return "4" }
    if prompt.contains("Vad ska du starta") { return prompt.contains("Välj bara ett") ? "6" : "6 7" }
    if prompt.contains("Företaget") { return prompt.contains("Välj ett av nummer") ? "3" : "0" }
    if prompt.contains("Särskilda fall"),
      let gasol = prompt.split(separator: "\n").first(where: { $0.contains(". Gasol") })
    {
      return String(gasol.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
    }
    if prompt.contains("Hur mycket gasol") { return "2 st P11" }
    if prompt.contains("Hur betalar kunderna") { return "1" }
    if prompt.contains("numren på det som stämmer") {
      return prompt.contains("Skriv 0 om inget") ? "0" : ""
    }
    if prompt.contains("Hur många ska arbeta") { return "2 st" }
    if prompt.contains("Vilken dag vill du öppna") { return "1 maj 2027" }
    return "1"
  }

  static func run(_ script: Script, language: Language = .sv) -> Answers {
    PlainSession(
      landscape: Fixtures.landscape, language: language, today: Fixtures.today,
      readLine: { script.next() }, write: { script.output += $0 },
      save: { document in
        script.saved = document
        return .success("/home/founder/.local/share/nyforetagare/plan-2026-11-22.json")
      }
    ).run()
  }

  @Test("a food truck founder: the screens of the terminal UI, the kommun said back, at most 12 screens")
  func foodTruck() throws {
    let script = Script(Self.foodTruck)
    let answers = Self.run(script)
    #expect(answers.kommun == "Göteborg")
    #expect(script.output.contains("Kommun: Göteborg (Västra Götalands län)."))
    #expect(answers["business_type"] == .choice("food_truck"))
    #expect(answers["premises"] == .choice("vehicle"))
    #expect(answers["company_form"] == .choice("aktiebolag"))
    #expect(answers["lpg_outdoor_litres"] == .number(52))
    #expect(answers["lpg_indoor_litres"] == nil, "not asked for a vehicle")
    #expect(answers["employees"] == .integer(2))
    #expect(script.output.contains("Uppfattat: 1 maj 2027 (2027-05-01)."))
    let screens = script.output.components(separatedBy: "\nSkärm ").count - 1
    #expect(screens <= 12, "\(screens) screens")
    // The same screens, in the same order, as the terminal UI and `questions` show.
    let path = Interview(landscape: Fixtures.landscape).path(for: answers)
    #expect(screens == path.count)
    for (i, turn) in path.enumerated() {
      #expect(script.output.contains("\nSkärm \(i + 1): \(turn.title.sv)\n"), "screen \(i + 1)")
    }
    let interview = try #require(script.output.components(separatedBy: "Planen sparades i").first)
    #expect(!interview.contains("skylt"), "no sign question for a vehicle")
    // Silence is never an answer on a checklist; a required choice is asked again.
    #expect(script.output.contains("Skriv 0 om inget av detta gäller"))
    #expect(script.output.contains("Välj ett av nummer 1–4 (Företagsform), eller v för vet inte."))
    #expect(script.output.contains("Välj bara ett av nummer 1–7 (Verksamhet)."))
  }

  @Test("the plan reads like a screen reader would read it: no tables, no Markdown marks, the data sheet a line each")
  func readablePlan() throws {
    let script = Script(Self.foodTruck)
    _ = Self.run(script)
    let plan = try #require(script.output.components(separatedBy: "Planen sparades i").last)
    for mark in ["**", "<http", "| ", "|-", "====", "----", "▸", "█", "](", "# "] {
      #expect(!plan.contains(mark), "\(mark) in the plan")
    }
    #expect(plan.contains("Din plan: Food truck i Göteborg"))
    #expect(plan.contains("Tidigaste öppningsdag"))
    #expect(plan.contains("https://"), "addresses are read out whole")
    #expect(script.output.contains("\nMina uppgifter\n"))
    let sheet = try #require(script.output.components(separatedBy: "\nMina uppgifter\n").last)
    #expect(sheet.split(separator: "\n").allSatisfy { $0.contains(": ") }, "one item a line: \(sheet)")
    #expect(sheet.contains(": saknas"))
    #expect(script.output.contains("Planen sparades i /home/founder/.local/share/nyforetagare/plan-2026-11-22.json"))
    let saved = try #require(script.saved)
    #expect(saved.answers["kommun"] != nil && saved.planID != nil && !saved.snapshot.isEmpty)
  }

  @Test("a café in Umeå in English, with unknowns left as unknown")
  func cafeEnglish() throws {
    let script = Script { prompt in
      if prompt.contains("In which municipality") { return "Umea" }
      if prompt.contains("What are you starting") { return "2" }
      if prompt.contains("numbers that apply") { return prompt.contains("Type 0 if none") ? "v" : "" }
      return ""
    }
    let answers = Self.run(script, language: .en)
    #expect(answers.kommun == "Umeå")
    #expect(script.output.contains("Kommun: Umeå (Västerbottens län)."))
    #expect(answers["business_type"] == .choice("cafe"))
    #expect(script.output.contains("Your plan"))
    // The data sheet's list after the plan, under the data sheet's own name (not the Markdown
    // section's underlined heading).
    #expect(script.output.components(separatedBy: "\nMy data\n").dropFirst().contains { !$0.hasPrefix("---") })
  }

  @Test("a kommun that does not exist is refused with a clear message and asked again")
  func badKommun() {
    var tried = false
    let script = Script { prompt in
      guard let tail = prompt.components(separatedBy: "In which municipality").last, prompt.contains("municipality")
      else { return "" }
      if tail.contains("Type the number of the one you mean") { return "" }  // none of them
      defer { tried = true }
      return tried ? "Malmö" : "Atlantis"
    }
    let answers = Self.run(script, language: .en)
    #expect(script.output.contains("'Atlantis' is not one of Sweden's 290 kommuner"))
    #expect(answers.kommun == "Malmö")
    #expect(script.output.contains("Kommun: Malmö (Skåne län)."))
  }
}
