import NyforetagareEngine

/// The UI's fixed phrases in Swedish and English.
struct UIText {
  let language: Language

  func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

  func kr(_ amount: Int) -> String {
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

  func days(_ n: Int) -> String {
    if n % 7 == 0 && n >= 14 { return t("\(n / 7) veckor", "\(n / 7) weeks") }
    return t(n == 1 ? "1 dag" : "\(n) dagar", n == 1 ? "1 day" : "\(n) days")
  }

  func fee(_ fee: Fee?) -> String {
    guard let fee else { return t("ingen känd avgift", "no known fee") }
    var text: String
    if fee.amount == 0 && fee.min == nil { return t("avgiftsfritt", "free") }
    if let amount = fee.amount {
      text = kr(amount)
    } else if let lo = fee.min, let hi = fee.max {
      text = "\(kr(lo))–\(kr(hi))"
    } else if let lo = fee.min {
      text = t("från ", "from ") + kr(lo)
    } else {
      return t("enligt kommunens taxa", "per the kommun's tariff")
    }
    if let per = fee.per { text += " " + per[language] }
    return text
  }

  var unknownOption: String { t("Vet inte", "Don't know") }
  var yes: String { t("Ja", "Yes") }
  var no: String { t("Nej", "No") }
}
