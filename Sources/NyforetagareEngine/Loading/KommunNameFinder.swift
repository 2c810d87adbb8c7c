/// Finds which kommuner a text names, each as ``KommunNameMatcher`` finds a name: only the names
/// whose first word is a word of the text are searched for (a name is found as a word, so it can
/// be nowhere else), so a text is read once instead of once per kommun.
public struct KommunNameFinder: Sendable {
  let matchers: [KommunNameMatcher]
  let byFirstWord: [Substring: [Int]]

  /// A finder for the landscape's kommuner.
  public init(_ kommuner: [Kommun]) {
    matchers = kommuner.map { KommunNameMatcher(name: $0.name, isCommonWord: $0.isCommonWord) }
    var index: [Substring: [Int]] = [:]
    for (k, m) in matchers.enumerated() {
      index[m.name.split(separator: " ").first ?? Substring(m.name), default: []].append(k)
    }
    byFirstWord = index
  }

  /// The kommuner the text names, in the landscape's order, leaving out `except`.
  public func names(in text: String, except: String? = nil) -> [String] {
    var candidates: Set<Int> = []
    for word in text.split(whereSeparator: { !KommunNameMatcher.isWordCharacter($0) }) {
      if let found = byFirstWord[word] { candidates.formUnion(found) }
      if word.count > 1, word.last == "s", let found = byFirstWord[word.dropLast()] { candidates.formUnion(found) }
    }
    guard !candidates.isEmpty else { return [] }
    let scalars = Array(text.unicodeScalars)
    return candidates.sorted().map { matchers[$0] }.filter { $0.name != except && $0.occurs(inScalars: scalars) }
      .map(\.name)
  }
}
