import ArgumentParser
import NyforetagareEngine

/// The terminal UI (the default command).
struct RunUI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ui", abstract: "The terminal UI (the default).", shouldDisplay: false)

  @OptionGroup var common: CommonOptions

  @Flag(name: .long, help: "Lock the UI down for a shared kiosk.")
  var kiosk = false

  @Flag(name: .long, help: "Plain line-by-line prompts, no full-screen UI.")
  var plain = false

  func run() throws {
    let landscape = try ContentSource.landscape(common.content)
    Console.error("The terminal UI is not built yet. \(landscape.steps.count) steps loaded; use `nyforetagare plan`.")
    throw ExitCode(1)
  }
}
