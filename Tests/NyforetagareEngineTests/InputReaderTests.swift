import NyforetagareEngine
import TestSupport
import Testing

@Suite("Forgiving input")
struct InputReaderTests {
  static let today = Day(year: 2026, month: 12, day: 1) ?? Day(daysSinceEpoch: 0)

  static func read(_ text: String, _ id: String) -> Result<InputReader.Reading, InputReader.Problem> {
    let q = Fixtures.landscape.question(id)
    return InputReader.read(
      text, for: q ?? Fixtures.landscape.questions[0], landscape: Fixtures.landscape, today: today)
  }

  static func value(_ text: String, _ id: String) -> AnswerValue? {
    if case .success(let r) = read(text, id) { return r.value }
    return nil
  }

  static func understood(_ text: String, _ id: String) -> String? {
    if case .success(let r) = read(text, id) { return r.understood?.sv }
    return nil
  }

  @Test(
    "dates as 2027-05-01, 1 maj 2027, 1/5 2027, 1/5/2027, 1 May 2027 and 2027-5-1",
    arguments: [
      "2027-05-01", "1 maj 2027", "1/5 2027", "1/5/2027", "1 May 2027", "2027-5-1", "1 maj", "1/5", "1. maj 2027",
    ])
  func dates(_ text: String) {
    #expect(Self.value(text, "opening_date") == .date(Day(year: 2027, month: 5, day: 1) ?? Self.today), "\(text)")
  }

  @Test("a date without a year is the next one; the message says what was understood")
  func understoodDates() {
    #expect(Self.understood("1 maj", "opening_date") == "Uppfattat: 1 maj 2027 (2027-05-01).")
    #expect(Self.value("24/12", "opening_date") == .date(Day(year: 2026, month: 12, day: 24) ?? Self.today))
    #expect(Self.understood("2027-05-01", "opening_date") == nil, "already plain: nothing to say")
    if case .failure(let p) = Self.read("31 feb 2027", "opening_date") {
      #expect(p.message.sv.contains("inget datum"))
      #expect(p.message.en.contains("2027-05-01"))
    } else {
      Issue.record("31 February is not a date")
    }
  }

  @Test("numbers with units: litres, bottles, pieces, sums")
  func numbers() {
    #expect(Self.value("44 liter", "lpg_outdoor_litres") == .number(44))
    #expect(Self.value("44l", "lpg_outdoor_litres") == .number(44))
    #expect(Self.value("44,5", "lpg_outdoor_litres") == .number(44.5))
    #expect(Self.value("2 st P11", "lpg_outdoor_litres") == .number(52))
    #expect(Self.value("2 flaskor 11 kg", "lpg_outdoor_litres") == .number(52))
    #expect(Self.value("P11", "lpg_outdoor_litres") == .number(26))
    #expect(Self.value("1 P11 + 2 P5", "lpg_outdoor_litres") == .number(50))
    #expect(
      Self.understood("2 st P11", "lpg_outdoor_litres")
        == "Uppfattat: 2 × gasolflaska P11 (11 kg, 26 liter) = 52 → 52 liter.")
    #expect(Self.value("2 st", "employees") == .integer(2))
    #expect(Self.value("6 personer", "employees") == .integer(6))
    #expect(Self.value("3", "employees") == .integer(3))
    #expect(Self.understood("3", "employees") == nil)
  }

  @Test("what is still not understood gets a message saying what to type")
  func refused() {
    guard case .failure(let p) = Self.read("2 flaskor", "lpg_outdoor_litres") else {
      Issue.record("bottles without a size cannot be counted")
      return
    }
    #expect(p.message.sv.hasPrefix("Hur stora flaskor?"))
    #expect(p.message.sv.contains("P11 (11 kg, 26 liter)"))
    guard case .failure(let q) = Self.read("massor", "lpg_outdoor_litres") else {
      Issue.record("'massor' is not a number")
      return
    }
    #expect(q.message.sv.contains("2 st P11"))
    #expect(q.message.en.contains("litres"))
    guard case .failure = Self.read("1,5", "employees") else {
      Issue.record("employees are whole")
      return
    }
    guard case .failure = Self.read("-2", "employees") else {
      Issue.record("employees are at least 0")
      return
    }
  }

  @Test("yes/no as j/n, a kommun without diacritics is confirmed by name")
  func others() {
    #expect(Self.value("j", "tobacco") == .bool(true))
    #expect(Self.value("Nej", "tobacco") == .bool(false))
    #expect(Self.value("goteborg", "kommun") == .kommun("Göteborg"))
    #expect(Self.understood("goteborg", "kommun") == "Uppfattat: Göteborg.")
  }
}
