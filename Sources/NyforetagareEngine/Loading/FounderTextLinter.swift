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
    "du har svarat", "du svarade", "du har angett", "du angav", "du har uppgett", "du uppgav",
    "you said", "you answered", "you have answered", "you have said", "you stated", "you indicated",
  ]

  static func check(_ texts: [FounderText], landscape: Landscape, sink: DiagnosticSink) {
    var ownKommun: [String: String] = [:]
    for profile in landscape.profiles.values { ownKommun[profile.location.file] = profile.kommun }
    let matchers = landscape.kommuner.map { KommunNameMatcher(name: $0.name, isCommonWord: $0.isCommonWord) }
    // Only the names whose first word is a word of the text are searched for (a name is found as
    // a word, so it can be nowhere else): one pass over each text instead of 290 searches.
    var byFirstWord: [Substring: [Int]] = [:]
    for (k, m) in matchers.enumerated() {
      byFirstWord[m.name.split(separator: " ").first ?? Substring(m.name), default: []].append(k)
    }
    for t in texts {
      let own = ownKommun[t.location.file]
      var candidates: Set<Int> = []
      for word in t.text.split(whereSeparator: { !KommunNameMatcher.isWordCharacter($0) }) {
        if let found = byFirstWord[word] { candidates.formUnion(found) }
        if word.count > 1, word.last == "s", let found = byFirstWord[word.dropLast()] { candidates.formUnion(found) }
      }
      let named = candidates.sorted().map { matchers[$0] }.filter { $0.name != own && $0.occurs(in: t.text) }.map(
        \.name)
      if !named.isEmpty {
        sink.error(
          "founder-facing '\(t.key)' (\(t.language)) names another kommun: \(named.joined(separator: ", ")); "
            + "a figure's kommun goes in its 'kommun' field, remarks in 'maintainer_note'",
          at: t.location)
      }
      let folded = t.text.lowercased()
      if let phrase = projectNotePhrases.first(where: { folded.contains($0) }) {
        sink.error(
          "founder-facing '\(t.key)' (\(t.language)) speaks of the project's notes (\"\(phrase)\"); "
            + "put it in 'maintainer_note'",
          at: t.location)
      }
      if let phrase = answerClaims.first(where: { folded.contains($0) }) {
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

  /// Creates a matcher.
  public init(name: String, isCommonWord: Bool) {
    self.name = name
    self.isCommonWord = isCommonWord
  }

  /// Whether the name occurs in the text.
  public func occurs(in text: String) -> Bool {
    var searchStart = text.startIndex
    while let range = text.range(of: name, range: searchStart..<text.endIndex) {
      searchStart = range.upperBound
      if range.lowerBound > text.startIndex, Self.isWordCharacter(text[text.index(before: range.lowerBound)]) {
        continue
      }
      var end = range.upperBound
      if end < text.endIndex, text[end] == "s" { end = text.index(after: end) }
      if end < text.endIndex, Self.isWordCharacter(text[end]) { continue }
      let rest = text[end...]
      if rest.hasPrefix(" län") || rest.hasPrefix(" County") { continue }
      if isCommonWord {
        let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
        guard rest.hasPrefix(" kommun") || rest.hasPrefix(" municipality") || (before == "(" && rest.hasPrefix(")"))
        else { continue }
      }
      return true
    }
    return false
  }

  static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "-" }
}
