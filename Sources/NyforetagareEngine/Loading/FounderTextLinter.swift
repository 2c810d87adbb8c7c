/// One founder-facing text as read from a content file: the `sv:` or `en:` half of a localized
/// text, with the key it belongs to and where it is written.
struct FounderText: Sendable, Hashable {
  /// The key of the localized text (`why`, `note`, `title` …).
  var key: String
  /// `sv` or `en`.
  var language: String
  /// The text.
  var text: String
  /// Where the text is written.
  var location: SourceLocation
}

/// Checks every founder-facing text: it must not name another kommun (a kommun's own profile
/// may name that kommun), must not speak of the project's own notes, and must not claim what
/// the founder answered (the engine says that, from the real answers).
///
/// Maintainers' remarks go in `maintainer_note`, which is never shown to a founder and is not
/// checked. A figure from one kommun is labelled by the engine from its `kommun` field, never
/// by naming the kommun in the text.
enum FounderTextLinter {
  /// Phrases that speak of the project's notes or of how a figure was entered.
  static let projectNotePhrases = [
    "domänanteckning", "domänunderlag", "projektets anteckning", "våra anteckningar",
    "sidan är odaterad", "odaterad sida", "årtalet anger när", "lades in här",
    "domain note", "domain dossier", "the project's notes", "our notes", "the page is undated",
    "undated page", "the year is when", "entered here",
  ]

  /// Phrases that claim what the founder answered.
  static let answerClaims = [
    "du har svarat", "du svarade", "du har angett", "du angav", "du har uppgett", "du uppgav", "du har valt",
    "du valde", "you chose", "you have chosen", "you selected", "you have selected",
    "you said", "you answered", "you have answered", "you have said", "you stated", "you indicated",
  ]

  static func check(_ texts: [FounderText], landscape: Landscape, sink: DiagnosticSink) {
    var ownKommun: [String: String] = [:]
    for profile in landscape.profiles.values { ownKommun[profile.location.file] = profile.kommun }
    let finder = KommunNameFinder(landscape.kommuner)
    for t in texts {
      let named = finder.names(in: t.text, except: ownKommun[t.location.file])
      if !named.isEmpty {
        sink.error(
          "founder-facing '\(t.key)' (\(t.language)) names another kommun: \(named.joined(separator: ", ")); "
            + "a figure's kommun goes in its 'kommun' field, remarks in 'maintainer_note'",
          at: t.location)
      }
      let folded = t.text.lowercased()
      if let phrase = projectNotePhrases.first(where: { folded.firstRange(of: $0) != nil }) {
        sink.error(
          "founder-facing '\(t.key)' (\(t.language)) speaks of the project's notes (\"\(phrase)\"); "
            + "put it in 'maintainer_note'",
          at: t.location)
      }
      if let phrase = answerClaims.first(where: { folded.firstRange(of: $0) != nil }) {
        sink.error(
          "founder-facing '\(t.key)' (\(t.language)) claims an answer (\"\(phrase)\"); state the rule — "
            + "the plan adds what the founder answered",
          at: t.location)
      }
    }
  }
}

/// Finds a kommun's name as a word in text: "Knivsta", "Knivstas", "Knivsta's", not inside a
/// longer word ("Storstockholms") and not as part of a län's name ("Stockholms län"). A name that
/// is also an everyday word counts only as "Mark kommun", "Marks kommun" or "(Mark)".
public struct KommunNameMatcher: Sendable {
  /// The kommun's name.
  public let name: String
  /// Whether the name is also an everyday word.
  public let isCommonWord: Bool
  let pattern: [Unicode.Scalar]

  /// Creates a matcher.
  public init(name: String, isCommonWord: Bool) {
    self.name = name
    self.isCommonWord = isCommonWord
    pattern = Array(name.unicodeScalars)
  }

  /// Whether the name occurs in the text.
  public func occurs(in text: String) -> Bool { occurs(inScalars: Array(text.unicodeScalars)) }

  /// Whether the name occurs in a text given as its Unicode scalars (convert a text once when
  /// many names are looked for in it). A plain scalar search — no Foundation, whose string
  /// search crashed under concurrent tests on Linux.
  public func occurs(inScalars text: [Unicode.Scalar]) -> Bool {
    let n = pattern.count
    guard n > 0, n <= text.count else { return false }
    func has(_ word: String, at start: Int) -> Bool {
      var k = start
      for scalar in word.unicodeScalars {
        guard k < text.count, text[k] == scalar else { return false }
        k += 1
      }
      return true
    }
    var i = 0
    while i + n <= text.count {
      defer { i += 1 }
      guard text[i] == pattern[0], text[i..<(i + n)].elementsEqual(pattern) else { continue }
      if i > 0, Self.isWordScalar(text[i - 1]) { continue }
      var end = i + n
      if end < text.count, text[end] == "s" { end += 1 }
      if end < text.count, Self.isWordScalar(text[end]) { continue }
      if has(" län", at: end) || has(" County", at: end) { continue }
      if isCommonWord {
        let parenthesised = i > 0 && text[i - 1] == "(" && has(")", at: end)
        guard has(" kommun", at: end) || has(" municipality", at: end) || parenthesised else { continue }
      }
      return true
    }
    return false
  }

  /// A letter, digit or hyphen: a character that continues a word.
  static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "-" }

  /// A letter, digit, hyphen or combining mark: a scalar that continues a word.
  static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    let p = s.properties
    switch p.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return p.isAlphabetic || p.numericType != nil || s == "-"
    }
  }
}
