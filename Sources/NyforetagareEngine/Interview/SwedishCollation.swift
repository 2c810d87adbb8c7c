/// Swedish alphabetical order: a–z, then å, ä, ö (æ as ä, ø as ö; é, ü and other accented
/// letters as their base letter, ü as y), digits before letters, spaces and hyphens first.
public enum SwedishCollation {
  /// Whether `a` sorts before `b` in Swedish order (then by accents, case, and the text).
  public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
    let ka = key(a)
    let kb = key(b)
    if ka != kb { return ka.lexicographicallyPrecedes(kb) }
    let la = a.lowercased()
    let lb = b.lowercased()
    if la != lb { return la.unicodeScalars.map(\.value).lexicographicallyPrecedes(lb.unicodeScalars.map(\.value)) }
    return a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
  }

  /// Items sorted by a name in Swedish order.
  public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
    items.map { (name($0), $0) }.sorted { areInIncreasingOrder($0.0, $1.0) }.map(\.1)
  }

  /// The primary sort key of a text.
  public static func key(_ text: String) -> [UInt32] {
    text.lowercased().unicodeScalars.map(weight)
  }

  static func weight(_ scalar: Unicode.Scalar) -> UInt32 {
    let v = scalar.value
    switch scalar {
    case " ", "-", "\u{2013}", "_", ".": return 1
    case "0"..."9": return 10 + (v - 48)
    case "a"..."z": return 100 + (v - 97) * 2
    case "å": return 100 + 26 * 2
    case "ä", "æ": return 100 + 27 * 2
    case "ö", "ø", "œ": return 100 + 28 * 2
    default:
      if let base = baseLetter[scalar] { return 100 + (base.value - 97) * 2 }
      return 1000 + v
    }
  }

  /// Accented letters that Swedish sorts as their base letter.
  static let baseLetter: [Unicode.Scalar: Unicode.Scalar] = [
    "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "ì": "i",
    "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u", "ü": "y",
    "ý": "y", "ñ": "n", "ç": "c", "š": "s", "ž": "z", "č": "c",
  ]
}
