/// The outcome of checking one value.
public enum ValidationResult: Sendable, Hashable {
  /// Accepted, in its normalized form.
  case valid(String)
  /// Refused, with what is wrong and what is allowed.
  case invalid(LocalizedText)
}

/// Validates founder data by kind: Swedish identifiers with their check digits, and the
/// ordinary formats. The same rules serve the answers file and the data sheet.
public enum DataValidator {
  /// Validates a value of the given kind.
  public static func validate(_ raw: String, kind: DataItem.Kind) -> ValidationResult {
    let text = raw.trimmingSpacesAndNewlines()
    if text.isEmpty {
      return .invalid(LocalizedText(sv: "Fältet är tomt.", en: "The field is empty."))
    }
    switch kind {
    case .text, .document:
      if text.count > 500 {
        return .invalid(LocalizedText(sv: "Högst 500 tecken.", en: "At most 500 characters."))
      }
      return .valid(text)
    case .longtext:
      if text.count > 5000 {
        return .invalid(LocalizedText(sv: "Högst 5 000 tecken.", en: "At most 5,000 characters."))
      }
      return .valid(text)
    case .personnummer: return personnummer(text)
    case .organisationsnummer: return organisationsnummer(text)
    case .fastighetsbeteckning: return fastighetsbeteckning(text)
    case .postnummer: return postnummer(text)
    case .email: return email(text)
    case .phone: return phone(text)
    case .date:
      if let day = Day(iso: text) { return .valid(day.iso) }
      return .invalid(
        LocalizedText(
          sv: "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-03-01.",
          en: "Write the date as YYYY-MM-DD, e.g. 2027-03-01."))
    case .integer:
      let compact = text.removingAll(of: [" "])
      if let n = Int(compact), n >= 0 { return .valid(String(n)) }
      return .invalid(LocalizedText(sv: "Skriv ett heltal, t.ex. 12.", en: "Write a whole number, e.g. 12."))
    case .number:
      let compact = String(text.removingAll(of: [" "]).map { $0 == "," ? "." : $0 })
      if let n = Double(compact), n >= 0, n.isFinite { return .valid(formatNumber(n)) }
      return .invalid(LocalizedText(sv: "Skriv ett tal, t.ex. 85 eller 12,5.", en: "Write a number, e.g. 85 or 12.5."))
    }
  }

  /// The Luhn (modulus 10) check digit for digits, weights 2,1,2,1… from the left.
  public static func luhnCheckDigit(_ digits: [Int]) -> Int {
    var sum = 0
    for (i, d) in digits.enumerated() {
      let p = d * (i % 2 == 0 ? 2 : 1)
      sum += p / 10 + p % 10
    }
    return (10 - sum % 10) % 10
  }

  static func digitsOnly(_ text: String) -> [Int]? {
    var result: [Int] = []
    for ch in text {
      if let d = ch.wholeNumberValue, ch.isASCII { result.append(d) } else { return nil }
    }
    return result
  }

  /// Personnummer and samordningsnummer: YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD(-)NNNC;
  /// the date must exist (day + 60 for a samordningsnummer) and the check digit must match.
  public static func personnummer(_ text: String) -> ValidationResult {
    var body = text.removingAll(of: [" "])
    var separator = "-"
    if let idx = body.firstIndex(where: { $0 == "-" || $0 == "+" }) {
      separator = String(body[idx])
      body.remove(at: idx)
    }
    guard let digits = digitsOnly(body), digits.count == 10 || digits.count == 12 else {
      return .invalid(
        LocalizedText(
          sv: "Ett personnummer har 10 eller 12 siffror, t.ex. 19900101-1234 eller 900101-1234.",
          en: "A personal identity number has 10 or 12 digits, e.g. 19900101-1234 or 900101-1234."))
    }
    let ten = Array(digits.suffix(10))
    let month = ten[2] * 10 + ten[3]
    var day = ten[4] * 10 + ten[5]
    if day > 60 { day -= 60 }  // samordningsnummer
    var year = 2000 + ten[0] * 10 + ten[1]
    if digits.count == 12 {
      year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    }
    // A leap-year check needs the century; 2000 is a leap year like any year divisible by 4 here.
    guard Day(year: year, month: month, day: day) != nil else {
      return .invalid(
        LocalizedText(
          sv: "Datumdelen (månad \(month), dag \(ten[4] * 10 + ten[5])) är inget giltigt datum.",
          en: "The date part (month \(month), day \(ten[4] * 10 + ten[5])) is not a valid date."))
    }
    let check = luhnCheckDigit(Array(ten.prefix(9)))
    guard check == ten[9] else {
      return .invalid(
        LocalizedText(
          sv: "Kontrollsiffran stämmer inte – kontrollera att alla siffror är rätt.",
          en: "The check digit does not match – check that every digit is right."))
    }
    let text10 = ten.prefix(6).map(String.init).joined() + separator + ten.suffix(4).map(String.init).joined()
    if digits.count == 12 {
      return .valid(digits.prefix(8).map(String.init).joined() + "-" + ten.suffix(4).map(String.init).joined())
    }
    return .valid(text10)
  }

  /// Organisationsnummer: ten digits (NNNNNN-NNNN, optionally prefixed 16), the third digit at
  /// least 2, and a Luhn check digit. A sole trader's personnummer is accepted too, since it
  /// is the enskild firma's number.
  public static func organisationsnummer(_ text: String) -> ValidationResult {
    let body = text.removingAll(of: [" ", "-"])
    guard var digits = digitsOnly(body), digits.count == 10 || digits.count == 12 else {
      return .invalid(
        LocalizedText(
          sv: "Ett organisationsnummer har 10 siffror, t.ex. 556677-8899.",
          en: "A company registration number has 10 digits, e.g. 556677-8899."))
    }
    if digits.count == 12 {
      if digits[0] == 1 && digits[1] == 6 {
        digits = Array(digits.suffix(10))
      } else if case .valid(let pnr) = personnummer(text) {
        return .valid(pnr)
      } else {
        return .invalid(
          LocalizedText(
            sv: "Ett organisationsnummer med 12 siffror börjar med 16.",
            en: "A 12-digit company registration number starts with 16."))
      }
    }
    if digits[2] < 2 {
      if case .valid(let pnr) = personnummer(text) { return .valid(pnr) }
      return .invalid(
        LocalizedText(
          sv: "Tredje siffran i ett organisationsnummer är alltid 2 eller större.",
          en: "The third digit of a company registration number is always 2 or more."))
    }
    guard luhnCheckDigit(Array(digits.prefix(9))) == digits[9] else {
      return .invalid(
        LocalizedText(
          sv: "Kontrollsiffran stämmer inte – kontrollera numret mot registreringsbeviset.",
          en: "The check digit does not match – check the number against the registration certificate."))
    }
    return .valid(digits.prefix(6).map(String.init).joined() + "-" + digits.suffix(4).map(String.init).joined())
  }

  /// Fastighetsbeteckning: registerområde (usually the kommun), trakt or kvarter, and a number
  /// "block:enhet" or just "enhet", e.g. "Malmö Rosen 12" or "Umeå Stadsliden 6:8".
  public static func fastighetsbeteckning(_ text: String) -> ValidationResult {
    let tokens = text.split(separator: " ").map(String.init)
    let message = LocalizedText(
      sv: "Skriv som registerområde, trakt och nummer, t.ex. Malmö Rosen 12 eller Umeå Stadsliden 6:8.",
      en: "Write it as area, tract and number, e.g. Malmö Rosen 12 or Umeå Stadsliden 6:8.")
    guard tokens.count >= 3, let last = tokens.last else { return .invalid(message) }
    let numberParts = last.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(numberParts.count),
      numberParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return .invalid(message) }
    for word in tokens.dropLast() {
      guard let first = word.first, first.isLetter,
        word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." })
      else { return .invalid(message) }
    }
    return .valid(tokens.joined(separator: " "))
  }

  /// Postnummer: five digits, "123 45"; the first digit is 1–9.
  public static func postnummer(_ text: String) -> ValidationResult {
    let body = text.removingAll(of: [" "])
    guard let digits = digitsOnly(body), digits.count == 5, digits[0] != 0 else {
      return .invalid(
        LocalizedText(
          sv: "Ett postnummer har fem siffror, t.ex. 211 20.",
          en: "A Swedish postcode has five digits, e.g. 211 20."))
    }
    return .valid(digits.prefix(3).map(String.init).joined() + " " + digits.suffix(2).map(String.init).joined())
  }

  /// E-mail: one @, a name before it and a domain with a dot after it, no spaces.
  public static func email(_ text: String) -> ValidationResult {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    let bad = LocalizedText(
      sv: "Skriv en e-postadress som namn@exempel.se.",
      en: "Write an e-mail address like name@example.com.")
    guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return .invalid(bad) }
    let domain = parts[1]
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), (labels.last?.count ?? 0) >= 2 else {
      return .invalid(bad)
    }
    return .valid(text)
  }

  /// Telephone: digits with optional spaces and hyphens, starting with 0 or +; 7–15 digits.
  public static func phone(_ text: String) -> ValidationResult {
    let allowed = text.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == " " || $0 == "-" || $0 == "+" }
    let digits = text.filter { $0.isASCII && $0.isNumber }
    let plusOK = !text.dropFirst().contains("+")
    guard allowed, plusOK, (7...15).contains(digits.count), text.first == "0" || text.first == "+" else {
      return .invalid(
        LocalizedText(
          sv: "Skriv ett telefonnummer med riktnummer, t.ex. 040-123 45 67 eller +46 40 123 45 67.",
          en: "Write a phone number with area code, e.g. 040-123 45 67 or +46 40 123 45 67."))
    }
    return .valid(text)
  }
}
