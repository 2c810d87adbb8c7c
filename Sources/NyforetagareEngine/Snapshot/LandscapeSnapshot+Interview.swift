/// The snapshot's last section: the interview's screens and the questions' interview fields.
extension LandscapeSnapshot {
  static func interview(_ w: inout ByteWriter, _ landscape: Landscape) {
    w.array(landscape.questions) { w, q in
      w.bool(q.planInput)
      w.array(q.units) { w, u in
        w.array(u.names) { $0.string($1) }
        w.double(u.factor)
        text(&w, u.label)
        w.optional(u.source) { $0.string($1) }
      }
    }
    w.array(landscape.screens) { w, s in
      w.string(s.id)
      w.string(s.kind.rawValue)
      text(&w, s.title)
      w.optional(s.help, text)
      w.array(s.items) { w, i in
        w.string(i.question)
        w.optional(i.value) { $0.string($1) }
        w.optional(i.label, text)
        location(&w, i.location)
      }
      w.array(s.otherwise.keys.sorted()) { w, k in
        w.string(k)
        w.string(s.otherwise[k] ?? "")
      }
      w.optional(s.gate, text)
      w.optional(s.detailTitle, text)
      w.array(s.whenNo.keys.sorted()) { w, k in
        w.string(k)
        w.optional(s.whenNo[k], answer)
      }
      w.optional(s.host) { $0.string($1) }
      w.optional(s.box, text)
      w.string(s.placement.rawValue)
      w.array(s.notes) { w, n in
        condition(&w, n.when)
        text(&w, n.text)
      }
      location(&w, s.location)
    }
  }

  static func interview(_ r: inout ByteReader, into landscape: inout Landscape) throws(ByteReader.Malformed) {
    let extras: [(Bool, [Question.Unit])] = try r.array { r throws(ByteReader.Malformed) in
      let planInput = try r.bool()
      let units: [Question.Unit] = try r.array { r throws(ByteReader.Malformed) in
        Question.Unit(
          names: try r.array { r throws(ByteReader.Malformed) in try r.string() }, factor: try r.double(),
          label: try text(&r), source: try r.optional { r throws(ByteReader.Malformed) in try r.string() })
      }
      return (planInput, units)
    }
    guard extras.count == landscape.questions.count else { throw ByteReader.Malformed() }
    for (i, e) in extras.enumerated() {
      landscape.questions[i].planInput = e.0
      landscape.questions[i].units = e.1
    }
    landscape.screens = try r.array { r throws(ByteReader.Malformed) in
      let id = try r.string()
      let kind = try raw(&r, Screen.Kind.self)
      let title = try text(&r)
      let help = try r.optional(text)
      let items: [Screen.Item] = try r.array { r throws(ByteReader.Malformed) in
        Screen.Item(
          question: try r.string(), value: try r.optional { r throws(ByteReader.Malformed) in try r.string() },
          label: try r.optional(text), location: try location(&r))
      }
      let otherwise: [(String, String)] = try r.array { r throws(ByteReader.Malformed) in
        (try r.string(), try r.string())
      }
      let gate = try r.optional(text)
      let detailTitle = try r.optional(text)
      let whenNo: [(String, AnswerValue?)] = try r.array { r throws(ByteReader.Malformed) in
        (try r.string(), try r.optional(answer))
      }
      let host = try r.optional { r throws(ByteReader.Malformed) in try r.string() }
      let box = try r.optional(text)
      let placement = try raw(&r, Screen.Placement.self)
      let notes: [Screen.Note] = try r.array { r throws(ByteReader.Malformed) in
        Screen.Note(when: try condition(&r), text: try text(&r))
      }
      return Screen(
        id: id, kind: kind, title: title, help: help, items: items,
        otherwise: Dictionary(otherwise, uniquingKeysWith: { a, _ in a }), gate: gate, detailTitle: detailTitle,
        whenNo: Dictionary(whenNo.compactMap { k, v in v.map { (k, $0) } }, uniquingKeysWith: { a, _ in a }),
        host: host, box: box, placement: placement, notes: notes, location: try location(&r))
    }
  }

  static func answer(_ w: inout ByteWriter, _ a: AnswerValue) {
    switch a {
    case .choice(let s):
      w.int(0)
      w.string(s)
    case .bool(let b):
      w.int(1)
      w.bool(b)
    case .integer(let i):
      w.int(2)
      w.int(i)
    case .number(let d):
      w.int(3)
      w.double(d)
    case .date(let d):
      w.int(4)
      w.int(d.daysSinceEpoch)
    case .kommun(let s):
      w.int(5)
      w.string(s)
    case .list(let l):
      w.int(6)
      w.array(l) { $0.string($1) }
    }
  }

  static func answer(_ r: inout ByteReader) throws(ByteReader.Malformed) -> AnswerValue {
    switch try r.int() {
    case 0: return .choice(try r.string())
    case 1: return .bool(try r.bool())
    case 2: return .integer(try r.int())
    case 3: return .number(try r.double())
    case 4: return .date(Day(daysSinceEpoch: try r.int()))
    case 5: return .kommun(try r.string())
    case 6: return .list(try r.array { r throws(ByteReader.Malformed) in try r.string() })
    default: throw ByteReader.Malformed()
    }
  }
}
