import EmbeddedContent
import Foundation
import NyforetagareEngine

/// Shared fixtures for the test targets: the embedded content, answers, and paths.
public enum Fixtures {
  /// The embedded Content/ as content files.
  public static var contentFiles: [ContentFile] {
    EmbeddedContent.files.map {
      ContentFile(displayPath: "Content/" + $0.path, relativePath: $0.path, text: $0.text)
    }
  }

  /// The real landscape (the embedded content); fails the test run if the content has errors.
  public static let landscape: Landscape = {
    let result = ContentLoader.load(contentFiles)
    guard let landscape = result.landscape else {
      let errors = result.diagnostics.errors.map(\.description).joined(separator: "\n")
      fatalError("the embedded content has errors:\n\(errors)")
    }
    return landscape
  }()

  /// The fixed "today" of golden tests.
  public static let today = Day(year: 2026, month: 11, day: 22) ?? Day(daysSinceEpoch: 0)

  /// The package's root folder (found from this file's path).
  public static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Parses answers YAML against the real landscape.
  public static func answers(_ yaml: String) throws -> (Answers, FounderData) {
    try AnswerParser.parse(yaml, file: "test.yaml", landscape: landscape)
  }

  /// Makes a plan from answers YAML on the real content with the fixed today.
  public static func plan(_ yaml: String, today: Day = Fixtures.today) throws -> Plan {
    let (answers, data) = try answers(yaml)
    return try Planner.plan(landscape, answers: answers, data: data, today: today)
  }
}
