import Foundation
import NyforetagareEngine

/// `questions --answers FILE`: the screens the interview would show for those answers.
enum InterviewPathOutput {
  struct PathJSON: Encodable {
    var screens: [ScreenJSON]
  }

  struct ScreenJSON: Encodable {
    var ids: [String]
    var title: String
    var screen: String
    var kind: String
  }

  static func render(landscape: Landscape, answers: Answers, language: Language, json: Bool) -> String {
    let turns = Interview(landscape: landscape).path(for: answers)
    let screens = turns.map { t in
      ScreenJSON(
        ids: t.ids, title: t.title[language], screen: t.screen.id,
        kind: t.part == .detail ? "detail" : t.screen.kind.rawValue)
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = (try? encoder.encode(PathJSON(screens: screens))) ?? Data("{}".utf8)
      return String(decoding: data, as: UTF8.self) + "\n"
    }
    var out = ""
    for (i, s) in screens.enumerated() {
      out += "\(i + 1). \(s.title) (\(s.kind)): \(s.ids.joined(separator: ", "))\n"
    }
    return out
  }
}
