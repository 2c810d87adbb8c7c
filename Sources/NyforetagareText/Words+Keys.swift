import NyforetagareEngine

/// What the keys do, as the key bars and the help name it: one word a key, the same on every
/// screen.
extension Words {
  /// F1 / ?: help.
  public var help: String { t("Hjälp", "Help") }
  /// q: quit.
  public var quit: String { t("Avsluta", "Quit") }
  /// ← / Esc: back.
  public var back: String { t("Tillbaka", "Back") }
  /// Enter on a question: next.
  public var next: String { t("Nästa", "Next") }
  /// ↑↓: choose.
  public var choose: String { t("Välj", "Choose") }
  /// ↑↓ on a long text: scroll.
  public var scroll: String { t("Bläddra", "Scroll") }
  /// Enter in a form: save.
  public var save: String { t("Spara", "Save") }
  /// Esc in a form: cancel.
  public var cancel: String { t("Avbryt", "Cancel") }
  /// Enter on a step: open.
  public var open: String { t("Öppna", "Open") }
  /// Tab in a form: the next field.
  public var field: String { t("Fält", "Field") }
  /// Letters in a search field: type.
  public var type: String { t("Skriv", "Type") }
  /// A search field: search.
  public var search: String { t("Sök", "Search") }
  /// Enter when finished: done.
  public var finished: String { t("Klar", "Done") }
}
