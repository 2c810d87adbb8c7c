import NyforetagareEngine
import TerminalUI

extension AppModel {
  /// Wipes everything about the visitor: answers, data, cases, exports and screen state.
  mutating func wipeSession() {
    answers = Answers()
    if let preset = kiosk?.kommunPreset { answers["kommun"] = .kommun(preset) }
    data = FounderData()
    cases = [:]
    routes = [.welcome]
    if let first = kiosk?.languages.first { language = first }
    welcomeList = ListView()
    questionID = nil
    choiceList = ListView()
    field = TextField()
    fieldError = nil
    multiSelection = []
    planList = ListView()
    planByActor = false
    stepScroll = 0
    dataList = ListView()
    editingItem = nil
    timelineScroll = 0
    notNeededScroll = 0
    exportField = TextField("nyforetagare-plan.md")
    lastExport = nil
    message = nil
    showingHelp = false
    confirmingQuit = false
    caseEditor = nil
    kioskOverlay = nil
    pinField = TextField()
    pinError = nil
    countdownRemaining = nil
    contentChanges = []
    dirty = false
    refreshPlan()
  }

  /// The kiosk's rules before the ordinary keys: the idle timer, the keys that must do
  /// nothing, "Klar", and the adviser's PIN. Returns nil to let the key through.
  mutating func kioskFilter(_ key: Key, now: Double) -> [Effect]? {
    guard let kiosk else { return nil }
    if case .tick = key {
      let idle = now - lastInputAt
      if idle >= kiosk.idleSeconds + kiosk.countdownSeconds {
        wipeSession()
        lastInputAt = now
        return [.clearScreen]
      }
      if idle >= kiosk.idleSeconds && !isPristine {
        countdownRemaining = Int((kiosk.idleSeconds + kiosk.countdownSeconds - idle).rounded(.up))
      } else {
        countdownRemaining = nil
      }
      return []
    }
    if case .resize = key { return nil }
    lastInputAt = now
    if countdownRemaining != nil {
      countdownRemaining = nil
      return []  // any key cancels the countdown
    }
    switch key {
    case .control("c"), .control("z"), .control("\\"), .control("q"), .control("s"):
      return []  // these do nothing on a kiosk
    default:
      break
    }
    if let overlay = kioskOverlay {
      switch overlay {
      case .confirmEnd:
        switch key {
        case .character("j"), .character("J"), .character("y"), .character("Y"), .enter:
          wipeSession()
          return [.clearScreen]
        default:
          kioskOverlay = nil
        }
      case .pin:
        switch key {
        case .enter:
          if kiosk.checkPIN(pinField.text) {
            kioskOverlay = .adviser
            pinError = nil
          } else {
            pinError = text.t("Fel PIN-kod.", "Wrong PIN.")
          }
          pinField = TextField()
        case .escape:
          kioskOverlay = nil
          pinField = TextField()
          pinError = nil
        default:
          pinField.handle(key)
        }
      case .adviser:
        switch key {
        case .character("q"), .character("Q"):
          wipeSession()
          return [.clearScreen, .quit]
        default:
          kioskOverlay = nil
        }
      }
      return []
    }
    if key == .function(12) {
      kioskOverlay = .pin
      pinField = TextField()
      pinError = nil
      return []
    }
    return nil
  }

  /// Whether the session holds nothing of a visitor (so the idle timer need not run).
  var isPristine: Bool {
    route == .welcome && data.values.isEmpty && cases.isEmpty
      && answers.values.keys.allSatisfy { $0 == "kommun" && kiosk?.kommunPreset != nil }
  }

  /// Reports the result of a print effect.
  public mutating func printFinished(_ result: String) {
    message = result
  }

  func drawKioskOverlays(_ buffer: inout CellBuffer) {
    guard let kiosk else { return }
    if let remaining = countdownRemaining {
      drawBox(
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
    switch kioskOverlay {
    case .confirmEnd?:
      drawBox(
        &buffer,
        lines: [
          (text.t("Är du klar?", "Are you done?"), .heading),
          (
            text.t("Allt du har skrivit raderas från datorn.", "Everything you typed is erased from this computer."),
            .normal
          ),
          (
            text.t("Har du exporterat planen (e) först?", "Have you exported the plan (e) first?"), .dim
          ),
          ("", .normal),
          (text.t("j = ja, radera och börja om    n = nej", "y = yes, erase and start over    n = no"), .key),
        ], title: text.t("Klar", "Done"))
    case .pin?:
      var lines: [(String, Style)] = [
        (text.t("Rådgivarens PIN-kod:", "The adviser's PIN:"), .heading),
        (String(repeating: "•", count: pinField.text.count), .input),
      ]
      if let pinError { lines.append((pinError, .error)) }
      lines.append((text.t("Enter = OK, Esc = avbryt", "Enter = OK, Esc = cancel"), .dim))
      drawBox(&buffer, lines: lines, title: text.t("Rådgivare", "Adviser"))
    case .adviser?:
      drawBox(
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
          ("", .normal),
          (text.t("q = avsluta programmet   Esc = tillbaka", "q = quit the program   Esc = back"), .key),
        ], title: text.t("Rådgivare", "Adviser"))
    case nil:
      break
    }
  }
}
