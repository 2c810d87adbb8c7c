import Kiosk
import NyforetagareEngine
import TerminalUI

extension AppModel {
  /// The kiosk's idle timer: a countdown after the idle time, then a wiped session.
  mutating func kioskTick(now: Double) -> [Command] {
    guard let kiosk else { return [] }
    let idle = now - lastInputAt
    if idle >= kiosk.idleSeconds + kiosk.countdownSeconds {
      wipeSession()
      lastInputAt = now
      return [.clearScreen]
    }
    if idle >= kiosk.idleSeconds && !isPristine {
      session.countdownRemaining = Int((kiosk.idleSeconds + kiosk.countdownSeconds - idle).rounded(.up))
    } else {
      session.countdownRemaining = nil
    }
    return []
  }

  /// The kiosk's rules before the ordinary keys: the keys that must do nothing, the countdown,
  /// "Klar", and the adviser's PIN. Returns nil to let the key through.
  mutating func kioskKey(_ key: Key, now: Double) -> [Command]? {
    guard let kiosk else { return nil }
    lastInputAt = now
    if session.countdownRemaining != nil {
      session.countdownRemaining = nil
      return []  // any key cancels the countdown
    }
    switch key {
    case .control("c"), .control("z"), .control("\\"), .control("q"), .control("s"):
      return []  // these do nothing on a kiosk
    default:
      break
    }
    switch session.overlay {
    case .confirmEnd?:
      switch key {
      case .character("j"), .character("J"), .character("y"), .character("Y"), .enter:
        wipeSession()
        return [.clearScreen]
      default:
        session.overlay = nil
      }
    case .pin(var prompt)?:
      switch key {
      case .enter:
        // During the wait after a wrong PIN nothing is checked, so PINs cannot be tried quickly.
        if let wait = pinBackoff.waitMessage(at: now, swedish: language == .sv) {
          session.overlay = .pin(PINPrompt(error: wait))
          return []
        }
        if kiosk.checkPIN(prompt.field.text) {
          wrongPINsBeforeEntry = pinBackoff.recordCorrect()
          session.overlay = .adviser
          return []
        }
        let wait = Int(pinBackoff.recordWrong(at: now).rounded(.up))
        prompt = PINPrompt(
          error: text.t(
            "Fel PIN-kod. Vänta \(wait) s innan du försöker igen.", "Wrong PIN. Wait \(wait) s before trying again."))
        session.overlay = .pin(prompt)
      case .escape:
        session.overlay = nil
      default:
        prompt.field.handle(key)
        session.overlay = .pin(prompt)
      }
    case .adviser?:
      switch key {
      case .character("q"), .character("Q"):
        wipeSession()
        return [.clearScreen, .quit]
      default:
        session.overlay = nil
      }
    case .help?, .confirmQuit?, nil:
      if key == .function(12) {
        session.overlay = .pin(PINPrompt())
        return []
      }
      return nil
    }
    return []
  }

  /// Whether the session holds nothing of a visitor (so the idle timer need not run).
  var isPristine: Bool {
    let f = session.founder
    return top.route == .welcome && f.data.values.isEmpty && f.cases.isEmpty
      && f.answers.values.keys.allSatisfy { $0 == "kommun" && kiosk?.kommunPreset != nil }
  }

  func drawKioskOverlays(_ buffer: inout CellBuffer) {
    guard let kiosk else { return }
    if let remaining = session.countdownRemaining {
      Chrome.box(
        &buffer,
        lines: [
          (text.t("Är du kvar?", "Are you still there?"), .heading),
          (
            text.t(
              "Om \(remaining) sekunder raderas allt du har skrivit.",
              "In \(remaining) seconds everything you typed is erased."),
            .warning
          ),
          (text.t("Tryck på valfri tangent för att fortsätta.", "Press any key to go on."), .normal),
        ], title: text.t("Nyföretagare", "Nyföretagare"))
    }
    switch session.overlay {
    case .confirmEnd?:
      Chrome.box(
        &buffer,
        lines: [
          (text.t("Är du klar?", "Are you done?"), .heading),
          (
            text.t("Allt du har skrivit raderas från datorn.", "Everything you typed is erased from this computer."),
            .normal
          ),
          (text.t("Har du exporterat planen (e) först?", "Have you exported the plan (e) first?"), .dim),
          ("", .normal),
          (text.t("j = ja, radera och börja om    n = nej", "y = yes, erase and start over    n = no"), .key),
        ], title: text.finished)
    case .pin(let prompt)?:
      var lines: [(String, Style)] = [
        (text.t("Rådgivarens PIN-kod:", "The adviser's PIN:"), .heading),
        (String(repeating: "•", count: prompt.field.text.count), .input),
      ]
      if let error = prompt.error { lines.append((error, .error)) }
      lines.append((text.t("Enter = OK, Esc = avbryt", "Enter = OK, Esc = cancel"), .dim))
      Chrome.box(&buffer, lines: lines, title: text.t("Rådgivare", "Adviser"))
    case .adviser?:
      Chrome.box(
        &buffer,
        lines: [
          (text.t("Kioskläge", "Kiosk mode"), .heading),
          (text.t("Innehåll: ", "Content: ") + "\(landscape.meta.version) (\(landscape.meta.date.iso))", .normal),
          (text.t("Förvald kommun: ", "Preset kommun: ") + (kiosk.kommunPreset ?? "–"), .normal),
          (
            text.t("Inaktivitet: ", "Idle time: ") + "\(Int(kiosk.idleSeconds)) s + \(Int(kiosk.countdownSeconds)) s",
            .normal
          ),
          (text.t("Utskrift: ", "Printing: ") + (kiosk.canPrint ? text.t("ja", "yes") : text.t("nej", "no")), .normal),
          (
            PINBackoff.adviserLine(
              wrongBeforeEntry: wrongPINsBeforeEntry, wrongInTotal: pinBackoff.wrongInTotal, swedish: language == .sv),
            wrongPINsBeforeEntry > 0 ? .warning : .normal
          ),
          ("", .normal),
          (text.t("q = avsluta programmet   Esc = tillbaka", "q = quit the program   Esc = back"), .key),
        ], title: text.t("Rådgivare", "Adviser"))
    case .help?, .confirmQuit?, nil:
      break
    }
  }
}
