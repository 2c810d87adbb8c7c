/// A plan's stable id: what calendar events (and later exports) carry so that a re-export
/// updates the founder's own events and two founders' plans never collide.
///
/// A saved plan keeps its id in `PlanDocument.planID` (a random one given when the plan is
/// created). A plan made from an answers file has none, so one is derived from the answers:
/// the same answers give the same id, so outputs stay comparable byte for byte. It is derived
/// from the answers only — never from the data sheet — so the id reveals nothing personal.
public enum PlanIdentity {
  /// The longest id accepted.
  public static let maximumLength = 64

  /// Whether a text can be a plan id: 1–64 ASCII letters, digits, `-`, `_` or `.`, so it fits
  /// in a UID or a file name without escaping.
  public static func isValid(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.count <= maximumLength
      && id.unicodeScalars.allSatisfy {
        $0.isASCII && (Character($0).isLetter || Character($0).isNumber || "-_.".unicodeScalars.contains($0))
      }
  }

  /// The id derived from answers: `a` and 16 hexadecimal digits of a 64-bit FNV-1a hash of the
  /// answers in a canonical form (ids sorted, one `id=value` a line).
  public static func derived(from answers: Answers) -> String {
    derived(from: answers.values.mapValues(AnswerJSON.init))
  }

  /// The id derived from answers as a saved plan holds them (the same id as for `Answers`).
  public static func derived(from answers: [String: AnswerJSON]) -> String {
    var text = ""
    for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
      text += id + "=" + value.text(listSeparator: "\u{1F}") + "\n"
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return "a" + String(repeating: "0", count: 16 - hex.count) + hex
  }
}
