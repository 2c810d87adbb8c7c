import Foundation
import TestSupport
import Testing

@Suite("CLI: the HTML page and the calendar")
struct ExportFormatTests {
  @Test("--format html writes one page; with personal data it is 0600 and says so")
  func html() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("plan.html").path
    // The Malmö example's data sheet has a telephone number: personal data.
    let run = try CLI.run([
      "plan", "--answers", "Examples/restaurang-malmo.yaml", "--today", "2026-11-22", "--format", "html",
      "--output", path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let page = try String(contentsOfFile: path, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    #expect(page.contains("Sidan innehåller personuppgifter."))
    #expect(page.contains("<svg"))
    let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    #expect(mode & 0o777 == 0o600)
  }

  @Test("--plan-id goes into every UID; a bad one is one line naming it")
  func planID() throws {
    let good = try CLI.run([
      "plan", "--answers", "Examples/kafe-umea.yaml", "--today", "2026-11-22", "--format", "ics", "--plan-id",
      "kiosk-7",
    ])
    #expect(good.status == 0, "\(good.stderr)")
    let uids = good.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    #expect(!uids.isEmpty && uids.allSatisfy { $0.hasPrefix("UID:kiosk-7-") })
    let bad = try CLI.run([
      "plan", "--answers", "Examples/kafe-umea.yaml", "--format", "ics", "--plan-id", "two words",
    ])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("'two words' är inget plan-id"), "\(bad.stderr)")
  }
}
