/// Finds names from what a person types, the same way everywhere (the kommun list in the
/// terminal UI, `--plain`, answers files).
///
/// Exact letters come first, then letters without diacritics: "Göt" finds Göteborg and Götene
/// before Gotland. A query typed without å, ä or ö may stand for them (a keyboard without
/// them), so it is compared without diacritics throughout and lists by the letters as typed:
/// "got" finds Göteborg, Götene, then Gotland. Within a tier, names are in Swedish order.
/// A whole name beats the start of a name, which beats the start of a word, which beats a
/// name merely containing the text.
public struct NameMatcher: Sendable {
  /// The names, in the order given.
  public let names: [String]
  private let lowered: [String]
  private let folded: [String]

  /// Creates a matcher over names.
  public init(_ names: [String]) {
    self.names = names
    self.lowered = names.map { NameMatcher.lower($0) }
    self.folded = names.map { NameMatcher.fold($0) }
  }

  /// The indices of the names that match, best first; every name (in Swedish order) for an
  /// empty query.
  public func matches(_ query: String) -> [Int] {
    let q = NameMatcher.lower(query)
    if q.isEmpty { return SwedishCollation.sorted(Array(names.indices)) { names[$0] } }
    let qf = NameMatcher.fold(q)
    let plain = q == qf  // typed without diacritics
    var tiers: [[Int]] = Array(repeating: [], count: 8)
    for i in names.indices {
      let n = lowered[i]
      let f = folded[i]
      let words = n.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
      let foldedWords = f.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
      if n == q {
        tiers[0].append(i)
      } else if f == qf {
        tiers[1].append(i)
      } else if !plain && n.hasPrefix(q) {
        tiers[2].append(i)
      } else if f.hasPrefix(qf) {
        tiers[3].append(i)
      } else if !plain && words.contains(where: { $0.hasPrefix(q) }) {
        tiers[4].append(i)
      } else if foldedWords.contains(where: { $0.hasPrefix(qf) }) {
        tiers[5].append(i)
      } else if f.contains(qf) {
        tiers[6].append(i)
      }
    }
    return tiers.enumerated().flatMap { tier, list -> [Int] in
      // A query without diacritics lists by the letters as typed (Göteborg before Gotland).
      if plain && tier >= 1 {
        return list.sorted {
          folded[$0] != folded[$1]
            ? folded[$0] < folded[$1] : SwedishCollation.areInIncreasingOrder(names[$0], names[$1])
        }
      }
      return SwedishCollation.sorted(list) { names[$0] }
    }
  }

  /// The one name the text means, when it means exactly one: the name itself in any case, or
  /// the only name equal to it without diacritics ("goteborg" is Göteborg).
  public func unique(_ query: String) -> Int? {
    let q = NameMatcher.lower(query)
    if let i = lowered.firstIndex(of: q) { return i }
    let qf = NameMatcher.fold(q)
    let same = folded.indices.filter { folded[$0] == qf }
    return same.count == 1 ? same[0] : nil
  }

  /// Trimmed, lower-cased, inner spaces collapsed.
  static func lower(_ text: String) -> String {
    text.lowercased().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// Lower-cased without diacritics (å, ä → a; ö → o; é → e …), hyphens as spaces.
  public static func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in lower(text).unicodeScalars {
      switch s {
      case "å", "ä", "æ", "á", "à", "â", "ã": out.append("a")
      case "ö", "ø", "ó", "ò", "ô", "õ", "œ": out.append("o")
      case "-": out.append(" ")
      default:
        if let base = SwedishCollation.baseLetter[s], s != "ü" {
          out.append(base)
        } else if s == "ü" {
          out.append("u")
        } else {
          out.append(s)
        }
      }
    }
    return String(out)
  }
}

extension Landscape {
  /// The kommuner in Swedish alphabetical order.
  public var kommunerInSwedishOrder: [Kommun] { SwedishCollation.sorted(kommuner, by: \.name) }

  /// The kommun a text names: its name in any case, or the only kommun whose name it equals
  /// without diacritics ("goteborg").
  public func kommun(matching text: String) -> Kommun? {
    if let k = kommun(named: text) { return k }
    return NameMatcher(kommuner.map(\.name)).unique(text).map { kommuner[$0] }
  }

  /// The kommuner best matching a text, best first (at most `limit`).
  public func kommunSuggestions(_ text: String, limit: Int = 5) -> [Kommun] {
    NameMatcher(kommuner.map(\.name)).matches(text).prefix(limit).map { kommuner[$0] }
  }
}
