/// A value kept in one shared box until a copy of it changes (copy on write).
///
/// A large value type (a ``Step``, a ``FigureResolution``) keeps its fields in one of these, so
/// that copying it — into every assessment, plan entry and duty — is one retain, not a retain of
/// every string and array it holds. Reading a field goes through `_read`, which lends the
/// field in place instead of copying the whole value out.
struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The box. Changed only through ``value``'s `_modify`, which copies it first unless this
  /// value is its only owner, so no two owners ever see one change: that is what makes the
  /// unchecked `Sendable` sound.
  private final class Box: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  /// Boxes a value.
  init(_ value: Value) { box = Box(value) }

  /// The value: lent in place for reading, copied first for writing when shared.
  var value: Value {
    _read { yield box.value }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }

  static func == (lhs: CopyOnWrite, rhs: CopyOnWrite) -> Bool {
    lhs.box === rhs.box || lhs.box.value == rhs.box.value
  }

  func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }
}
