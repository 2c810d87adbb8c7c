/// A compact binary form of a checked ``Landscape``: the build embeds one, so the program
/// starts without parsing YAML. Loading it gives exactly the landscape the YAML gives (a test
/// compares them).
///
/// Layout: the version, a string table (count, each string's end offset as a 32-bit number,
/// the UTF-8 data; every string once), then the body, which names strings by their index.
/// Texts (``LocalizedText``) keep their two indices and make a `String` when read; kommun
/// profiles sit in one block behind an index (name, length; and the published typical handling
/// times per step), each read when asked for (``KommunProfiles``).
public enum LandscapeSnapshot {
  /// The format's version; a snapshot of another version is not read.
  static let formatVersion = 4

  /// The snapshot of a landscape.
  public static func encode(_ landscape: Landscape) -> [UInt8] {
    var w = ByteWriter()
    w.string(landscape.meta.version)
    w.int(landscape.meta.date.daysSinceEpoch)
    text(&w, landscape.meta.disclaimer)
    w.array(landscape.actors.values.sorted { $0.id < $1.id }) { w, a in
      w.string(a.id)
      text(&w, a.name)
      w.string(a.level.rawValue)
      w.optional(a.url) { $0.string($1) }
      location(&w, a.location)
    }
    w.array(landscape.questions) { w, q in
      w.string(q.id)
      w.string(q.kind.rawValue)
      text(&w, q.label)
      text(&w, q.text)
      w.optional(q.help, text)
      w.array(q.values) { w, v in
        w.string(v.id)
        text(&w, v.label)
      }
      w.optional(q.askedWhen, condition)
      w.bool(q.allowsUnknown)
      w.optional(q.minimum) { $0.double($1) }
      location(&w, q.location)
    }
    w.array(landscape.dataItems) { w, d in
      w.string(d.id)
      text(&w, d.label)
      w.string(d.kind.rawValue)
      w.bool(d.isPersonal)
      w.optional(d.help, text)
      w.string(d.group)
      w.optional(d.appliesWhen, condition)
      w.optional(d.fromAnswer) { $0.string($1) }
      location(&w, d.location)
    }
    w.array(landscape.steps, step)
    w.array(landscape.kommuner) { w, k in
      w.string(k.code)
      w.string(k.name)
      w.string(k.lan)
      w.optional(k.raddningstjanst) { $0.string($1) }
      w.optional(k.raddningstjanstSource) { $0.string($1) }
      location(&w, k.location)
    }
    w.array(landscape.kommuner) { $0.string(Landscape.foldKommun($1.name)) }
    profiles(&w, landscape.profiles.values)
    interview(&w, landscape)
    return w.finished(version: formatVersion)
  }

  /// The landscape in a snapshot, or nil when the bytes are not a snapshot of this format.
  /// Every part is checked now; the landscape keeps a copy of the bytes.
  public static func decode(_ bytes: [UInt8]) -> Landscape? {
    bytes.withUnsafeBytes { decode($0) }
  }

  /// The landscape in a snapshot, or nil when the bytes are not a snapshot of this format.
  /// Every part is checked now; the landscape keeps a copy of the bytes, so nothing refers to
  /// `bytes` after.
  public static func decode(_ bytes: UnsafeRawBufferPointer) -> Landscape? {
    decode(SnapshotStrings.copy(bytes), owned: true)
  }

  /// The landscape in a snapshot read in place, for bytes that stay valid and unchanged for the
  /// rest of the run (the program's own read-only data: ``EmbeddedContent``), or nil when they
  /// are not a snapshot of this format. Texts and kommun profiles are read from the bytes when
  /// asked for; a profile that then does not read stops the program with a message (the
  /// embedded snapshot is checked when the program is built).
  public static func decode(inPlace bytes: UnsafeRawBufferPointer) -> Landscape? {
    decode(bytes, owned: false)
  }

  private static func decode(_ bytes: UnsafeRawBufferPointer, owned: Bool) -> Landscape? {
    var position = 0
    var head = ByteReader(bytes, strings: nil)
    guard (try? head.int()) == formatVersion else {
      if owned { bytes.deallocate() }
      return nil
    }
    position = head.position
    guard let strings = SnapshotStrings.read(bytes, owned: owned, at: &position) else {
      if owned { bytes.deallocate() }
      return nil
    }
    var r = ByteReader(bytes, strings: strings, cache: true)
    r.position = position
    do {
      let meta = ContentMeta(version: try r.string(), date: Day(daysSinceEpoch: try r.int()), disclaimer: try text(&r))
      let actorList: [Actor] = try r.array { r throws(ByteReader.Malformed) in
        Actor(
          id: try r.string(), name: try text(&r), level: try raw(&r, Actor.Level.self),
          url: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, location: try location(&r))
      }
      let questions: [Question] = try r.array { r throws(ByteReader.Malformed) in
        Question(
          id: try r.string(), kind: try raw(&r, Question.Kind.self), label: try text(&r), text: try text(&r),
          help: try r.optional(text),
          values: try r.array { r throws(ByteReader.Malformed) in
            Question.Value(id: try r.string(), label: try text(&r))
          },
          askedWhen: try r.optional(condition), allowsUnknown: try r.bool(),
          minimum: try r.optional { r throws(ByteReader.Malformed) in try r.double() }, location: try location(&r))
      }
      let dataItems: [DataItem] = try r.array { r throws(ByteReader.Malformed) in
        DataItem(
          id: try r.string(), label: try text(&r), kind: try raw(&r, DataItem.Kind.self), isPersonal: try r.bool(),
          help: try r.optional(text), group: try r.string(), appliesWhen: try r.optional(condition),
          fromAnswer: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, location: try location(&r))
      }
      let steps: [Step] = try r.array(step)
      let kommuner: [Kommun] = try r.array { r throws(ByteReader.Malformed) in
        Kommun(
          code: try r.string(), name: try r.string(), lan: try r.string(),
          raddningstjanst: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
          raddningstjanstSource: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
          location: try location(&r))
      }
      let kommunKeys: [String] = try r.array { r throws(ByteReader.Malformed) in try r.string() }
      let stored = try profiles(&r, strings)
      if owned, !stored.allRead { return nil }
      var landscape = Landscape(
        meta: meta, actors: Dictionary(actorList.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
        questions: questions, dataItems: dataItems, steps: steps, kommuner: kommuner,
        profiles: KommunProfiles(stored: stored), kommunKeys: kommunKeys)
      try interview(&r, into: &landscape)
      guard r.atEnd else { return nil }
      return landscape
    } catch {
      return nil
    }
  }

  // MARK: Parts

  static func text(_ w: inout ByteWriter, _ t: LocalizedText) {
    w.string(t.sv)
    w.string(t.en)
  }

  static func text(_ r: inout ByteReader) throws(ByteReader.Malformed) -> LocalizedText {
    let sv = try r.stringIndex()
    let en = try r.stringIndex()
    guard let strings = r.strings else { throw ByteReader.Malformed() }
    return LocalizedText(strings, sv: sv, en: en)
  }

  static func location(_ w: inout ByteWriter, _ l: SourceLocation) {
    w.string(l.file)
    w.int(l.line)
    w.int(l.column)
  }

  static func location(_ r: inout ByteReader) throws(ByteReader.Malformed) -> SourceLocation {
    SourceLocation(file: try r.string(), line: try r.int(), column: try r.int())
  }

  static func raw<T: RawRepresentable>(_ r: inout ByteReader, _ type: T.Type) throws(ByteReader.Malformed) -> T
  where T.RawValue == String {
    guard let v = T(rawValue: try r.string()) else { throw ByteReader.Malformed() }
    return v
  }

  static func condition(_ w: inout ByteWriter, _ c: Condition) {
    switch c {
    case .always: w.int(0)
    case .all(let parts):
      w.int(1)
      w.array(parts, condition)
    case .any(let parts):
      w.int(2)
      w.array(parts, condition)
    case .not(let inner):
      w.int(3)
      condition(&w, inner)
    case .question(let t):
      w.int(4)
      w.string(t.question)
      location(&w, t.location)
      switch t.test {
      case .equals(.bool(let b)):
        w.int(0)
        w.bool(b)
      case .equals(.string(let s)):
        w.int(1)
        w.string(s)
      case .equals(.number(let n)):
        w.int(2)
        w.double(n)
      case .oneOf(let values):
        w.int(3)
        w.array(values) { $0.string($1) }
      case .above(let n):
        w.int(4)
        w.double(n)
      case .atLeast(let n):
        w.int(5)
        w.double(n)
      case .below(let n):
        w.int(6)
        w.double(n)
      case .notEmpty(let b):
        w.int(7)
        w.bool(b)
      }
    case .step(let id, let l):
      w.int(5)
      w.string(id)
      location(&w, l)
    }
  }

  static func condition(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Condition {
    switch try r.int() {
    case 0: return .always
    case 1: return .all(try r.array(condition))
    case 2: return .any(try r.array(condition))
    case 3: return .not(try condition(&r))
    case 4:
      let question = try r.string()
      let l = try location(&r)
      let test: QuestionTest.Test
      switch try r.int() {
      case 0: test = .equals(.bool(try r.bool()))
      case 1: test = .equals(.string(try r.string()))
      case 2: test = .equals(.number(try r.double()))
      case 3: test = .oneOf(try r.array { r throws(ByteReader.Malformed) in try r.string() })
      case 4: test = .above(try r.double())
      case 5: test = .atLeast(try r.double())
      case 6: test = .below(try r.double())
      case 7: test = .notEmpty(try r.bool())
      default: throw ByteReader.Malformed()
      }
      return .question(QuestionTest(question: question, test: test, location: l))
    case 5: return .step(try r.string(), try location(&r))
    default: throw ByteReader.Malformed()
    }
  }

  static func handling(_ w: inout ByteWriter, _ h: HandlingTime) {
    w.optional(h.minDays) { $0.int($1) }
    w.int(h.typicalDays)
    w.optional(h.maxDays) { $0.int($1) }
    w.optional(h.year) { $0.int($1) }
    w.optional(h.source) { $0.string($1) }
    w.optional(h.note, text)
    w.optional(h.kommun) { $0.string($1) }
    w.optional(h.location, location)
    w.bool(h.typicalGiven)
    w.bool(h.workingDays)
    w.optional(h.scope) { $0.string($1.rawValue) }
    w.bool(h.undated)
  }

  static func handling(_ r: inout ByteReader) throws(ByteReader.Malformed) -> HandlingTime {
    var h = HandlingTime(
      minDays: try r.optional { r throws(ByteReader.Malformed) in try r.int() }, typicalDays: try r.int(),
      maxDays: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      year: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      source: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, note: try r.optional(text),
      kommun: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, location: try r.optional(location))
    h.typicalGiven = try r.bool()
    h.workingDays = try r.bool()
    h.scope = try r.optional { r throws(ByteReader.Malformed) in try raw(&r, FigureScope.self) }
    h.undated = try r.bool()
    return h
  }

  static func fee(_ w: inout ByteWriter, _ f: Fee) {
    w.optional(f.amount) { $0.int($1) }
    w.optional(f.min) { $0.int($1) }
    w.optional(f.max) { $0.int($1) }
    w.optional(f.per, text)
    w.optional(f.year) { $0.int($1) }
    w.optional(f.source) { $0.string($1) }
    w.optional(f.note, text)
    w.optional(f.kommun) { $0.string($1) }
    w.optional(f.location, location)
    w.optional(f.scope) { $0.string($1.rawValue) }
    w.bool(f.undated)
  }

  static func fee(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Fee {
    var f = Fee(
      amount: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      min: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      max: try r.optional { r throws(ByteReader.Malformed) in try r.int() }, per: try r.optional(text),
      year: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      source: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, note: try r.optional(text),
      kommun: try r.optional { r throws(ByteReader.Malformed) in try r.string() }, location: try r.optional(location))
    f.scope = try r.optional { r throws(ByteReader.Malformed) in try raw(&r, FigureScope.self) }
    f.undated = try r.bool()
    return f
  }

  static func step(_ w: inout ByteWriter, _ s: Step) {
    w.string(s.id)
    text(&w, s.title)
    w.string(s.actor)
    w.string(s.kind.rawValue)
    w.string(s.phase.rawValue)
    w.optional(s.summary, text)
    text(&w, s.why)
    w.optional(s.whyNot, text)
    w.optional(s.appliesWhen, condition)
    w.optional(s.doneWhen, condition)
    w.array(s.requires) { w, q in
      w.string(q.step)
      w.int(q.lagDays)
      w.optional(q.note, text)
      location(&w, q.location)
    }
    w.optional(s.timing.handling, handling)
    w.optional(s.timing.statutoryMax) { w, m in
      w.int(m.days)
      w.string(m.basis)
      w.optional(m.source) { $0.string($1) }
    }
    w.optional(s.timing.noticeDaysBeforeOpening) { $0.int($1) }
    w.optional(s.timing.deadline, text)
    w.optional(s.fee, fee)
    w.array(s.legalBasis) { w, l in
      w.string(l.ref)
      w.optional(l.url) { $0.string($1) }
    }
    w.optional(s.legalBasisNone, text)
    w.array(s.requirements, text)
    w.array(s.documents, text)
    w.array(s.data) { $0.string($1) }
    w.optional(s.apply) { w, a in
      w.optional(a.whereText, text)
      w.optional(a.how, text)
      w.optional(a.eService) { $0.string($1) }
    }
    w.array(s.sources) { $0.string($1) }
    w.string(s.certainty.rawValue)
    w.optional(s.uncertainty, text)
    location(&w, s.location)
    stepRules(&w, s)
  }

  static func step(_ r: inout ByteReader) throws(ByteReader.Malformed) -> Step {
    let id = try r.string()
    let title = try text(&r)
    let actor = try r.string()
    let kind = try raw(&r, Step.Kind.self)
    let phase = try raw(&r, Step.Phase.self)
    let summary = try r.optional(text)
    let why = try text(&r)
    let whyNot = try r.optional(text)
    let appliesWhen = try r.optional(condition)
    let doneWhen = try r.optional(condition)
    var requires: [Step.Requirement] = try r.array { r throws(ByteReader.Malformed) in
      Step.Requirement(
        step: try r.string(), lagDays: try r.int(), note: try r.optional(text), location: try location(&r))
    }
    var timing = Timing(
      handling: try r.optional(handling),
      statutoryMax: try r.optional { r throws(ByteReader.Malformed) in
        StatutoryMax(
          days: try r.int(), basis: try r.string(),
          source: try r.optional { r throws(ByteReader.Malformed) in try r.string() })
      },
      noticeDaysBeforeOpening: try r.optional { r throws(ByteReader.Malformed) in try r.int() },
      deadline: try r.optional(text))
    let stepFee = try r.optional(fee)
    let legal: [Step.LegalReference] = try r.array { r throws(ByteReader.Malformed) in
      Step.LegalReference(ref: try r.string(), url: try r.optional { r throws(ByteReader.Malformed) in try r.string() })
    }
    let legalNone = try r.optional(text)
    let requirements = try r.array(text)
    let documents = try r.array(text)
    let data = try r.array { r throws(ByteReader.Malformed) in try r.string() }
    let apply = try r.optional { r throws(ByteReader.Malformed) in
      Step.Apply(
        whereText: try r.optional(text), how: try r.optional(text),
        eService: try r.optional { r throws(ByteReader.Malformed) in try r.string() })
    }
    let sources = try r.array { r throws(ByteReader.Malformed) in try r.string() }
    let certainty = try raw(&r, Step.Certainty.self)
    let uncertainty = try r.optional(text)
    let place = try location(&r)
    let rules = try stepRules(&r, requires: &requires, timing: &timing)
    return Step(
      id: id, title: title, actor: actor, kind: kind, phase: phase, summary: summary, why: why, whyNot: whyNot,
      appliesWhen: appliesWhen, doneWhen: doneWhen, requires: requires, timing: timing, fee: stepFee,
      legalBasis: legal, legalBasisNone: legalNone, requirements: requirements, documents: documents, data: data,
      apply: apply, sources: sources, certainty: certainty, uncertainty: uncertainty, location: place,
      optional: rules.optional, perKommun: rules.perKommun)
  }
}
