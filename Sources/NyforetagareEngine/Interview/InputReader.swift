import Foundation

/// Reads what a founder types at a question, forgivingly, and says what it understood:
/// dates as "2027-05-01", "1 maj 2027", "1/5 2027" or "1 maj" (the next one); numbers with a
/// unit ("44 liter", "2 st", "2 st P11", "1 P11 + 2 P5" with the question's `units`); yes/no as
/// ja/nej/j/n. Anything else goes through the same check as an answers file.
public enum InputReader {
  /// What a text was read as.
  public struct Reading: Sendable, Hashable {
    /// The answer.
    public var value: AnswerValue
    /// What was understood, when the text was not already written the plain way.
    public var understood: LocalizedText?
  }

  /// Why a text was not understood, and what to type instead.
  public struct Problem: Error, Sendable, Hashable {
    /// The message, in Swedish and English.
    public var message: LocalizedText
  }

  /// Reads typed text as the answer to a question; `today` places a date without a year.
  public static func read(
    _ text: String, for question: Question, landscape: Landscape, today: Day
  ) -> Result<Reading, Problem> {
    let raw = text.trimmingCharacters(in: .whitespaces)
    switch question.kind {
    case .date:
      guard let (day, plain) = date(raw, today: today) else {
        return .failure(
          Problem(
            message: LocalizedText(
              sv: "”\(raw)” är inget datum jag förstår. Skriv t.ex. 2027-05-01, 1 maj 2027 eller 1/5 2027.",
              en: "“\(raw)” is not a date I understand. Type e.g. 2027-05-01, 1 May 2027 or 1/5 2027.")))
      }
      let understood =
        plain
        ? nil
        : LocalizedText(sv: "Uppfattat: \(swedish(day)) (\(day.iso)).", en: "Understood: \(english(day)) (\(day.iso)).")
      return .success(Reading(value: .date(day), understood: understood))
    case .integer, .number:
      return number(raw, for: question)
    case .bool:
      switch raw.lowercased() {
      case "j", "y": return .success(Reading(value: .bool(true), understood: nil))
      case "n": return .success(Reading(value: .bool(false), understood: nil))
      default: break
      }
    default: break
    }
    switch AnswerValidator.parse(raw, for: question, landscape: landscape) {
    case .success(let v):
      var understood: LocalizedText?
      if case .kommun(let name) = v, name.lowercased() != raw.lowercased() {
        understood = LocalizedText(sv: "Uppfattat: \(name).", en: "Understood: \(name).")
      }
      return .success(Reading(value: v, understood: understood))
    case .failure(let m): return .failure(Problem(message: LocalizedText(sv: m.text(.sv), en: m.text(.en))))
    }
  }

  // MARK: Dates

  static let months: [String: Int] = [
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "mars": 3, "march": 3,
    "apr": 4, "april": 4, "maj": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "augusti": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
  ]

  static let swedishMonths = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  static func swedish(_ d: Day) -> String {
    let c = d.components
    return "\(c.day) \(swedishMonths[c.month - 1]) \(c.year)"
  }

  static func english(_ d: Day) -> String {
    let c = d.components
    return "\(c.day) \(englishMonths[c.month - 1]) \(c.year)"
  }

  /// A date and whether it was written as YYYY-MM-DD already.
  static func date(_ raw: String, today: Day) -> (Day, Bool)? {
    let text = raw.lowercased().replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: ",", with: " ")
    if let d = Day(iso: raw) { return (d, true) }
    let parts = text.split(whereSeparator: { $0 == " " }).map(String.init)
    // YYYY-M-D
    if parts.count == 1 {
      let ymd = parts[0].split(separator: "-").compactMap { Int($0) }
      if ymd.count == 3, ymd[0] > 999, let d = Day(year: ymd[0], month: ymd[1], day: ymd[2]) { return (d, false) }
    }
    // "1/5 2027", "1/5/2027", "1/5"
    if let first = parts.first, first.contains("/") {
      let dm = first.split(separator: "/").compactMap { Int($0) }
      var year: Int?
      if dm.count == 3 { year = dm[2] } else if parts.count == 2 { year = Int(parts[1]) }
      if dm.count >= 2, (dm.count == 3) == (parts.count == 1) || parts.count <= 2 {
        return resolve(day: dm[0], month: dm[1], year: year, today: today)
      }
      return nil
    }
    // "1 maj 2027", "1 maj", "may 1 2027"
    if parts.count == 2 || parts.count == 3 {
      var day: Int?
      var month: Int?
      var year: Int?
      for p in parts {
        if let m = months[p] {
          month = m
        } else if let n = Int(p) {
          if n > 999 { year = n } else if day == nil { day = n } else { return nil }
        } else {
          return nil
        }
      }
      if let day, let month { return resolve(day: day, month: month, year: year, today: today) }
    }
    return nil
  }

  static func resolve(day: Int, month: Int, year: Int?, today: Day) -> (Day, Bool)? {
    if let year {
      let y = year < 100 ? 2000 + year : year
      return Day(year: y, month: month, day: day).map { ($0, false) }
    }
    let y = today.components.year
    guard let thisYear = Day(year: y, month: month, day: day) else { return nil }
    if thisYear >= today { return (thisYear, false) }
    return Day(year: y + 1, month: month, day: day).map { ($0, false) }
  }

  // MARK: Numbers

  /// Words that only say "pieces": "2 st", "2 flaskor", "6 personer".
  static let countWords: Set<String> = [
    "st", "st.", "stycken", "styck", "pcs", "pc", "x", "×", "à", "a", "av", "of", "flaska", "flaskor", "bottle",
    "bottles", "person", "personer", "people", "persons", "anställda", "employees",
  ]

  /// Words that name a container, whose size must be given ("2 flaskor" of what size?).
  static let containerWords: Set<String> = ["flaska", "flaskor", "bottle", "bottles"]

  static func number(_ raw: String, for q: Question) -> Result<Reading, Problem> {
    let unitList = q.units.map { u in u.names.map { $0.lowercased() }.joined(separator: ", ") }
    let hint =
      q.units.isEmpty
      ? LocalizedText(sv: "Skriv ett tal, t.ex. 2.", en: "Type a number, e.g. 2.")
      : LocalizedText(
        sv:
          "Skriv liter eller flaskor, t.ex. 26, 44 liter eller 2 st P11 (enheter: \(unitList.joined(separator: "; "))).",
        en: "Type litres or bottles, e.g. 26, 44 litres or 2 × P11 (units: \(unitList.joined(separator: "; "))).")
    let terms = raw.lowercased().replacingOccurrences(of: " och ", with: "+").replacingOccurrences(
      of: " and ", with: "+"
    )
    .split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
    guard !terms.isEmpty, !raw.isEmpty else {
      return .failure(Problem(message: LocalizedText(sv: "Inget svar. " + hint.sv, en: "No answer. " + hint.en)))
    }
    var total = 0.0
    var described: [(LocalizedText)] = []
    var plain = terms.count == 1
    for term in terms {
      let words = Set(term.split(separator: " ").map(String.init))
      if !words.isDisjoint(with: containerWords), q.units.contains(where: { $0.factor != 1 }),
        let (_, unit) = parseTerm(term, units: q.units), unit == nil
      {
        let sizes = q.units.filter { $0.factor != 1 }
        return .failure(
          Problem(
            message: LocalizedText(
              sv: "Hur stora flaskor? Skriv t.ex. 2 st P11. Storlekar: " + sizes.map(\.label.sv).joined(separator: ", ")
                + ".",
              en: "How large are the bottles? Type e.g. 2 × P11. Sizes: "
                + sizes.map(\.label.en).joined(separator: ", ") + ".")))
      }
      guard let (count, unit) = parseTerm(term, units: q.units) else {
        return .failure(
          Problem(
            message: LocalizedText(
              sv: "”\(raw)” förstår jag inte. " + hint.sv, en: "I do not understand “\(raw)”. " + hint.en)))
      }
      if let unit {
        total += count * unit.factor
        if unit.factor != 1 { plain = false }
        described.append(
          LocalizedText(
            sv: "\(formatNumber(count)) × \(unit.label.sv) = \(formatNumber(count * unit.factor))",
            en: "\(formatNumber(count)) × \(unit.label.en) = \(formatNumber(count * unit.factor))"))
      } else {
        total += count
        described.append(LocalizedText(sv: formatNumber(count), en: formatNumber(count)))
      }
      if term != formatNumber(count) { plain = plain && false }
    }
    if let m = q.minimum, total < m {
      return .failure(
        Problem(
          message: LocalizedText(
            sv: "Talet får inte vara under \(formatNumber(m)).", en: "The number may not be below \(formatNumber(m))."))
      )
    }
    let value: AnswerValue
    if q.kind == .integer {
      guard total.rounded() == total, abs(total) < 1e9 else {
        return .failure(
          Problem(message: LocalizedText(sv: "Skriv ett heltal, t.ex. 2.", en: "Type a whole number, e.g. 2.")))
      }
      value = .integer(Int(total))
    } else {
      value = .number(total)
    }
    let unitName = q.units.first { $0.factor == 1 }?.label
    let total_ = formatNumber(total) + (unitName.map { " " + $0.sv } ?? "")
    let totalEn = formatNumber(total) + (unitName.map { " " + $0.en } ?? "")
    let understood: LocalizedText? =
      plain
      ? nil
      : LocalizedText(
        sv: "Uppfattat: "
          + (described.count > 1 || described.contains { $0.sv.contains("=") }
            ? described.map(\.sv).joined(separator: " + ") + " → " : "") + total_ + ".",
        en: "Understood: "
          + (described.count > 1 || described.contains { $0.en.contains("=") }
            ? described.map(\.en).joined(separator: " + ") + " → " : "") + totalEn + ".")
    return .success(Reading(value: value, understood: understood))
  }

  /// "2 st P11" → (2, P11); "44 liter" → (44, litre); "26" → (26, nil). Nil when not understood.
  static func parseTerm(_ term: String, units: [Question.Unit]) -> (Double, Question.Unit?)? {
    var words = term.split(separator: " ").map(String.init)
    // "44l", "2st": split a number glued to a word.
    if let first = words.first, let split = first.firstIndex(where: { $0.isLetter }), split != first.startIndex,
      Double(first[..<split].replacingOccurrences(of: ",", with: ".")) != nil
    {
      words.replaceSubrange(0..<1, with: [String(first[..<split]), String(first[split...])])
    }
    var count: Double?
    var rest: [String] = []
    for w in words {
      if count == nil, let n = Double(w.replacingOccurrences(of: ",", with: ".")), n.isFinite {
        count = n
      } else if !countWords.contains(w) {
        rest.append(w)
      }
    }
    let name = rest.joined(separator: " ")
    if name.isEmpty { return count.map { ($0, nil) } }
    guard let unit = units.first(where: { $0.names.contains { $0.lowercased() == name } }) else { return nil }
    return (count ?? 1, unit)
  }
}
