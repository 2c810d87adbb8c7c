import Foundation
import Testing

/// The real binary in tmux at 80×24 (TERM=xterm-256color, LANG=C.UTF-8): founders walk the
/// interview screen by screen with the keys a person would press, reading the screen back.
@Suite("Interview end to end", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct InterviewEndToEndTests {
  /// The screen number in the title ("Skärm 3 av ungefär 11"), nil on the plan.
  static func number(_ screen: String) -> Int? {
    guard let first = screen.split(separator: "\n").first,
      let range = first.range(of: #"Skärm \d+"#, options: .regularExpression)
    else { return nil }
    return Int(first[range].dropFirst(6))
  }

  /// Moves down until the row with this text is highlighted.
  static func select(_ t: TmuxDriver, _ row: String) throws {
    for _ in 0..<20 where !(try t.screen()).contains("▸ " + row) {
      let before = try t.screen()
      try t.keys("Down")
      try t.waitFor("the highlight to move") { $0 != before }
    }
    try t.waitFor("▸ " + row)
  }

  /// Answers screens by their heading until the plan shows; returns the plan screen and the
  /// number of screens shown.
  static func walk(_ t: TmuxDriver, _ answer: (String) throws -> Void) throws -> (String, Int) {
    var screen = try t.screen()
    var shown = 1
    for _ in 0..<30 where !screen.contains("Tidigaste öppningsdag") {
      let before = number(screen) ?? 0
      shown = max(shown, before)
      try answer(screen)
      screen = try t.waitFor("the next screen") {
        $0.contains("Tidigaste öppningsdag") || (number($0) ?? 0) > before
      }
      // A checklist left untouched asks once whether none of it applies.
      if number(screen) == nil && !screen.contains("Tidigaste öppningsdag") { break }
    }
    return (screen, shown)
  }

  static func start(_ kommun: String, typing: String, in dir: URL, binary: URL) throws -> TmuxDriver {
    let t = try TmuxDriver(command: "HOME=\(dir.path) \(binary.path) --today 2026-11-22", directory: dir)
    try t.waitFor("Starta en ny plan")
    try t.keys("Enter")
    try t.waitFor("I vilken kommun")
    try t.type(typing)
    try t.waitFor("▸ \(kommun)")
    try t.keys("Enter")
    try t.waitFor("Skärm 2 av ungefär")
    return t
  }

  /// Leaves a checklist empty: Enter, then Enter again when asked whether none applies.
  static func nothing(_ t: TmuxDriver) throws {
    try t.keys("Enter")
    try t.waitFor("Inget är kryssat. Enter: inget av detta gäller")
    try t.keys("Enter")
  }

  @Test("a food truck in Göteborg: \"got\" picks Göteborg, gasol as bottles, at most 12 screens to the plan")
  func foodTruck() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let t = try Self.start("Göteborg", typing: "got", in: dir, binary: binary)
    defer { t.kill() }
    #expect(try t.screen().contains("Kommun: Göteborg (Västra Götalands län)."))
    var headings: [String] = []
    let (plan, screens) = try Self.walk(t) { screen in
      let heading = screen.split(separator: "\n").dropFirst(3).first.map(String.init) ?? ""
      headings.append(heading.trimmingCharacters(in: .whitespaces))
      if screen.contains("Hur ser lokalen ut?") {
        #expect(!screen.contains("▸"), "nothing chosen at first")
        try t.keys("Enter")
        try t.waitFor("Välj ett svar med ↑↓ först")
        try Self.select(t, "Fordon eller vagn")
        try t.keys("Enter")
      } else if screen.contains("Vad ska du starta?") {
        try Self.select(t, "( ) Food truck")
        try t.keys("Space", "Enter")
      } else if screen.contains("Företaget") {
        try Self.select(t, "( ) Aktiebolag")
        try t.keys("Space", "Enter")
      } else if screen.contains("Särskilda fall") {
        #expect(!screen.contains("köldmedium"), "no refrigerant unit for a food truck")
        try Self.select(t, "[ ] Gasol")
        try t.keys("Space", "Enter")
      } else if screen.contains("Hur mycket gasol?") {
        #expect(screen.contains("I en food truck räknas all gasol på fordonet"))
        #expect(!screen.contains("inomhus"), "no LPG indoors in a vehicle")
        try t.type("2 st P11")
        try t.keys("Enter")
      } else if screen.contains("Hur många ska arbeta") {
        try t.type("2 st")
        try t.keys("Enter")
      } else if screen.contains("Hur betalar kunderna?") {
        try Self.select(t, "( ) Kontant, kort eller Swish")
        try t.keys("Space", "Enter")
      } else if screen.contains("Vilken dag vill du öppna") {
        try t.type("1 maj 2027")
        try t.keys("Enter")
      } else {
        try Self.nothing(t)
      }
    }
    #expect(plan.contains("Tidigaste öppningsdag"))
    #expect(plan.contains("(önskad 2027-05-01"))
    #expect(plan.contains("Uppfattat: 1 maj 2027 (2027-05-01)."))
    #expect(plan.contains("Nyttoparkeringstillstånd för food truck"))
    #expect(!headings.contains { $0.contains("Hur ser lokalen ut?") && $0.contains("skylt") })
    #expect(screens <= 12, "\(screens) screens: \(headings)")

    // `i`: every answer on one screen; the company form changed in place, back to the summary.
    try t.keys("i")
    try t.waitFor("Dina svar")
    try Self.select(t, "Företaget")
    try t.keys("Enter")
    try t.waitFor("Ändra dina svar")
    try Self.select(t, "( ) Enskild firma")
    try t.keys("Space", "Enter")
    let summary = try t.waitFor("Dina svar")
    #expect(summary.contains("Enskild firma") && summary.contains("Food truck"))
    try t.keys("Escape")
    let changed = try t.waitFor("Tidigaste öppningsdag")
    #expect(!changed.contains("Registrera aktiebolaget"))
  }

  @Test("a café in Umeå typed without å: the hurried founder reaches the plan in at most 12 screens")
  func cafe() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let t = try Self.start("Umeå", typing: "umea", in: dir, binary: binary)
    defer { t.kill() }
    let (plan, screens) = try Self.walk(t) { screen in
      if screen.contains("Hur ser lokalen ut?") {
        try Self.select(t, "Lokalen byter användning")
        try t.keys("Enter")
      } else if screen.contains("Vad ska du starta?") {
        try Self.select(t, "( ) Kafé")
        try t.keys("Space", "Enter")
      } else if screen.contains("Företaget") {
        try Self.select(t, "( ) Enskild firma")
        try t.keys("Space", "Enter")
      } else if screen.contains("Hur betalar kunderna?") {
        try Self.select(t, "( ) Kontant, kort eller Swish")
        try t.keys("Space", "Enter")
      } else if screen.contains("Hur många ska arbeta") || screen.contains("Vilken dag vill du öppna") {
        try t.keys("Enter")
      } else {
        try Self.nothing(t)
      }
    }
    #expect(plan.contains("Tidigaste öppningsdag"))
    #expect(plan.contains("Umeå"))
    #expect(screens <= 12, "\(screens) screens")
  }

  @Test("the kommun list: nothing highlighted until ↓, then Enter chooses the highlighted Ale")
  func kommunList() throws {
    let binary = try #require(CLI.binary)
    let dir = try CLI.temporaryDirectory()
    let t = try TmuxDriver(command: "HOME=\(dir.path) \(binary.path) --today 2026-11-22", directory: dir)
    defer { t.kill() }
    try t.waitFor("Starta en ny plan")
    try t.keys("Enter")
    let list = try t.waitFor("Alingsås  Västra Götalands län")
    #expect(!list.contains("▸"), "no kommun highlighted before the founder moves")
    try t.keys("Enter")
    try t.waitFor("Skriv kommunens namn eller välj med ↑↓, och tryck Enter.")
    try t.keys("Down")
    try t.waitFor("▸ Ale  Västra Götalands län")
    try t.keys("Enter")
    let next = try t.waitFor("Skärm 2 av ungefär")
    #expect(next.split(separator: "\n").first?.hasSuffix("Ale") == true, "the title shows the kommun chosen")
  }
}
