import NyforetagareEngine

/// Fixed phrases in Swedish and English, shared by the exports, the UI and the command line:
/// amounts, durations, fees and case states.
public struct ExportText: Sendable {
  /// The language.
  public let language: Language

  /// Creates phrases in a language.
  public init(language: Language) {
    self.language = language
  }

  /// The Swedish or the English text.
  public func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

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

  public func fee(_ fee: Fee?) -> String {
    guard let fee else { return t("ingen känd avgift", "no known fee") }
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

  public func days(_ n: Int) -> String {
    if n % 7 == 0 && n >= 14 { return t("\(n / 7) veckor", "\(n / 7) weeks") }
    return t(n == 1 ? "1 dag" : "\(n) dagar", n == 1 ? "1 day" : "\(n) days")
  }

  public func handling(_ h: HandlingTime?) -> String {
    guard let h else { return "–" }
    var text = t("normalt ", "typically ") + days(h.typicalDays)
    if let m = h.maxDays, m != h.typicalDays { text += t(", högst ", ", at most ") + days(m) }
    return text
  }

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

  public func status(_ s: StepAssessment.Status) -> String {
    switch s {
    case .applies: return t("gäller", "applies")
    case .check: return t("kontrollera", "check")
    case .notNeeded: return t("inte aktuellt", "not needed")
    case .alreadyDone: return t("redan klart", "already done")
    }
  }
}

/// Escapes text for a Markdown table cell or inline text.
func markdownEscape(_ text: String, inTable: Bool = false) -> String {
  var out = ""
  for ch in text {
    switch ch {
    case "|" where inTable: out += "\\|"
    case "\n": out += inTable ? "<br>" : " "
    case "*", "_", "`", "[", "]", "<", ">", "\\": out += "\\\(ch)"
    default: out.append(ch)
    }
  }
  return out
}
