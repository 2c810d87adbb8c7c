import Foundation
import NyforetagareEngine
import TerminalUI
import TestSupport
import Testing

@testable import NyforetagareApp

/// The kiosk's privacy boundary: after "Klar" or the idle timeout nothing the visitor typed,
/// chose or exported is left anywhere in the model.
@Suite("Session wipe")
struct SessionWipeTests {
  static let markers = ["Qwixbolag", "Qwixhalv", "Qwixnote", "Qwixdnr", "Qwixfil.md", "Qwixpin"]

  /// A kiosk model in which a visitor has left a marker in every kind of place.
  func visited() throws -> AppModel {
    var m = AppModel.make()
    m.kiosk = KioskSettings(
      idleSeconds: 300, countdownSeconds: 30, languages: [.sv, .en], kommunPreset: "Malmö", canPrint: false,
      checkPIN: { $0 == "4711" })
    var t = 1.0
    func press(_ keys: Key...) {
      for k in keys {
        _ = m.press(k, at: t)
        t += 1
      }
    }
    func type(_ s: String) { for ch in s { press(.character(ch)) } }
    // The visitor switches language, answers every question and reaches the plan.
    press(.down, .enter, .up, .enter)
    t = m.finishInterview(from: t) + 1
    #expect(m.route == .plan)
    // A case with a note and a reference.
    press(.enter, .character("s"), .right, .tab, .tab)
    type("Qwixdnr")
    press(.tab)
    type("Qwixnote")
    press(.enter)
    #expect(m.cases.values.contains { $0.note == "Qwixnote" })
    // An export and its message.
    press(.escape, .character("e"))
    _ = m.update(.exported(path: "/usb/Qwixfil.md"), now: t)
    // The plan by actor; a datum saved, and another half-typed.
    press(.escape, .tab, .character("d"))
    let text = try #require(m.sheetItems.firstIndex { $0.item.kind == .text })
    for _ in 0..<text { press(.down) }
    press(.enter)
    type("Qwixbolag")
    press(.enter)
    #expect(m.data.values.values.contains("Qwixbolag"))
    press(.down, .enter)
    type("Qwixhalv")
    // The adviser's PIN, half-typed over it all.
    press(.function(12))
    type("Qwixpin")
    return m
  }

  func dump(_ m: AppModel) -> String {
    var out = ""
    Swift.dump(m, to: &out)
    return out
  }

  @Test("every marker is somewhere in the model before the wipe (so the check below can fail)")
  func markersAreThere() throws {
    let m = try visited()
    let text = dump(m)
    for marker in Self.markers {
      let found = text.contains(marker)
      #expect(found, "\(marker) was never stored")
    }
  }

  @Test("'Klar' leaves a session equal to a fresh one, and no marker anywhere in the model")
  func klar() throws {
    var m = try visited()
    _ = m.press(.escape, at: 500)  // closes the PIN box
    _ = m.press(.escape, at: 500)  // leaves the field (where q is a letter)
    _ = m.press(.character("q"), at: 501)
    #expect(m.press(.character("j"), at: 502) == [.clearScreen])
    check(m)
  }

  @Test("the idle timeout wipes just as completely")
  func idle() throws {
    var m = try visited()
    _ = m.update(.tick, now: 10_000)
    check(m)
  }

  @Test("SIGTERM on a kiosk wipes too, before the program ends")
  func terminate() throws {
    var m = try visited()
    #expect(m.update(.terminate, now: 10) == [.clearScreen, .quit])
    check(m)
  }

  func check(_ m: AppModel) {
    let text = dump(m)
    for marker in Self.markers {
      let survived = text.contains(marker)
      #expect(!survived, "\(marker) survived the wipe")
    }
    let fresh = Session(preset: m.preset)
    #expect(m.session.founder == fresh.founder)
    #expect(m.route == .welcome && m.session.stack.count == 1)
    #expect(m.session.overlay == nil && m.session.message == nil && m.session.lastExport == nil)
    #expect(m.answers.values.keys.sorted() == ["kommun"])
    #expect(m.language == .sv)
    let shown = m.render().text.contains("Qwix")
    #expect(!shown)
  }
}
