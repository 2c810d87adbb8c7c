import NyforetagareText
import TerminalUI

/// The help box's lines: the keys that work everywhere and what the marks mean.
enum Help {
  static func lines(_ t: Words) -> [(String, Style)] {
    [
      (t.t("Så använder du Nyföretagare", "How to use Nyföretagare"), .heading),
      (t.t("↑ ↓ eller j k   flytta markeringen", "↑ ↓ or j k      move the selection"), .normal),
      (t.t("Enter           välj, gå vidare, öppna", "Enter           choose, go on, open"), .normal),
      (t.t("← Esc Backsteg  tillbaka", "← Esc Backspace back"), .normal),
      (t.t("Tab             planen per aktör / i ordning", "Tab             plan by actor / in order"), .normal),
      (t.t("d  Mina uppgifter   t  Tidslinje", "d  My data          t  Timeline"), .normal),
      (t.t("n  Inte aktuellt    e  Exportera", "n  Not needed       e  Export"), .normal),
      (t.t("c  Kan göras nu     s  Ärendets läge", "c  Can do now        s  The case's state"), .normal),
      (t.t("o  Efter öppning    i  Ändra svaren", "o  After opening    i  Change answers"), .normal),
      (t.t("q  Avsluta", "q  Quit"), .normal),
      (t.t("? eller F1      den här hjälpen", "? or F1         this help"), .normal),
      ("", .normal),
      (
        t.t(
          "Vet du inte ett svar? Välj ”Vet inte” – planen tar", "Don't know an answer? Choose “Don't know” – the plan"),
        .dim
      ),
      (t.t("då med steg som kanske gäller, markerade [?].", "then includes steps that may apply, marked [?]."), .dim),
      (t.t("⚑ = kritisk väg: avgör tidigaste öppningsdag.", "⚑ = critical path: decides the earliest opening."), .dim),
      ("", .normal),
      (t.t("Tryck på valfri tangent för att stänga.", "Press any key to close."), .dim),
    ]
  }
}
