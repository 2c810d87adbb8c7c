import NyforetagareEngine
import TerminalUI

@testable import NyforetagareApp

/// A terminal that plays a script of events and keeps every frame (as ratatui's
/// `TestBackend`). When the script runs out it reports SIGTERM, so a run always ends.
final class FakeTerminal: Terminal {
  var events: [TerminalEvent]
  var size: (width: Int, height: Int)
  private(set) var frames: [CellBuffer] = []
  private(set) var clears = 0
  /// Called before each event is handed out (to change the services mid-run).
  var beforeEvent: ((Int) -> Void)?
  private var handedOut = 0

  init(_ events: [TerminalEvent], width: Int = 80, height: Int = 24) {
    self.events = events
    size = (width, height)
  }

  func next(timeoutMilliseconds: Int) -> TerminalEvent {
    beforeEvent?(handedOut)
    handedOut += 1
    guard !events.isEmpty else { return .terminated }
    let event = events.removeFirst()
    if case .resize(let w, let h) = event { size = (w, h) }
    return event
  }

  func draw(_ buffer: CellBuffer) { frames.append(buffer) }

  func clearAll() { clears += 1 }

  /// The last frame as text.
  var screen: String { frames.last?.text ?? "" }

  /// Keys for typing text.
  static func typing(_ text: String) -> [TerminalEvent] { text.map { .key(.character($0)) } }
}

/// Services that keep everything in memory and can be made to fail.
final class FakeServices: @unchecked Sendable {
  var saves: [PlanDocument] = []
  var journal: [PlanDocument.Draft?] = []
  var exports: [(String, String)] = []
  /// The plan files the exports carried.
  var planFiles: [PlanDocument] = []
  var failSaves: String?
  var documents: [String: PlanDocument] = [:]
  var clock = 0.0

  var services: Services {
    Services(
      save: { doc in
        if let failure = self.failSaves { return .failure(ServiceFailure(failure)) }
        self.saves.append(doc)
        return .success("/plans/plan.json")
      },
      journal: { draft in
        if let failure = self.failSaves { return .failure(ServiceFailure(failure)) }
        self.journal.append(draft)
        return .success(())
      },
      open: { path in
        self.documents[path].map { .success($0) } ?? .failure(ServiceFailure(path + ": no saved plan"))
      },
      export: { path, files, planFile, _ in
        self.exports.append((path, files.markdown))
        self.planFiles.append(planFile)
        return .success(ExportFiles.extensions.map { "/out/\(path).\($0)" })
      },
      kioskExport: { files, planFile, _ in
        self.exports.append(("kiosk", files.markdown))
        self.planFiles.append(planFile)
        return .success(ExportFiles.extensions.map { "/usb/plan.\($0)" })
      },
      print: { _, _ in "printed" },
      now: {
        self.clock += 0.1
        return self.clock
      })
  }
}
