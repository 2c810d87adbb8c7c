import NyforetagareEngine
import PlanStorage
import Testing

/// A saved plan's problems are values said in Swedish and English, naming the file.
@Suite("Plan file problems in Swedish and English")
struct PlanFailureTextTests {
  static let path = "/plans/p\u{1B}.json"

  static let failures: [PlanFile.Failure] = [
    .locked(path: path),
    .corrupt(path: path, detail: .noSchema, backup: path + ".bak"),
    .corrupt(path: path, detail: .tooLarge(megabytes: 16), backup: nil),
    .corrupt(path: path, detail: .notRegularFile, backup: nil),
    .corrupt(path: path, detail: .cannotRead("Permission denied"), backup: nil),
    .corrupt(path: path, detail: .missingKey("answers"), backup: nil),
    .corrupt(path: path, detail: .wrongType(at: "cases.bygglov"), backup: nil),
    .newerVersion(path: path, schema: 9, backup: nil),
    .cannotWrite(path: path, detail: "Read-only file system"),
    .cannotSave(path: path, reason: .full(path)),
    .missing(path: path),
    .invalid(
      path: path,
      problems: [
        .dataText(id: "telefon", reason: LocalizedText(sv: "För lång.", en: "Too long.")),
        .badData(id: "organisationsnummer", value: "1", reason: LocalizedText(sv: "Fel.", en: "Wrong.")),
        .badCase(step: "bygglov", reason: LocalizedText(sv: "Ange dagen.", en: "Give the day.")),
        .draft(reason: LocalizedText(sv: "För lång.", en: "Too long.")),
        .updatedBeforeCreated(updated: Day(daysSinceEpoch: 1), created: Day(daysSinceEpoch: 2)),
      ]),
  ]

  @Test("every failure names the file, escaped, in both languages, and the two differ")
  func texts() {
    for failure in Self.failures {
      let sv = failure.message(in: .sv)
      let en = failure.message(in: .en)
      #expect(sv != en, "\(failure)")
      #expect(en == failure.description)
      for text in [sv, en] {
        #expect(text.hasPrefix(Echo.quote(Self.path, limit: nil) + ": "), "\(text)")
        #expect(Echo.isPlain(text), "\(text)")
      }
    }
  }

  @Test("a plan that cannot be read says what to do: open the backup beside it, in both languages")
  func whatToDo() {
    let bak = Self.path + ".bak"
    let withBackup = PlanFile.Failure.corrupt(path: Self.path, detail: .noSchema, backup: bak)
    let quoted = Echo.quote(bak, limit: nil)
    #expect(withBackup.message(in: .sv).hasSuffix("öppna den med nyforetagare --plan \(quoted)"))
    #expect(withBackup.message(in: .en).hasSuffix("open it with nyforetagare --plan \(quoted)"))
    let newer = PlanFile.Failure.newerVersion(path: Self.path, schema: 9, backup: bak)
    #expect(newer.message(in: .sv).contains("Öppna den med den nyare versionen. Det finns en säkerhetskopia"))
    #expect(newer.message(in: .en).hasSuffix("open it with nyforetagare --plan \(quoted)"))
    // Without a backup the message says so, and what else helps.
    let none = PlanFile.Failure.corrupt(path: Self.path, detail: .noSchema, backup: nil)
    #expect(none.message(in: .sv).hasSuffix("börja en ny plan med nyforetagare"))
    #expect(none.message(in: .en).hasSuffix("start a new plan with nyforetagare"))
    let unreadable = PlanFile.Failure.corrupt(path: Self.path, detail: .cannotRead("Permission denied"), backup: nil)
    #expect(unreadable.message(in: .en).contains("Check that you may read the file"))
  }

  @Test("an impossible plan lists every problem in the founder's language")
  func invalidInSwedish() throws {
    let sv = try #require(Self.failures.last).message(in: .sv)
    for part in [
      "uppgiften 'telefon': För lång.", "uppgiften 'organisationsnummer': '1': Fel.", "ärendet 'bygglov': Ange dagen.",
      "texten som skrevs: För lång.", "'updated' (1970-01-02) ligger före 'created' (1970-01-03)",
    ] {
      #expect(sv.contains(part), "\(part) in \(sv)")
    }
  }
}
