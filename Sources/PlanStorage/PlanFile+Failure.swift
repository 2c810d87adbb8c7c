import NyforetagareEngine

extension PlanFile {
  /// Why a plan file cannot be used. ``message(in:)`` says it in Swedish or English;
  /// `description` is English.
  public enum Failure: Error, Sendable, CustomStringConvertible, Equatable {
    /// Another program has the file open.
    case locked(path: String)
    /// The file is not a plan this program can read; it was left untouched.
    case corrupt(path: String, detail: Unreadable, backup: String?)
    /// The file was written by a newer version.
    case newerVersion(path: String, schema: Int, backup: String?)
    /// The folder or file cannot be written, for the system's reason.
    case cannotWrite(path: String, detail: String)
    /// The plan cannot be saved at its path (a link, a full disk …).
    case cannotSave(path: String, reason: SafeFileError)
    /// There is no plan file at the path.
    case missing(path: String)
    /// The file is a plan, but something in it is impossible (a date, an identifier); it was
    /// left untouched.
    case invalid(path: String, problems: [PlanProblem])

    public var description: String { message(in: .en) }

    /// The failure in both languages.
    public var localized: LocalizedText { LocalizedText(sv: message(in: .sv), en: message(in: .en)) }

    /// One line: what, where, and what to do, in `language`.
    public func message(in language: Language) -> String {
      func t(_ sv: String, _ en: String) -> String { LocalizedText(sv: sv, en: en)[language] }
      // What to do: open the backup kept beside the file (the version saved before it), or,
      // without one, what else helps.
      func backupNote(_ backup: String?, otherwise: String) -> String {
        guard let backup else { return otherwise }
        let b = Echo.quote(backup, limit: nil)
        return t(
          ". Det finns en säkerhetskopia (versionen som sparades före den): \(b) – öppna den med nyforetagare --plan \(b)",
          ". A backup exists (the version saved before it): \(b) – open it with nyforetagare --plan \(b)")
      }
      switch self {
      case .locked(let path):
        let p = Echo.quote(path, limit: nil)
        return t(
          "\(p): planen är redan öppen i ett annat fönster (eller program); stäng det först",
          "\(p): the plan is already open in another window (or program); close that first")
      case .corrupt(let path, let detail, let backup):
        let p = Echo.quote(path, limit: nil)
        let d = detail.text(language)
        let otherwise: String
        if case .cannotRead = detail {
          otherwise = t(
            ". Kontrollera att du får läsa filen; någon säkerhetskopia (.bak) finns inte bredvid den",
            ". Check that you may read the file; there is no backup (.bak) beside it")
        } else {
          otherwise = t(
            ". Någon säkerhetskopia (.bak) finns inte bredvid den; börja en ny plan med nyforetagare",
            ". There is no backup (.bak) beside it; start a new plan with nyforetagare")
        }
        return t(
          "\(p): filen är ingen plan som programmet kan läsa (\(d)); den lämnades orörd",
          "\(p): the file is not a plan this program can read (\(d)); it was left untouched")
          + backupNote(backup, otherwise: otherwise)
      case .newerVersion(let path, let schema, let backup):
        let p = Echo.quote(path, limit: nil)
        return t(
          "\(p): planen sparades av en nyare version av Nyföretagare (schema \(schema)); den lämnades orörd",
          "\(p): the plan was saved by a newer version of Nyföretagare (schema \(schema)); it was left untouched")
          + t(". Öppna den med den nyare versionen", ". Open it with the newer version")
          + backupNote(backup, otherwise: "")
      case .cannotWrite(let path, let detail):
        let p = Echo.quote(path, limit: nil)
        return t(
          "\(p): det går inte att spara (\(detail)); inget du skrivit går förlorat medan programmet är igång",
          "\(p): cannot save (\(detail)); nothing you typed is lost while the program runs")
      case .cannotSave(let path, let reason):
        let p = Echo.quote(path, limit: nil)
        let d = reason.message(in: language)
        return t(
          "\(p): det går inte att spara (\(d)); inget du skrivit går förlorat medan programmet är igång",
          "\(p): cannot save (\(d)); nothing you typed is lost while the program runs")
      case .missing(let path):
        let p = Echo.quote(path, limit: nil)
        return t(
          "\(p): det finns ingen sparad plan här; kontrollera namnet (planer är .json-filer)",
          "\(p): no saved plan at this path; check the name (plans are .json files)")
      case .invalid(let path, let problems):
        let p = Echo.quote(path, limit: nil)
        let list = problems.map { $0.text(language) }.joined(separator: "; ")
        return t(
          "\(p): planen har omöjliga värden; den lämnades orörd: \(list). Rätta dem i filen eller öppna säkerhetskopian (.bak)",
          "\(p): the plan has impossible values; it was left untouched: \(list). Correct them in the file or open the backup (.bak)"
        )
      }
    }
  }

  /// Why a file is not a plan this program can read.
  public enum Unreadable: Sendable, Equatable {
    /// Larger than the limit, in MB.
    case tooLarge(megabytes: Int)
    /// A folder, pipe or device.
    case notRegularFile
    /// The system refused to read it, for its reason.
    case cannotRead(String)
    /// Not JSON with a schema number.
    case noSchema
    /// A key the plan needs is missing.
    case missingKey(String)
    /// A value has the wrong type, at a path of keys.
    case wrongType(at: String)
    /// The JSON decoder's own words.
    case other(String)

    /// The reason in a language (the JSON decoder's own words stay as they are).
    public func text(_ language: Language) -> String {
      switch self {
      case .tooLarge(let mb): return LocalizedText(sv: "större än \(mb) MB", en: "larger than \(mb) MB")[language]
      case .notRegularFile: return LocalizedText(sv: "ingen vanlig fil", en: "not a regular file")[language]
      case .cannotRead(let reason):
        return LocalizedText(sv: "går inte att läsa: \(reason)", en: "cannot read it: \(reason)")[language]
      case .noSchema:
        return LocalizedText(sv: "inget plandokument (inget schema)", en: "not a plan document (no schema)")[language]
      case .missingKey(let key):
        let k = Echo.quote(key)
        return LocalizedText(sv: "'\(k)' saknas", en: "missing '\(k)'")[language]
      case .wrongType(let path):
        let p = Echo.quote(path, limit: 120)
        return LocalizedText(sv: "fel typ vid \(p)", en: "wrong type at \(p)")[language]
      case .other(let text): return Echo.quote(text, limit: 120)
      }
    }
  }
}
