import NyforetagareEngine

/// Phrases said in more than one place — the UI, the exports, `status` and the CLI — written
/// once, in Swedish and English.
public enum Phrases {
  /// What to do when a decision is later than the latest day it was due (förvaltningslagen
  /// (2017:900) 12 §: after six months the party may ask in writing for a decision; within four
  /// weeks the authority must decide or refuse the request in a decision that can be appealed).
  public static func overdue(_ tracking: CaseTracking) -> LocalizedText {
    let due = tracking.latestDecision.iso
    let basis = tracking.latestBasisText.map { " (\($0))" } ?? ""
    return LocalizedText(
      sv:
        "Försenat: beslutet borde ha kommit senast \(due)\(basis). Kontakta handläggaren och fråga när beslutet kommer. Har ärendet inte avgjorts inom sex månader kan du skriftligen begära att myndigheten avgör det (förvaltningslagen 12 §); inom fyra veckor ska myndigheten då avgöra ärendet eller avslå begäran i ett beslut som går att överklaga.",
      en:
        "Overdue: the decision was due by \(due)\(basis). Contact the case officer and ask when it comes. If the case has not been decided within six months, you may ask in writing for the authority to decide it (förvaltningslagen 12 §); within four weeks it must then decide the case or refuse the request in a decision you can appeal."
    )
  }

  /// Before the reason a save failed.
  public static let couldNotSave = LocalizedText(sv: "Kunde inte spara: ", en: "Could not save: ")

  /// Before the path an exported plan was written to.
  public static let savedTo = LocalizedText(sv: "Planen sparades i ", en: "The plan was saved to ")

  /// The answer "don't know".
  public static let unknown = LocalizedText(sv: "Vet inte", en: "Don't know")
}
