import NyforetagareEngine
import TerminalUI
import TestSupport
import Testing

@testable import NyforetagareApp

/// The runtime over a fake terminal: what tmux tests check, without tmux.
@Suite("Runtime over a fake terminal")
struct RuntimeTests {
  @Test("a storm of resizes, down to nothing and back, loses nothing and ends on a whole frame")
  func resizeStorm() throws {
    let m = try AppModel.showingPlan(restaurantAnswers)
    var events: [TerminalEvent] = [.key(.down), .key(.down)]
    for i in 0..<200 {
      let sizes = [(0, 0), (1, 1), (79, 23), (200, 60), (40, 100), (80, 24), (120, 40)]
      let (w, h) = sizes[i % sizes.count]
      events.append(.resize(width: w, height: h))
      if i % 3 == 0 { events.append(.key(.down)) }  // keys while too small are ignored
    }
    events.append(.resize(width: 80, height: 24))
    let terminal = FakeTerminal(events)
    let final = Runtime(model: m, terminal: terminal, services: FakeServices().services).run()
    for frame in terminal.frames { #expect(frame.cells.count == frame.width * frame.height) }
    #expect(final.route == .plan)
    var expected = try AppModel.showingPlan(restaurantAnswers)
    expected.press(.down, .down)
    // Keys pressed at 80×24 and 120×40 moved the selection; the rest were ignored.
    let moved = (0..<200).filter { $0 % 3 == 0 && [3, 5, 6].contains($0 % 7) }.count
    for _ in 0..<moved { expected.press(.down) }
    #expect(final.selectedStepID == expected.selectedStepID)
    // The last frame is whole, at 80×24, with the selected step highlighted where the cursor is.
    let frame = try #require(terminal.frames.last)
    #expect(frame.width == 80 && frame.height == 24)
    let cursor = try #require(frame.cursor)
    let title = try #require(final.plan?.entry(final.selectedStepID ?? "")?.step.title[.sv])
    #expect(frame.line(cursor.y).contains(String(title.prefix(20))))
    #expect(frame[cursor.x, cursor.y].style == .selected)
  }

  @Test("ticks run the kiosk's idle timer: a countdown, then a wiped session and a cleared screen")
  func tick() {
    var m = AppModel.make()
    m.kiosk = KioskSettings(
      idleSeconds: 300, countdownSeconds: 30, languages: [.sv], kommunPreset: "Malmö", canPrint: false,
      checkPIN: { _ in false })
    let fake = FakeServices()
    let terminal = FakeTerminal([.key(.enter), .key(.enter), .timeout, .timeout, .timeout])
    var countdown = ""
    terminal.beforeEvent = { i in
      if i == 3 { fake.clock = 310 }  // idle for about 310 s: the countdown shows
      if i == 4 {
        countdown = terminal.screen
        fake.clock = 400  // past the countdown: wiped
      }
    }
    let final = Runtime(model: m, terminal: terminal, services: fake.services).run()
    #expect(countdown.contains("sekunder raderas allt"))
    // Once at the wipe, once more when the script ends (the fake then reports SIGTERM).
    #expect(terminal.clears == 2)
    #expect(final.route == .welcome)
    #expect(final.answers.values.keys.sorted() == ["kommun"])
    #expect(fake.saves.isEmpty && fake.journal.isEmpty, "a kiosk wrote something")
  }

  @Test("an idle tick that changes nothing draws nothing; a key after it draws again")
  func quietTick() throws {
    let m = try AppModel.showingPlan(restaurantAnswers)
    let terminal = FakeTerminal([.timeout, .timeout, .timeout, .key(.down), .timeout])
    let final = Runtime(model: m, terminal: terminal, services: FakeServices().services).run()
    // The first frame, then only the one after the key: four ticks drew nothing.
    #expect(terminal.frames.count == 2)
    #expect(terminal.frames.first != terminal.frames.last, "the key did not move the selection")
    #expect(terminal.frames.last == final.render())
  }

  @Test("on a kiosk, a tick that changes the countdown draws it, and one that changes nothing does not")
  func countdownTicks() {
    var m = AppModel.make()
    m.kiosk = KioskSettings(
      idleSeconds: 300, countdownSeconds: 30, languages: [.sv], kommunPreset: "Malmö", canPrint: false,
      checkPIN: { _ in false })
    let fake = FakeServices()
    // Enter twice (the last key at 0.2 s), then ticks: two idle ones, then at about 309.4 s and
    // 309.9 s (both 21 seconds left), and 310.6 s (20 left). Each message reads the clock once,
    // 0.1 s after what is set here.
    let terminal = FakeTerminal([.key(.enter), .key(.enter), .timeout, .timeout, .timeout, .timeout, .timeout])
    terminal.beforeEvent = { i in
      switch i {
      case 4: fake.clock = 309.3
      case 5: fake.clock = 309.8
      case 6: fake.clock = 310.5
      default: break
      }
    }
    _ = Runtime(model: m, terminal: terminal, services: fake.services).run()
    let countdowns = terminal.frames.filter { $0.text.contains("sekunder raderas allt") }
    // The idle ticks and the second tick at 21 seconds drew nothing; 21 and 20 drew.
    #expect(terminal.frames.count == 3 + 2)
    #expect(countdowns.count == 2)
    #expect(countdowns.first != countdowns.last, "the second count is the same frame")
  }

  @Test("SIGTERM ends the run at once, without drawing again")
  func terminate() {
    let terminal = FakeTerminal([.key(.enter), .terminated, .key(.enter)])
    let final = Runtime(model: AppModel.make(), terminal: terminal, services: FakeServices().services).run()
    #expect(final.route == .interview)
    #expect(terminal.frames.count == 2)  // the first frame and the one after Enter
    #expect(terminal.events == [.key(.enter)], "keys after SIGTERM were read")
  }

  @Test("a save that fails says so in the title; the next change that saves clears it")
  func failingSave() {
    var m = AppModel.make()
    m.persistent = true
    let fake = FakeServices()
    fake.failSaves = "No space left on device"
    let terminal = FakeTerminal(
      [.key(.enter)] + FakeTerminal.typing("Malmö") + [
        .key(.enter), .key(.down), .key(.enter), .key(.escape), .key(.enter),
      ])
    var failed = ""
    terminal.beforeEvent = { i in
      if i == 9 {
        failed = terminal.screen
        fake.failSaves = nil
      }
    }
    let final = Runtime(model: m, terminal: terminal, services: fake.services).run()
    #expect(failed.contains("Kunde inte spara: No space left on device"))
    #expect(failed.split(separator: "\n")[0].contains("⚠ inte sparad"))
    #expect(terminal.screen.split(separator: "\n")[0].contains("✓ sparad"))
    #expect(final.saveError == nil)
    #expect(fake.saves.last?.answers["premises"] != nil)
  }

  @Test("a kiosk export goes to the export folder and says where; nothing is saved")
  func kioskExport() throws {
    var m = AppModel.make()
    m.kiosk = KioskSettings(
      idleSeconds: 300, countdownSeconds: 30, languages: [.sv], kommunPreset: "Malmö", canPrint: true,
      checkPIN: { _ in false })
    _ = m.press(.enter, at: 0)
    m.finishInterview(from: 1)
    #expect(m.route == .plan)
    let fake = FakeServices()
    let terminal = FakeTerminal([.key(.character("e")), .key(.enter)])
    _ = Runtime(model: m, terminal: terminal, services: fake.services).run()
    #expect(terminal.screen.contains("Planen sparades i /usb/plan.md (och 2 filer till)"))
    #expect(fake.exports.count == 1)
    #expect(fake.exports.first?.1.hasPrefix("# Din plan") == true)
    // The plan file to take home: the visitor's answers, the plan's id, no half-typed field.
    let planFile = try #require(fake.planFiles.first)
    #expect(planFile.answers["business_type"] != nil && planFile.planID != nil && planFile.draft == nil)
    #expect(fake.saves.isEmpty && fake.journal.isEmpty)
  }

  @Test("opening a recent plan from the welcome screen goes through the runtime and is not saved again")
  func openRecent() throws {
    let p = try Fixtures.plan(restaurantAnswers)
    let doc = PlanDocument(
      contentVersion: Fixtures.landscape.meta.version, created: Fixtures.today, updated: Fixtures.today,
      language: .sv, answers: p.answers, data: p.data, cases: [:], snapshot: PlanDocument.snapshot(of: p))
    var m = AppModel.make()
    m.persistent = true
    m.recentPlans = ["/plans/a.json"]
    let fake = FakeServices()
    fake.documents["/plans/a.json"] = doc
    let terminal = FakeTerminal([.key(.down), .key(.enter)])
    let final = Runtime(model: m, terminal: terminal, services: fake.services).run()
    #expect(final.route == .plan)
    #expect(final.planPath == "/plans/a.json")
    #expect(terminal.screen.contains("Tidigaste öppningsdag"))
    #expect(fake.saves.isEmpty)
  }

  @Test("a service's failure is said in the founder's language")
  func failureInLanguage() throws {
    for language in Language.allCases {
      let terminal = FakeTerminal([])
      var services = FakeServices().services
      services.open = { path in
        .failure(ServiceFailure(LocalizedText(sv: "\(path): ingen sparad plan här", en: "\(path): no saved plan here")))
      }
      let runtime = Runtime(model: AppModel.make(language: language), terminal: terminal, services: services)
      guard case .openFailed(let message) = runtime.perform(.open(path: "a.json")) else {
        Issue.record("not refused")
        continue
      }
      #expect(message == (language == .sv ? "a.json: ingen sparad plan här" : "a.json: no saved plan here"))
    }
  }
}
