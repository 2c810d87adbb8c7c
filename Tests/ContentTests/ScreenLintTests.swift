import NyforetagareEngine
import TestSupport
import Testing

/// Lint of `Content/questions/screens.yaml`: every problem with file, line and column.
@Suite("Screen lint")
struct ScreenLintTests {
  static func lint(_ screens: String) -> [String] {
    let files =
      Fixtures.contentFiles.filter { $0.relativePath != "questions/screens.yaml" }
      + [
        ContentFile(
          displayPath: "Content/questions/screens.yaml", relativePath: "questions/screens.yaml", text: screens)
      ]
    return ContentLoader.load(files).diagnostics.errors.map(\.description)
  }

  @Test("a screen naming an unknown question, a wrong value or a question twice is an error at its line")
  func references() {
    let errors = Self.lint(
      """
      screens:
        - id: a
          kind: checklist
          title: {sv: A, en: A}
          items:
            - {question: tobaco}
            - {question: alcohol, value: wine}
            - {question: tobacco}
        - id: b
          kind: question
          question: tobacco
      """)
    #expect(
      errors.contains { $0.hasPrefix("Content/questions/screens.yaml:6:9: error: unknown question 'tobaco'") },
      "\(errors)")
    #expect(
      errors.contains {
        $0.hasPrefix("Content/questions/screens.yaml:7:9: error: 'wine' is not a value of question 'alcohol'")
      }, "\(errors)")
    #expect(errors.contains { $0.contains("question 'tobacco' is on screen 'a' and again on 'b'") }, "\(errors)")
  }

  @Test("a checklist takes yes/no questions and choice values only; otherwise must be a value")
  func checklistKinds() {
    let errors = Self.lint(
      """
      screens:
        - id: a
          kind: checklist
          title: {sv: A, en: A}
          items:
            - {question: employees}
            - {question: alcohol}
            - {question: music, value: background}
          otherwise: {music: loud}
      """)
    #expect(
      errors.contains { $0.contains("6:9: error: a checklist holds yes/no and choice questions, not 'employees'") },
      "\(errors)")
    #expect(
      errors.contains { $0.contains("7:9: error: a checklist shows choice question 'alcohol' as one box per value") },
      "\(errors)")
    #expect(errors.contains { $0.contains("otherwise: 'loud' is not a value of question 'music'") }, "\(errors)")
  }

  @Test("a gate sets every detail answer on no, and its values fit the questions")
  func gates() {
    let errors = Self.lint(
      """
      screens:
        - id: g
          kind: gate
          title: {sv: G, en: G}
          gate: {sv: Gasol?, en: LPG?}
          items:
            - {question: lpg_indoor_litres}
            - {question: lpg_outdoor_litres}
          when_no: {lpg_indoor_litres: "lots"}
        - id: h
          kind: gate
          host: nowhere
          box: {sv: B, en: B}
          title: {sv: H, en: H}
          gate: {sv: H?, en: H?}
          items: [{question: employees}]
          when_no: {employees: "0"}
        - id: q
          kind: question
          question: kommun
          when_no: {kommun: Malmö}
          place: middle
      """)
    #expect(errors.contains { $0.contains("gate 'g' sets no answer for 'lpg_outdoor_litres' in when_no") }, "\(errors)")
    #expect(
      errors.contains { $0.contains("9:15: error: when_no: 'lpg_indoor_litres': 'lots' is not a number") }, "\(errors)")
    #expect(errors.contains { $0.contains("gate 'h': host 'nowhere' is not a checklist screen") }, "\(errors)")
    #expect(errors.contains { $0.contains("only a gate screen has 'gate', 'when_no'") }, "\(errors)")
    #expect(errors.contains { $0.contains("unknown place 'middle'") }, "\(errors)")
  }

  @Test("a question the planner reads must say plan_input; units only on numbers")
  func planInput() {
    let files = Fixtures.contentFiles.map { f -> ContentFile in
      guard f.relativePath == "questions/interview.yaml" else { return f }
      var text = f.text.replacingOccurrences(of: "    type: kommun\n    plan_input: true\n", with: "    type: kommun\n")
      text = text.replacingOccurrences(
        of: "  - id: tobacco\n    type: bool\n",
        with: "  - id: tobacco\n    type: bool\n    units: [{names: [st], factor: 1, label: {sv: st, en: pcs}}]\n")
      return ContentFile(displayPath: f.displayPath, relativePath: f.relativePath, text: text)
    }
    let errors = ContentLoader.load(files).diagnostics.errors.map(\.description)
    #expect(
      errors.contains { $0.contains("question 'kommun' is read by the planner itself; mark it 'plan_input: true'") },
      "\(errors)")
    #expect(errors.contains { $0.contains("only a number or integer question has 'units'") }, "\(errors)")
  }
}
