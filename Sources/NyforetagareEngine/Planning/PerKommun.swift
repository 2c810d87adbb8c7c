/// A step made once per kommun in a list answer (`per_kommun`): e.g. a catering licence, which
/// is valid only in the kommun that granted it, for the founder's kommun and for each kommun
/// named in `catering_kommuner`.
///
/// The founder's own kommun keeps the step's id; every other kommun gets an instance with the
/// id `<step id>.<kommun code>` (e.g. `serveringstillstand_catering.1281`) and the kommun's
/// name after the title, dated and priced with that kommun's own figures.
public enum PerKommun {
  /// The id of the step's instance for a kommun.
  public static func instanceID(_ stepID: String, kommun: Kommun) -> String { stepID + "." + kommun.code }

  /// The step as made for another kommun: its own id, the kommun after its title, and no
  /// further repetition.
  public static func instance(of step: Step, for kommun: Kommun) -> Step {
    var copy = step
    copy.id = instanceID(step.id, kommun: kommun)
    copy.title = LocalizedText(sv: step.title.sv + " – " + kommun.name, en: step.title.en + " – " + kommun.name)
    copy.perKommun = nil
    return copy
  }

  /// The kommuner other than the founder's own that a step is made for, in the answer's order
  /// (each once; names the landscape does not know are skipped — the answer parser reports them).
  public static func otherKommuner(
    for step: Step, answers: Answers, home: Kommun?, in landscape: Landscape
  ) -> [Kommun] {
    guard let question = step.perKommun?.question, case .list(let names)? = answers[question] else { return [] }
    var seen: Set<String> = home.map { [$0.code] } ?? []
    var result: [Kommun] = []
    for name in names {
      guard let k = landscape.kommun(named: name), seen.insert(k.code).inserted else { continue }
      result.append(k)
    }
    return result
  }

  /// The base step and kommun of an instance id (`serveringstillstand_catering.1281`), when the
  /// step is made per kommun and the code is a kommun's.
  static func parse(_ id: String, in landscape: Landscape) -> (step: Step, kommun: Kommun)? {
    guard let dot = id.lastIndex(of: ".") else { return nil }
    let code = id[id.index(after: dot)...]
    guard let step = landscape.step(String(id[..<dot])), step.perKommun != nil,
      let kommun = landscape.kommuner.first(where: { $0.code == code })
    else { return nil }
    return (step, kommun)
  }
}
