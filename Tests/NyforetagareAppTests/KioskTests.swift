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
    _ = m.press(.enter, at: 1)
    #expect(m.answers.kommun == "Malmö")
    #expect(m.currentQuestion?.id != "kommun")
    _ = m.press(.escape, at: 2)
    #expect(m.currentQuestion?.id == "kommun")
  }

  @Test("idle time shows a countdown that any key cancels, then wipes the session")
  func idle() {
    var m = kioskModel()
    _ = m.press(.enter, at: 0)
    _ = m.press(.down, at: 1)
    _ = m.press(.enter, at: 1)
    #expect(m.answers["premises"] != nil)
    _ = m.update(.tick, now: 250)
    #expect(m.countdownRemaining == nil)
    _ = m.update(.tick, now: 305)
    #expect(m.countdownRemaining == 26)
    #expect(m.screen.contains("Om 26 sekunder raderas allt"))
    _ = m.press(.character("x"), at: 306)  // cancels, and is not typed anywhere
    #expect(m.countdownRemaining == nil)
    #expect(m.answers["premises"] != nil)
    let effects = m.update(.tick, now: 306 + 331)
    #expect(effects == [.clearScreen])
    #expect(m.route == .welcome)
    #expect(m.answers.values.keys.sorted() == ["kommun"])
    #expect(m.data.values.isEmpty)
  }

  @Test("Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing")
  func controlKeys() {
    var m = kioskModel()
    _ = m.press(.enter, at: 1)
    for key in [Key.control("c"), .control("z"), .control("\\")] {
      #expect(m.press(key, at: 2).isEmpty)
      #expect(m.route == .interview)
      #expect(!m.confirmingQuit)
    }
  }

  @Test("q asks whether the visitor is done; yes wipes everything, no goes on")
  func done() throws {
    var m = kioskModel()
    _ = m.press(.enter, at: 1)
    _ = m.press(.down, at: 2)
    _ = m.press(.enter, at: 2)
    #expect(m.answers["premises"] != nil)
    _ = m.press(.character("q"), at: 3)
    #expect(m.screen.contains("Är du klar?"))
    _ = m.press(.character("n"), at: 4)
    #expect(m.route == .interview)
    _ = m.press(.character("q"), at: 5)
    #expect(m.press(.character("j"), at: 6) == [.clearScreen])
    #expect(m.route == .welcome)
    #expect(m.answers["premises"] == nil)
  }

  @Test("leaving the program needs the adviser's PIN; a wrong PIN does not quit")
  func pin() {
    var m = kioskModel()
    _ = m.press(.function(12), at: 1)
    for ch in "1234" { _ = m.press(.character(ch), at: 2) }
    #expect(m.screen.contains("••••"))
    #expect(m.press(.enter, at: 3).isEmpty)
    #expect(m.screen.contains("Fel PIN-kod"))
    #expect(m.press(.character("q"), at: 4).isEmpty)  // typed into the PIN field, not quitting
    _ = m.press(.control("u"), at: 4)
    for ch in "4711" { _ = m.press(.character(ch), at: 5) }
    _ = m.press(.enter, at: 6)
    #expect(m.screen.contains("Kioskläge"))
    #expect(m.press(.character("q"), at: 7) == [.clearScreen, .quit])
  }

  @Test("export writes into the export folder under a made name; nothing is ever autosaved")
  func export() throws {
    var m = kioskModel()
    #expect(!m.persistent)
    _ = m.press(.enter, at: 1)
    m.finishInterview(from: 2)
    _ = m.press(.character("e"), at: 70)
    #expect(m.screen.contains("USB-minnet"))
    guard case .kioskExport(let files)? = m.press(.enter, at: 71).first else {
      Issue.record("no kiosk export")
      return
    }
    #expect(files.markdown.hasPrefix("# Din plan"))
    #expect(files.html.hasPrefix("<!DOCTYPE html>"))
    // The printer gets a paper layout: clean text, no Markdown syntax.
    guard case .print(let paper)? = m.press(.character("p"), at: 72).first else {
      Issue.record("no print")
      return
    }
    #expect(paper.hasPrefix("Din plan") && !paper.contains("## ") && !paper.contains("|---|"))
  }
}
