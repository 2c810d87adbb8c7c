import NyforetagareEngine

/// Makes hostile inputs for the four loaders from a seed: valid-looking files with hostile
/// values, mutated good files, and the known attack shapes (alias bombs, deep nesting, huge
/// numbers, control characters, over-long text).
public struct FuzzGenerator {
  let landscape: Landscape
  let examples: [String]
  let planJSON: String
  let small: [String: String]
  let real: [ContentFile]

  /// A generator over the real content; `examples` are good answers files to mutate.
  public init(landscape: Landscape, realContent: [ContentFile], examples: [String], planJSON: String) {
    self.landscape = landscape
    self.examples = examples.isEmpty ? ["kommun: Malmö\n"] : examples
    self.planJSON = planJSON
    self.small = SmallEdition.files
    self.real = realContent
  }

  /// A file of the small edition the content inputs start from (for tests).
  public static func smallEditionText(_ path: String) -> String? { SmallEdition.files[path] }

  /// The input number `index` of `kind` for `seed`: the same every time.
  public func input(_ kind: FuzzInput.Kind, seed: UInt64, index: Int) -> FuzzInput {
    var rng = FuzzRandom(seed: seed &* 0x100_0000_01B3 ^ UInt64(index) &* 0x9E37_79B9 ^ UInt64(kind.hashSeed))
    switch kind {
    case .answers: return FuzzInput(kind: .answers, text: answers(&rng))
    case .plan: return FuzzInput(kind: .plan, text: plan(&rng))
    case .kiosk: return FuzzInput(kind: .kiosk, text: kiosk(&rng))
    case .content: return content(&rng)
    }
  }

  // MARK: Answers

  func answers(_ rng: inout FuzzRandom) -> String {
    switch rng.int(0...9) {
    case 0...2: return Hostile.mutate(rng.pick(examples), &rng)
    case 3: return Hostile.aliasBombLines(&rng) + rng.pick(examples)
    default: break
    }
    var lines: [String] = []
    let goodness = rng.chance(0.4) ? 0.95 : 0.6
    for _ in 0..<rng.int(0...40) {
      if rng.chance(0.1 * (1 - goodness) * 2.5) {
        lines.append(Hostile.scalar(&rng) + ": " + Hostile.value(&rng))
        continue
      }
      let q = rng.pick(landscape.questions)
      lines.append(q.id + ": " + (rng.chance(goodness) ? goodValue(q, &rng) : Hostile.value(&rng)))
    }
    if rng.chance(0.4) {
      lines.append("data:")
      for _ in 0..<rng.int(0...10) {
        let id = rng.chance(0.9) ? rng.pick(landscape.dataItems).id : Hostile.scalar(&rng)
        lines.append("  " + id + ": " + Hostile.value(&rng))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An answer the question accepts (or nearly).
  func goodValue(_ q: Question, _ rng: inout FuzzRandom) -> String {
    switch q.kind {
    case .choice: return q.values.isEmpty ? "x" : rng.pick(q.values).id
    case .bool: return rng.pick(["true", "false", "ja", "nej"])
    case .integer, .number: return rng.pick(["0", "1", "5", "12", "250", rng.pick(Hostile.numbers)])
    case .date: return rng.pick(Hostile.dates)
    case .kommun: return rng.pick(landscape.kommuner).name
    case .kommunList:
      return "[" + (0..<rng.int(0...4)).map { _ in rng.pick(landscape.kommuner).name }.joined(separator: ", ") + "]"
    case .stepList:
      return "[" + (0..<rng.int(0...4)).map { _ in rng.pick(landscape.steps).id }.joined(separator: ", ") + "]"
    }
  }

  // MARK: Plans

  func plan(_ rng: inout FuzzRandom) -> String {
    guard rng.chance(0.75) else { return Hostile.byteMutated(planJSON, &rng) }
    var json = planJSON
    for _ in 0..<rng.int(1...4) {
      json = JSONMutation.mutate(json, &rng, landscape: landscape)
    }
    return json
  }

  // MARK: Kiosk configurations

  func kiosk(_ rng: inout FuzzRandom) -> String {
    if rng.chance(0.15) { return Hostile.aliasBombLines(&rng) }
    // A third are good but for at most one key, so the accepted path is exercised too.
    let goodness = rng.chance(0.35) ? 0.97 : 0.6
    var lines: [String] = []
    for key in [
      "kommun", "languages", "export_folder", "print_command", "idle_timeout_seconds", "countdown_seconds", "pin_hash",
    ]
    where rng.chance(0.8) || (goodness > 0.9 && (key == "export_folder" || key == "pin_hash")) {
      lines.append(key + ": " + (rng.chance(goodness) ? kioskValue(key, &rng) : Hostile.value(&rng)))
    }
    if rng.chance(0.2) { lines.append(Hostile.scalar(&rng) + ": " + Hostile.value(&rng)) }
    var text = lines.shuffled(&rng).joined(separator: "\n") + "\n"
    if rng.chance(0.3) { text = Hostile.mutate(text, &rng) }
    return text
  }

  func kioskValue(_ key: String, _ rng: inout FuzzRandom) -> String {
    let canonical = [
      "languages": "[sv, en]", "export_folder": "@USB@", "print_command": "[/bin/true]", "idle_timeout_seconds": "300",
      "countdown_seconds": "30", "pin_hash": "'$6$abcdefghijklmnop$" + String(repeating: "x", count: 86) + "'",
    ]
    if let good = canonical[key], rng.chance(0.7) { return good }
    switch key {
    case "kommun": return rng.pick(landscape.kommuner).name
    case "languages": return rng.pick(["[sv, en]", "[en]", "[sv, sv]", "[]", "[fi]", "sv"])
    case "export_folder": return rng.chance(0.5) ? "@USB@" : rng.pick(Sandbox.placeholders)
    case "print_command": return rng.pick(["[lp]", "[lp, -d, lobby]", "[]", "['']", "lp", "[/bin/true]"])
    case "idle_timeout_seconds", "countdown_seconds":
      return rng.pick(["300", "30", "5", "0", "86400", "86401", rng.pick(Hostile.numbers)])
    default:
      let salt = "abcdefghijklmnop"
      let hash = String(repeating: "x", count: 86)
      return rng.pick([
        "'$6$\(salt)$\(hash)'", "'$6$rounds=5000$\(salt)$\(hash)'", "'$6$rounds=999999999$\(salt)$\(hash)'",
        "'$6$rounds=99999999999999999999999$\(salt)$\(hash)'", "'$6$rounds=$\(salt)$\(hash)'", "'$1$abc$def'", "4711",
        "'$6$\(salt)$\(hash.dropLast())'",
      ])
    }
  }

  // MARK: Content

  func content(_ rng: inout FuzzRandom) -> FuzzInput {
    let useReal = rng.chance(0.04)
    let paths = useReal ? real.map(\.relativePath) : Array(small.keys).sorted()
    if rng.chance(0.15) {
      // A new step file: aliased conditions, or anything.
      let id = "fuzz\(rng.int(0...999))"
      let text =
        rng.chance(0.5)
        ? SmallEdition.step(id, extra: "applies_when: " + conditionBomb(&rng) + "\n")
        : Hostile.mutate(SmallEdition.step(id), &rng)
      return FuzzInput(kind: .content, text: text, path: "steps/\(id).yaml", realContent: useReal)
    }
    let path = rng.pick(paths)
    let original = useReal ? (real.first { $0.relativePath == path }?.text ?? "") : (small[path] ?? "")
    return FuzzInput(kind: .content, text: Hostile.mutate(original, &rng), path: path, realContent: useReal)
  }

  /// Conditions built from aliases of aliases: each level doubles (or more) the tree.
  func conditionBomb(_ rng: inout FuzzRandom) -> String {
    let levels = rng.int(2...24)
    let q = rng.pick(landscape.questions.filter { $0.kind == .choice })
    var text = "{all: [&c0 {question: \(q.id), equals: \(q.values.first?.id ?? "x")}"
    for i in 1...levels { text += ", &c\(i) {any: [*c\(i - 1), *c\(i - 1)]}" }
    return text + "]}"
  }
}

extension Array {
  func shuffled(_ rng: inout FuzzRandom) -> [Element] {
    var a = self
    guard a.count > 1 else { return a }
    for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, rng.int(0...i)) }
    return a
  }
}

extension FuzzInput.Kind {
  var hashSeed: Int { FuzzInput.Kind.allCases.firstIndex(of: self) ?? 0 }
}
