import NyforetagareEngine

/// The plan's wording in Swedish and English, one place for the exports, the UI, `status` and
/// the command line: amounts, durations, fees and handling times, case states, the answers
/// yes / no / don't know, and the names of the plan's parts.
///
/// A phrase said on more than one surface is a member here (or in ``DateWords`` for dates,
/// ``Phrases`` for whole sentences); `t(_:_:)` is for wording that one screen or one renderer
/// says alone.
public struct Words: Sendable {
  /// The language.
  public let language: Language

  /// Creates phrases in a language.
  public init(language: Language) {
    self.language = language
  }

  /// The Swedish or the English text.
  public func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

  /// An amount of kronor: "12 590 kr" / "SEK 12,590".
  public func kr(_ amount: Int) -> String {
    // Group thousands with a space (sv) or comma (en): 12 590 kr / SEK 12,590.
    let digits = String(amount)
    var groups: [String] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(String(digits[start..<end]), at: 0)
      end = start
    }
    return language == .sv ? groups.joined(separator: " ") + " kr" : "SEK " + groups.joined(separator: ",")
  }

  /// A fee's amount, range or "from", with what it is per: "10 440 kr", "avgiftsfritt".
  public func fee(_ fee: Fee?) -> String {
    guard let fee else { return noKnownFee }
    var text: String
    if let amount = fee.amount {
      text = kr(amount)
    } else if let lo = fee.min, let hi = fee.max {
      text = "\(kr(lo))–\(kr(hi))"
    } else if let lo = fee.min {
      text = t("från ", "from ") + kr(lo)
    } else {
      return t("belopp varierar (se källan)", "amount varies (see the source)")
    }
    if let per = fee.per { text += " " + per[language] }
    if fee.amount == 0 && fee.min == nil { text = t("avgiftsfritt", "free") }
    return text
  }

  /// A number of days, in weeks when it is whole weeks of two or more: "1 dag", "3 veckor".
  public func days(_ n: Int) -> String {
    if n % 7 == 0 && n >= 14 { return t("\(n / 7) veckor", "\(n / 7) weeks") }
    return t(n == 1 ? "1 dag" : "\(n) dagar", n == 1 ? "1 day" : "\(n) days")
  }

  /// A handling time: "normalt 3 veckor, högst 10 veckor" ("–" when none).
  public func handling(_ h: HandlingTime?) -> String {
    guard let h else { return "–" }
    var text = typically + days(h.typicalDays)
    if let m = h.maxDays, m != h.typicalDays { text += t(", högst ", ", at most ") + days(m) }
    return text
  }

  /// A case's state: "att göra", "inskickad", "beviljad / klar" …
  public func caseState(_ s: CaseRecord.State) -> String {
    switch s {
    case .notStarted: return t("att göra", "to do")
    case .preparing: return t("förbereder", "preparing")
    case .submitted: return t("inskickad", "sent in")
    case .supplementRequested: return t("komplettering begärd", "completion requested")
    case .granted: return t("beviljad / klar", "granted / done")
    case .refused: return t("avslag", "refused")
    case .notApplicable: return t("inte aktuellt", "not applicable")
    }
  }

  /// A step's status: "gäller", "kontrollera", "inte aktuellt", "redan klart".
  public func status(_ s: StepAssessment.Status) -> String {
    switch s {
    case .applies: return t("gäller", "applies")
    case .check: return t("kontrollera", "check")
    case .notNeeded: return t("inte aktuellt", "not needed")
    case .alreadyDone: return t("redan klart", "already done")
    }
  }

  /// The answer yes.
  public var yes: String { t("Ja", "Yes") }
  /// The answer no.
  public var no: String { t("Nej", "No") }
  /// The answer "don't know" (offered where a question allows it).
  public var unknownOption: String { Phrases.unknown[language] }
}
