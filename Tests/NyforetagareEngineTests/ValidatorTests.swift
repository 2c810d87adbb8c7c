import NyforetagareEngine
import Testing

/// The English message of an invalid result, or nil when valid.
private func problem(_ result: ValidationResult) -> String? {
  if case .invalid(let message) = result { return message.en }
  return nil
}

private func normalized(_ result: ValidationResult) -> String? {
  if case .valid(let text) = result { return text }
  return nil
}

@Suite("Validators: Swedish numbers with check digits, and ordinary formats")
struct ValidatorTests {
  @Test("a real personnummer is accepted in 10- and 12-digit form, with or without a hyphen")
  func personnummerValid() {
    #expect(normalized(DataValidator.personnummer("811218-9876")) == "811218-9876")
    #expect(normalized(DataValidator.personnummer("8112189876")) == "811218-9876")
    #expect(normalized(DataValidator.personnummer("19811218-9876")) == "19811218-9876")
    #expect(normalized(DataValidator.personnummer("198112189876")) == "19811218-9876")
    #expect(normalized(DataValidator.personnummer("811218+9876")) == "811218+9876")
  }

  @Test("a samordningsnummer (day + 60) is accepted")
  func samordningsnummer() {
    #expect(normalized(DataValidator.personnummer("701063-2391")) == "701063-2391")
  }

  @Test("a wrong check digit is refused and says so")
  func personnummerCheckDigit() {
    #expect(
      problem(DataValidator.personnummer("811218-9875"))
        == "The check digit does not match – check that every digit is right.")
    #expect(problem(DataValidator.personnummer("701063-2392")) != nil)
  }

  @Test("a date that does not exist is refused, naming month and day")
  func personnummerBadDate() {
    #expect(
      problem(DataValidator.personnummer("811318-9876")) == "The date part (month 13, day 18) is not a valid date.")
    #expect(
      problem(DataValidator.personnummer("19000229-1235")) == "The date part (month 2, day 29) is not a valid date.")
    #expect(problem(DataValidator.personnummer("701093-2391")) != nil)  // day 33 after subtracting 60
    #expect(normalized(DataValidator.personnummer("000229-1235")) == "000229-1235")
  }

  @Test("a personnummer with the wrong number of digits or letters is refused")
  func personnummerShape() {
    let message = "A personal identity number has 10 or 12 digits, e.g. 19900101-1234 or 900101-1234."
    #expect(problem(DataValidator.personnummer("811218-987")) == message)
    #expect(problem(DataValidator.personnummer("81121B-9876")) == message)
    #expect(problem(DataValidator.validate("", kind: .personnummer)) == "The field is empty.")
  }

  @Test("the Luhn check digit matches the published algorithm")
  func luhn() {
    #expect(DataValidator.luhnCheckDigit([8, 1, 1, 2, 1, 8, 9, 8, 7]) == 6)
    #expect(DataValidator.luhnCheckDigit([5, 5, 6, 6, 7, 7, 8, 8, 9]) == 9)
    #expect(DataValidator.luhnCheckDigit([2, 1, 2, 0, 0, 0, 0, 1, 4]) == 2)
  }

  @Test("real organisationsnummer are accepted and normalized with a hyphen")
  func organisationsnummerValid() {
    #expect(normalized(DataValidator.organisationsnummer("556677-8899")) == "556677-8899")
    #expect(normalized(DataValidator.organisationsnummer("5560360793")) == "556036-0793")
    #expect(normalized(DataValidator.organisationsnummer("212000-0142")) == "212000-0142")
    #expect(normalized(DataValidator.organisationsnummer("16556677-8899")) == "556677-8899")
  }

  @Test("an enskild firma's organisationsnummer is the owner's personnummer")
  func organisationsnummerSoleTrader() {
    #expect(normalized(DataValidator.organisationsnummer("811218-9876")) == "811218-9876")
  }

  @Test("an organisationsnummer with a wrong check digit is refused")
  func organisationsnummerCheckDigit() {
    #expect(
      problem(DataValidator.organisationsnummer("556677-8898"))
        == "The check digit does not match – check the number against the registration certificate.")
  }

  @Test("the third digit must be at least 2")
  func organisationsnummerThirdDigit() {
    // 551234-5678 has a valid check digit but 1 in third place and is no personnummer either.
    #expect(DataValidator.luhnCheckDigit([5, 5, 1, 2, 3, 4, 5, 6, 7]) == 8)
    #expect(
      problem(DataValidator.organisationsnummer("551234-5678"))
        == "The third digit of a company registration number is always 2 or more.")
  }

  @Test("an organisationsnummer of the wrong length is refused")
  func organisationsnummerShape() {
    #expect(
      problem(DataValidator.organisationsnummer("55667788"))
        == "A company registration number has 10 digits, e.g. 556677-8899.")
    #expect(
      problem(DataValidator.organisationsnummer("99556677-8899"))
        == "A 12-digit company registration number starts with 16.")
  }

  @Test("fastighetsbeteckning: area, tract and number")
  func fastighetsbeteckning() {
    #expect(normalized(DataValidator.fastighetsbeteckning("Malmö Rosen 12")) == "Malmö Rosen 12")
    #expect(normalized(DataValidator.fastighetsbeteckning("Umeå Stadsliden 6:8")) == "Umeå Stadsliden 6:8")
    #expect(normalized(DataValidator.fastighetsbeteckning("Stockholm Järnet   3:1")) == "Stockholm Järnet 3:1")
    let message = "Write it as area, tract and number, e.g. Malmö Rosen 12 or Umeå Stadsliden 6:8."
    for bad in ["Rosen 12", "Malmö Rosen 6:", "Malmö Rosen x", "Malmö Rosen 1:2:3", "Malmö 12 Rosen"] {
      #expect(problem(DataValidator.fastighetsbeteckning(bad)) == message, "\(bad)")
    }
  }

  @Test("postnummer: five digits, not starting with 0, shown as 123 45")
  func postnummer() {
    #expect(normalized(DataValidator.postnummer("21120")) == "211 20")
    #expect(normalized(DataValidator.postnummer("211 20")) == "211 20")
    let message = "A Swedish postcode has five digits, e.g. 211 20."
    for bad in ["01234", "1234", "211 200", "21A20"] {
      #expect(problem(DataValidator.postnummer(bad)) == message, "\(bad)")
    }
  }

  @Test("e-mail needs a name, one @ and a domain with a dot")
  func email() {
    #expect(normalized(DataValidator.email("anna@example.se")) == "anna@example.se")
    let message = "Write an e-mail address like name@example.com."
    for bad in ["anna@example", "anna example@ex.se", "@example.se", "anna@@ex.se", "anna@ex.s", "anna@.se"] {
      #expect(problem(DataValidator.email(bad)) == message, "\(bad)")
    }
  }

  @Test("phone: area code first, 7–15 digits")
  func phone() {
    #expect(normalized(DataValidator.phone("040-123 45 67")) == "040-123 45 67")
    #expect(normalized(DataValidator.phone("+46 40 123 45 67")) == "+46 40 123 45 67")
    let message = "Write a phone number with area code, e.g. 040-123 45 67 or +46 40 123 45 67."
    for bad in ["123", "40-123 45 67", "0701234567+", "070-ABC 12 34", "0123456789012345"] {
      #expect(problem(DataValidator.phone(bad)) == message, "\(bad)")
    }
  }

  @Test("dates must be real YYYY-MM-DD days")
  func dates() {
    #expect(normalized(DataValidator.validate("2027-03-01", kind: .date)) == "2027-03-01")
    let message = "Write the date as YYYY-MM-DD, e.g. 2027-03-01."
    for bad in ["2027-02-30", "1/3/2027", "2027-3-1"] {
      #expect(problem(DataValidator.validate(bad, kind: .date)) == message, "\(bad)")
    }
  }

  @Test("numbers: whole numbers and decimals with a comma")
  func numbers() {
    #expect(normalized(DataValidator.validate("1 200", kind: .integer)) == "1200")
    #expect(problem(DataValidator.validate("-3", kind: .integer)) == "Write a whole number, e.g. 12.")
    #expect(normalized(DataValidator.validate("12,5", kind: .number)) == "12.5")
    #expect(problem(DataValidator.validate("tolv", kind: .number)) == "Write a number, e.g. 85 or 12.5.")
  }

  @Test("every message also has a Swedish text")
  func swedish() {
    if case .invalid(let message) = DataValidator.postnummer("1") {
      #expect(message.sv == "Ett postnummer har fem siffror, t.ex. 211 20.")
    } else {
      Issue.record("postnummer '1' was accepted")
    }
  }
}
