import NyforetagareEngine

/// What is wrong with how a command was called, as a value: the option and the value as given.
/// Said in `--lang`'s language (Swedish by default). The argument parser's own messages (an
/// unknown option, a missing value) stay its English ones.
enum CLIProblem: Sendable, Equatable {
  /// `--today` is not a date.
  case badToday(String)
  /// `plan` was given both or neither of `--answers` and `--plan`.
  case answersOrPlan
  /// `--plan-id` is not a plan id.
  case badPlanID(String)
  /// The planner refused the content (a cycle).
  case planner(Planner.Failure)
  /// The two PINs typed differ.
  case pinsDiffer
  /// Standard input ended before a PIN.
  case noPIN
  /// `--kiosk` was given with `--plan` or `--plain`.
  case kioskWithPlanOrPlain
  /// `--plain` was given a plan file that already holds a plan.
  case plainOverExisting(String)
  /// No UTF-8 locale is available for the terminal UI.
  case noUTF8Locale
  /// The terminal cannot be opened.
  case noTerminal

  /// The problem in a language, in one line.
  func text(_ language: Language) -> String {
    switch self {
    case .badToday(let value):
      let v = Echo.quote(value)
      return LocalizedText(
        sv: "--today '\(v)' är inte ett datum på formen ÅÅÅÅ-MM-DD",
        en: "--today '\(v)' is not a date YYYY-MM-DD")[language]
    case .answersOrPlan:
      return LocalizedText(
        sv: "ange antingen --answers FIL eller --plan FIL", en: "give either --answers FILE or --plan FILE")[language]
    case .badPlanID(let value):
      let v = Echo.quote(value, limit: 80)
      return LocalizedText(
        sv: "--plan-id '\(v)' är inget plan-id: använd 1–64 bokstäver, siffror, '-', '_' eller '.'",
        en: "--plan-id '\(v)' is not a plan id: use 1–64 letters, digits, '-', '_' or '.'")[language]
    case .planner(let failure):
      switch failure {
      case .cycle(let path):
        let chain = (path + [path[0]]).joined(separator: " → ")
        return LocalizedText(
          sv: "innehållet har en beroendecykel: \(chain); kör `nyforetagare lint`",
          en: "dependency cycle: \(chain)")[language]
      }
    case .pinsDiffer:
      return LocalizedText(
        sv: "de två PIN-koderna skiljer sig; inget skrevs ut", en: "the two PINs differ; nothing printed")[language]
    case .noPIN:
      return LocalizedText(sv: "ingen PIN-kod på standard input", en: "no PIN on standard input")[language]
    case .kioskWithPlanOrPlain:
      return LocalizedText(
        sv: "--kiosk kan inte kombineras med --plan eller --plain",
        en: "--kiosk cannot be combined with --plan or --plain")[language]
    case .plainOverExisting(let path):
      let p = Echo.quote(path, limit: nil)
      return LocalizedText(
        sv:
          "\(p) innehåller redan en plan; --plain börjar en ny. Läs den med `nyforetagare plan --plan \(p)`, eller ange ett nytt filnamn.",
        en:
          "\(p) already holds a plan; --plain starts a new one. Read it with `nyforetagare plan --plan \(p)`, or give a new file name."
      )[language]
    case .noUTF8Locale:
      return LocalizedText(
        sv:
          "det finns ingen UTF-8-locale; sätt LANG=C.UTF-8 (eller en annan UTF-8-locale) och försök igen, eller använd --plain",
        en: "no UTF-8 locale is available; set LANG=C.UTF-8 (or another UTF-8 locale) and try again, or use --plain"
      )[language]
    case .noTerminal:
      return LocalizedText(
        sv: "det går inte att öppna terminalen (är TERM satt?); använd --plain för frågor rad för rad",
        en: "cannot open the terminal (is TERM set?); use --plain for line-by-line prompts")[language]
    }
  }
}

/// Problem lines on standard error, one per problem, in the command's language:
/// `FILE:LINE:COL: fel: …` (Swedish) or `…: error: …` (English), the file where there is one.
enum ProblemLine {
  /// Writes an error about `file` (a path, or `FILE:LINE:COL`), or a general one.
  static func error(_ text: String, file: String? = nil, _ language: Language) {
    write(.error, text, file: file, language)
  }

  /// Writes a warning about `file`, or a general one.
  static func warning(_ text: String, file: String? = nil, _ language: Language) {
    write(.warning, text, file: file, language)
  }

  /// Writes diagnostics made in `language`.
  static func write(_ diagnostics: [Diagnostic], _ language: Language) {
    for d in diagnostics { Console.error(d.line(language)) }
  }

  static func write(_ severity: Diagnostic.Severity, _ text: String, file: String?, _ language: Language) {
    let line = (file.map { Echo.quote($0, limit: nil) + ": " } ?? "") + severity.word(language) + ": " + text
    Console.error(Echo.quote(line, limit: Diagnostic.maximumLength))
  }
}
