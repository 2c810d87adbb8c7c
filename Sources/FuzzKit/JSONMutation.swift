import Foundation
import NyforetagareEngine

/// Changes a plan file's JSON where it hurts: dates, states, numbers, identifiers, nesting.
enum JSONMutation {
  static func mutate(_ json: String, _ rng: inout FuzzRandom, landscape: Landscape) -> String {
    guard let data = json.data(using: .utf8),
      var root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    else { return Hostile.byteMutated(json, &rng) }
    switch rng.int(0...9) {
    case 0: root["schema"] = rng.pick([0, -1, 2, 99, Int.max, "1", NSNull()] as [Any])
    case 1: root[rng.pick(["created", "updated"])] = rng.pick(Hostile.dates + ["", "x"])
    case 2:
      var cases = root["cases"] as? [String: Any] ?? [:]
      let id = rng.chance(0.8) ? rng.pick(landscape.steps).id : Hostile.long(&rng)
      var record: [String: Any] = ["state": rng.pick(CaseRecord.State.allCases.map(\.rawValue) + ["done", ""])]
      for key in ["submitted", "decided", "supplementRequested"] where rng.chance(0.5) {
        record[key] = rng.pick(Hostile.dates)
      }
      for key in ["reference", "reason", "note", "contact"] where rng.chance(0.3) {
        record[key] = rng.chance(0.2) ? Hostile.long(&rng) : rng.pick(Hostile.texts)
      }
      cases[id] = record
      root["cases"] = cases
    case 3:
      var data = root["data"] as? [String: Any] ?? [:]
      data[rng.pick(landscape.dataItems).id] = rng.chance(0.2) ? Hostile.long(&rng) : rng.pick(Hostile.texts)
      root["data"] = data
    case 4:
      var answers = root["answers"] as? [String: Any] ?? [:]
      let q = rng.pick(landscape.questions)
      answers[q.id] = rng.pick(
        [rng.pick(Hostile.texts), Int.max, -1, 1e308, true, [String](), ["a", 1], [String: Int](), NSNull()] as [Any])
      root["answers"] = answers
    case 5:
      root["draft"] = [
        "kind": rng.pick(["data", "answer", "x"]), "id": rng.pick(landscape.dataItems).id,
        "text": rng.chance(0.5) ? Hostile.long(&rng) : rng.pick(Hostile.texts),
      ]
    case 6:
      var snapshot = root["snapshot"] as? [String: Any] ?? [:]
      snapshot[rng.pick(landscape.steps).id] = [
        "title": rng.pick(Hostile.texts), "feeSEK": rng.pick([Int.max, Int.min, -1, 0] as [Int]),
        "typicalDays": rng.pick([Int.max, Int.min, -1, 0] as [Int]),
      ]
      root["snapshot"] = snapshot
    case 7: root.removeValue(forKey: rng.pick(Array(root.keys)))
    case 8:
      // Deep nesting somewhere.
      let n = rng.int(10...5_000)
      var text = (try? JSONSerialization.data(withJSONObject: root)).map { String(decoding: $0, as: UTF8.self) } ?? json
      text =
        String(text.dropLast()) + ", \"deep\": " + String(repeating: "[", count: n) + String(repeating: "]", count: n)
        + "}"
      return text
    default: root[Hostile.long(&rng)] = rng.pick(Hostile.texts)
    }
    guard let out = try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]) else { return json }
    return String(decoding: out, as: UTF8.self)
  }
}
