import NyforetagareEngine

/// Fees and handling times labelled with whose figure they are: this kommun's (with its year),
/// national, our estimate, a range from several kommuner — or "ingen uppgift för <kommun>",
/// with at most another kommun's figure as an example naming that kommun and its year.
extension Words {
  /// A step with no fee anywhere: "ingen känd avgift".
  public var noKnownFee: String { t("ingen känd avgift", "no known fee") }
  /// Before a typical handling time: "normalt ".
  var typically: String { t("normalt ", "typically ") }
  /// After a figure whose source names no date.
  var undatedSource: String { t(", odaterad källa", ", undated source") }
  /// Our own estimate of a figure.
  var estimate: String { t("uppskattning", "estimate") }
  /// Before the kommun another kommun's figure is an example from.
  var exampleFrom: String { t("exempel från ", "example from ") }
  /// A handling time set in law: "lagens frist".
  var statutoryLimit: String { t("lagens frist", "the statutory limit") }
  /// A national figure's scope: "nationellt".
  public var nationally: String { t("nationellt", "national") }

  /// "ingen uppgift för Göteborg" / "no figure for Göteborg" ("your kommun" when none is given).
  public func noFigure(_ kommun: String?) -> String {
    t("ingen uppgift för \(kommun ?? "din kommun")", "no figure for \(kommun ?? "your kommun")")
  }

  /// Whose a fee is: "Göteborg 2026", "nationell 2025", "uppskattning".
  public func feeScope(_ fee: Fee) -> String {
    let year = fee.year.map { " \($0)" } ?? ""
    let undated = fee.undated ? undatedSource : ""
    switch fee.scope ?? .national {
    case .kommun: return (fee.kommun ?? "") + year + undated
    case .national: return t("nationell", "national") + year + undated
    case .estimate: return estimate
    case .example: return exampleFrom + (fee.kommun ?? "?") + year
    }
  }

  /// A step's fee for the plan: "10 440 kr (Göteborg 2026)", "ca 3 829 kr (uppskattning)",
  /// "ingen uppgift för Göteborg (exempel från Knivsta 2015: 13 299 kr)".
  public func fee(of entry: Plan.Entry, kommun: String?) -> String {
    if let f = entry.fee {
      let amount = fee(f)
      // Free, or an amount that varies (see the source): no one's figure to label.
      if (f.amount == 0 && f.min == nil) || (f.amount == nil && f.min == nil && f.max == nil) { return amount }
      return (f.scope == .estimate ? t("ca ", "about ") : "") + amount + " (\(feeScope(f)))"
    }
    if let example = entry.figures?.feeExample {
      return noFigure(kommun) + " (\(feeScope(example)): \(fee(example)))"
    }
    // The step costs something somewhere, but no figure is known for this kommun.
    if entry.step.fee != nil { return noFigure(kommun) }
    return noKnownFee
  }

  /// Whose the handling time behind a source is: "Göteborg, 2026", "nationellt, 2025",
  /// "uppskattning", "lagens frist".
  public func handlingSource(of entry: Plan.Entry, _ h: HandlingTime) -> String {
    let year = h.year.map { ", \($0)" } ?? ""
    switch entry.figures?.handlingBasis {
    case .statute?: return statutoryLimit
    case .estimate?, .range?: return estimate
    case .kommun?: return (h.kommun ?? "") + year
    case .national?, .none?, nil: return nationally + year
    }
  }

  /// A step's handling time for the plan, labelled: "normalt 3 veckor (Göteborg 2026)",
  /// "10 veckor (lagens frist)", "normalt 8 veckor (spann 6–12 veckor från 4 kommuner)".
  public func handling(of entry: Plan.Entry, kommun: String?) -> String {
    guard let figures = entry.figures else { return handling(entry.handling) }
    guard let h = figures.handling else {
      if let example = figures.handlingExample {
        let from =
          exampleFrom + (example.kommun ?? "?")
          + (example.year.map { " \($0)" } ?? "")
        return noFigure(kommun) + " (\(from): " + days(example.typicalDays) + ")"
      }
      return entry.step.timing.handling == nil ? "–" : noFigure(kommun)
    }
    switch figures.handlingBasis {
    case .statute:
      return days(h.typicalDays) + " (" + statutoryLimit + ")"
    case .range(let count, let lo, let hi):
      return typically + days(h.typicalDays)
        + t(
          " (spann \(days(lo))–\(days(hi)) från \(count) kommuners uppgifter; ",
          " (range \(days(lo))–\(days(hi)) from \(count) kommuner's figures; ") + noFigure(kommun) + ")"
    case .estimate:
      return handling(h) + " (" + estimate + ")"
    case .kommun:
      let undated = h.undated ? undatedSource : ""
      return handling(h) + " (\(h.kommun ?? kommun ?? "")\(h.year.map { " \($0)" } ?? "")\(undated))"
    case .national:
      return handling(h) + t(" (nationell uppgift", " (national figure") + (h.year.map { " \($0)" } ?? "") + ")"
    case .none:
      return handling(h)
    }
  }
}
