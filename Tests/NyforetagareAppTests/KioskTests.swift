import NyforetagareEngine
import TerminalUI
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Kiosk mode in the app")
struct KioskModeTests {
  func kioskModel() -> AppModel {
    var m = AppModel.make()
    m.kiosk = KioskSettings(
      idleSeconds: 300, countdownSeconds: 30, languages: [.sv, .en], kommunPreset: "Malmö", canPrint: true,
      checkPIN: { $0 == "4711" })
    return m
  }

  @Test("the interview starts with the preset kommun filled in, changeable")
  func preset() {
    var m = kioskModel()
    _ = m.handle(.enter, now: 1)
    #expect(m.answers.kommun == "Malmö")
    #expect(m.currentQuestion?.id == "business_type")
    _ = m.handle(.escape, now: 2)
    #expect(m.currentQuestion?.id == "kommun")
  }

  @Test("idle time shows a countdown that any key cancels, then wipes the session")
  func idle() {
    var m = kioskModel()
    _ = m.handle(.enter, now: 0)
    _ = m.handle(.enter, now: 1)
    #expect(m.answers["business_type"] != nil)
    _ = m.handle(.tick, now: 250)
    #expect(m.countdownRemaining == nil)
    _ = m.handle(.tick, now: 305)
    #expect(m.countdownRemaining == 26)
    #expect(m.screen.contains("Om 26 sekunder raderas allt"))
    _ = m.handle(.character("x"), now: 306)  // cancels, and is not typed anywhere
    #expect(m.countdownRemaining == nil)
    #expect(m.answers["business_type"] != nil)
    let effects = m.handle(.tick, now: 306 + 331)
    #expect(effects == [.clearScreen])
    #expect(m.route == .welcome)
    #expect(m.answers.values.keys.sorted() == ["kommun"])
    #expect(m.data.values.isEmpty)
  }

  @Test("Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing")
  func controlKeys() {
    var m = kioskModel()
    _ = m.handle(.enter, now: 1)
    for key in [Key.control("c"), .control("z"), .control("\\")] {
      #expect(m.handle(key, now: 2).isEmpty)
      #expect(m.route == .interview)
      #expect(!m.confirmingQuit)
    }
  }

  @Test("q asks whether the visitor is done; yes wipes everything, no goes on")
  func done() throws {
    var m = kioskModel()
    _ = m.handle(.enter, now: 1)
    _ = m.handle(.enter, now: 2)
    _ = m.handle(.character("q"), now: 3)
    #expect(m.screen.contains("Är du klar?"))
    _ = m.handle(.character("n"), now: 4)
    #expect(m.route == .interview)
    _ = m.handle(.character("q"), now: 5)
    #expect(m.handle(.character("j"), now: 6) == [.clearScreen])
    #expect(m.route == .welcome)
    #expect(m.answers["business_type"] == nil)
  }

  @Test("leaving the program needs the adviser's PIN; a wrong PIN does not quit")
  func pin() {
    var m = kioskModel()
    _ = m.handle(.function(12), now: 1)
    for ch in "1234" { _ = m.handle(.character(ch), now: 2) }
    #expect(m.screen.contains("••••"))
    #expect(m.handle(.enter, now: 3).isEmpty)
    #expect(m.screen.contains("Fel PIN-kod"))
    #expect(m.handle(.character("q"), now: 4).isEmpty)  // typed into the PIN field, not quitting
    _ = m.handle(.control("u"), now: 4)
    for ch in "4711" { _ = m.handle(.character(ch), now: 5) }
    _ = m.handle(.enter, now: 6)
    #expect(m.screen.contains("Kioskläge"))
    #expect(m.handle(.character("q"), now: 7) == [.clearScreen, .quit])
  }

  @Test("export writes into the export folder under a made name; nothing is ever autosaved")
  func export() throws {
    var m = kioskModel()
    #expect(!m.persistent)
    _ = m.handle(.enter, now: 1)
    var effects: [Effect] = []
    for i in 0..<60 where m.route == .interview { effects += m.handle(.enter, now: Double(2 + i)) }
    #expect(!effects.contains { if case .save = $0 { return true } else { return false } })
    _ = m.handle(.character("e"), now: 70)
    #expect(m.screen.contains("USB-minnet"))
    guard case .kioskExport(let markdown)? = m.handle(.enter, now: 71).first else {
      Issue.record("no kiosk export")
      return
    }
    #expect(markdown.hasPrefix("# Din plan"))
    guard case .print? = m.handle(.character("p"), now: 72).first else {
      Issue.record("no print")
      return
    }
  }
}
