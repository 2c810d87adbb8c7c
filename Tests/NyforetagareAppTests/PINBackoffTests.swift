import NyforetagareEngine
import TerminalUI
import TestSupport
import Testing

@testable import NyforetagareApp

@Suite("Kiosk: a growing wait after wrong PINs")
struct PINBackoffAppTests {
  func kioskModel() -> AppModel {
    var m = AppModel.make()
    m.kiosk = KioskSettings(
      idleSeconds: 300, countdownSeconds: 30, languages: [.sv, .en], kommunPreset: "Malmö", canPrint: true,
      checkPIN: { $0 == "4711" })
    return m
  }

  func typePIN(_ m: inout AppModel, _ pin: String, at t: Double) {
    _ = m.press(.control("u"), at: t)
    for ch in pin { _ = m.press(.character(ch), at: t) }
    _ = m.press(.enter, at: t)
  }

  @Test("wrong PINs wait 1, 2, 4 s; the right PIN during the wait is not accepted; the adviser sees the count")
  func backoff() {
    var m = kioskModel()
    _ = m.press(.function(12), at: 10)
    typePIN(&m, "1111", at: 10)
    #expect(m.screen.contains("Vänta 1 s"))
    typePIN(&m, "4711", at: 10.5)  // within the wait: not even checked
    #expect(!m.screen.contains("Kioskläge"))
    #expect(m.screen.contains("Vänta 1 s"))
    typePIN(&m, "2222", at: 11.1)
    #expect(m.screen.contains("Vänta 2 s"))
    typePIN(&m, "3333", at: 13.2)
    #expect(m.screen.contains("Vänta 4 s"))
    typePIN(&m, "4711", at: 17.3)
    #expect(m.screen.contains("Kioskläge"))
    #expect(m.screen.contains("Fel PIN-kod före denna inloggning: 3 (sedan start: 3)."))
  }

  @Test("wiping the session does not reset the wait")
  func survivesWipe() {
    var m = kioskModel()
    _ = m.press(.function(12), at: 1)
    typePIN(&m, "1111", at: 1)
    typePIN(&m, "2222", at: 2.1)  // now 2 s
    _ = m.press(.escape, at: 2.2)
    _ = m.update(.tick, now: 1_000)  // idle long enough to wipe
    _ = m.press(.function(12), at: 1_000)
    typePIN(&m, "4711", at: 1_000)
    #expect(m.screen.contains("Kioskläge"))
    #expect(m.screen.contains("Fel PIN-kod före denna inloggning: 2"))
  }
}

@Suite("The tiniest terminals still show something")
struct TinyTerminalTests {
  @Test("at 1×1 and 2×1 the screen is not blank", arguments: [(1, 1), (2, 1), (3, 1), (1, 3)])
  func tiny(_ size: (Int, Int)) {
    var m = AppModel.make()
    _ = m.update(.resize(width: size.0, height: size.1))
    let buffer = m.render()
    #expect(buffer.width == size.0 && buffer.height == size.1)
    #expect(buffer.text.contains { !$0.isWhitespace }, "blank at \(size.0)×\(size.1)")
  }
}
