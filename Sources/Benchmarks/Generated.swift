import NyforetagareEngine

/// A small deterministic generator (SplitMix64), so every run plans the same landscape.
struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Content files for `count` steps: each requires about three random earlier steps (some with
/// a lag), a tenth apply only when a question is answered yes, a twentieth come after opening,
/// some must be sent in days before opening. Returns the files and the number of edges.
func generatedContent(steps count: Int, seed: UInt64) -> (files: [ContentFile], edges: Int) {
  var rng = SplitMix64(state: seed)
  var files: [ContentFile] = []
  func file(_ path: String, _ text: String) {
    files.append(ContentFile(displayPath: "Gen/" + path, relativePath: path, text: text))
  }
  file("meta.yaml", "version: gen\ndate: 2026-11-22\ndisclaimer: {sv: Kontrollera., en: Check.}\n")
  file("actors/a.yaml", "actors:\n  - {id: a, level: state, name: {sv: A, en: A}}\n")
  file(
    "questions/q.yaml",
    "questions:\n  - {id: q, type: bool, label: {sv: Q, en: Q}, text: {sv: Q?, en: Q?}}\n")
  file(
    "kommuner/kommuner.yaml",
    "lan:\n  - {code: \"12\", name: Skåne län}\nkommuner:\n  - {code: \"1280\", name: Malmö}\n")
  var edges = 0
  let afterOpening = Set((0..<count).filter { _ in rng.below(20) == 0 })
  for i in 0..<count {
    let id = "s\(String(i + 100_000_000).dropFirst())"
    var requires: [String] = []
    if i > 0 {
      var chosen: Set<Int> = []
      for _ in 0..<3 {
        let j = rng.below(i)
        // An after-opening step may not be required by a before-opening one (that is a cycle
        // through the opening milestone).
        if !afterOpening.contains(j) || afterOpening.contains(i) { chosen.insert(j) }
      }
      for j in chosen.sorted() {
        let other = "s\(String(j + 100_000_000).dropFirst())"
        let lag = rng.below(4) == 0 ? rng.below(15) : 0
        requires.append(lag > 0 ? "  - {step: \(other), lag_days: \(lag)}" : "  - \(other)")
      }
      edges += chosen.count
    }
    var text = """
      id: \(id)
      title: {sv: Steg \(i), en: Step \(i)}
      actor: a
      kind: registration
      why: {sv: Därför., en: Because.}
      timing:
        handling_days: {typical: \(1 + rng.below(30)), year: 2025, source: "https://example.se/h"}

      """
    if rng.below(10) == 0 { text += "  notice_days_before_opening: 14\n" }
    if afterOpening.contains(i) { text += "phase: after_opening\n" }
    if rng.below(10) == 0 { text += "applies_when: {question: q, is: true}\n" }
    if !requires.isEmpty { text += "requires:\n" + requires.joined(separator: "\n") + "\n" }
    text += "legal_basis: [{ref: \"Lag (2000:1)\"}]\nsources: [\"https://example.se/s\"]\n"
    file("steps/\(id).yaml", text)
  }
  file(
    "steps/oppning.yaml",
    """
    id: oppning
    title: {sv: Öppning, en: Opening}
    actor: a
    kind: milestone
    why: {sv: Öppning., en: Opening.}
    legal_basis_none: {sv: Ingen., en: None.}
    sources: ["https://example.se/o"]

    """)
  return (files, edges)
}
