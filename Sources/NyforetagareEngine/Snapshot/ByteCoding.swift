/// Writes values into a compact byte buffer: variable-length integers, strings interned on
/// first use (by their index in a string table), and optionals and arrays with a leading tag or
/// count. ``finished(version:)`` puts the string table in front of the body.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []
  private var strings: [String: Int] = [:]
  private var table: [String] = []

  mutating func int(_ value: Int) {
    var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))  // zigzag
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func double(_ value: Double) {
    var bits = value.bitPattern
    for _ in 0..<8 {
      bytes.append(UInt8(bits & 0xFF))
      bits >>= 8
    }
  }

  /// The index of a string in the table, added on first use.
  mutating func index(of value: String) -> Int {
    if let index = strings[value] { return index }
    strings[value] = table.count
    table.append(value)
    return table.count - 1
  }

  mutating func string(_ value: String) { int(index(of: value)) }

  /// Bytes written elsewhere (a section written by another writer over the same table).
  mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  /// A writer for a section that shares this one's string table (see ``adopt(_:)``).
  func section() -> ByteWriter {
    var w = ByteWriter()
    w.strings = strings
    w.table = table
    return w
  }

  /// Takes over the string table a section writer grew.
  mutating func adopt(_ section: ByteWriter) {
    strings = section.strings
    table = section.table
  }

  mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
    if let value {
      bool(true)
      write(&self, value)
    } else {
      bool(false)
    }
  }

  mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
    int(values.count)
    for v in values { write(&self, v) }
  }

  /// The whole snapshot: the version, the string count, the strings' end offsets (32-bit
  /// little-endian, counted from the start of the string data), the string data, the body.
  func finished(version: Int) -> [UInt8] {
    var head = ByteWriter()
    head.int(version)
    head.int(table.count)
    var out = head.bytes
    var end = 0
    for s in table {
      end += s.utf8.count
      for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((UInt32(end) >> UInt32(shift)) & 0xFF)) }
    }
    for s in table { out.append(contentsOf: s.utf8) }
    out.append(contentsOf: bytes)
    return out
  }
}

/// The bytes of a snapshot and its string table, kept for the texts and kommun profiles that
/// are read only when asked for. Immutable; the bytes are either the program's own read-only
/// data (borrowed for the whole run) or a copy this object owns.
final class SnapshotStrings: @unchecked Sendable {
  /// The whole snapshot.
  let bytes: UnsafeRawBufferPointer
  private let owned: Bool
  /// Where the strings' end offsets start, how many strings there are, and where their data
  /// starts.
  private let offsets: Int
  let count: Int
  private let data: Int

  private init(bytes: UnsafeRawBufferPointer, owned: Bool, offsets: Int, count: Int, data: Int) {
    self.bytes = bytes
    self.owned = owned
    self.offsets = offsets
    self.count = count
    self.data = data
  }

  deinit {
    if owned { bytes.deallocate() }
  }

  /// Reads the table that starts at `position` (after the version) and checks it: offsets in
  /// order and inside the bytes. Returns the strings and the body's start, or nil.
  static func read(
    _ bytes: UnsafeRawBufferPointer, owned: Bool, at position: inout Int
  ) -> SnapshotStrings? {
    var head = ByteReader(bytes, strings: nil)
    head.position = position
    guard let count = try? head.int(), count >= 0, count <= bytes.count / 4 else { return nil }
    let offsets = head.position
    let data = offsets + 4 * count
    guard data <= bytes.count else { return nil }
    var previous = 0
    for i in 0..<count {
      let end = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offsets + 4 * i, as: UInt32.self)))
      guard end >= previous, data + end <= bytes.count else { return nil }
      previous = end
    }
    position = data + previous
    return SnapshotStrings(bytes: bytes, owned: owned, offsets: offsets, count: count, data: data)
  }

  /// A copy of `bytes` owned by the result's strings (for bytes that may go away).
  static func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
    if let base = bytes.baseAddress, bytes.count > 0 {
      copy.baseAddress?.copyMemory(from: base, byteCount: bytes.count)
    }
    return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<bytes.count])
  }

  private func end(_ index: Int) -> Int {
    Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offsets + 4 * index, as: UInt32.self)))
  }

  /// String number `index` (checked by the caller: `0 <= index < count`).
  func string(_ index: Int) -> String {
    let start = index == 0 ? 0 : end(index - 1)
    let stop = end(index)
    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(data + start)..<(data + stop)]), as: UTF8.self)
  }
}

/// Reads what a ``ByteWriter`` wrote; any malformed input throws.
struct ByteReader {
  struct Malformed: Error {}

  /// The bytes, read in place; only used while decoding (the caller keeps them alive).
  private let bytes: UnsafeRawBufferPointer
  var position = 0
  /// The snapshot's string table (nil only while reading the table itself).
  let strings: SnapshotStrings?
  /// Strings already made, by index (reading a section once, not for texts).
  private var made: [String?]

  init(_ bytes: UnsafeRawBufferPointer, strings: SnapshotStrings?, cache: Bool = false) {
    self.bytes = bytes
    self.strings = strings
    made = cache ? Array(repeating: nil, count: strings?.count ?? 0) : []
  }

  var atEnd: Bool { position == bytes.count }

  mutating func byte() throws(Malformed) -> UInt8 {
    guard position < bytes.count else { throw Malformed() }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func int() throws(Malformed) -> Int {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      result |= UInt64(b & 0x7F) << shift
      if b < 0x80 { break }
      shift += 7
      if shift > 63 { throw Malformed() }
    }
    let v = Int64(bitPattern: result)
    return Int((v >> 1) ^ -(v & 1))
  }

  mutating func bool() throws(Malformed) -> Bool { try byte() != 0 }

  mutating func double() throws(Malformed) -> Double {
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(try byte()) << (8 * UInt64(i)) }
    return Double(bitPattern: bits)
  }

  /// The index of a string in the table.
  mutating func stringIndex() throws(Malformed) -> Int {
    let index = try int()
    guard let strings, index >= 0, index < strings.count else { throw Malformed() }
    return index
  }

  mutating func string() throws(Malformed) -> String {
    let index = try stringIndex()
    if index < made.count {
      if let s = made[index] { return s }
      let s = strings?.string(index) ?? ""
      made[index] = s
      return s
    }
    return strings?.string(index) ?? ""
  }

  /// `count` bytes from here, skipped.
  mutating func skip(_ count: Int) throws(Malformed) -> Range<Int> {
    guard count >= 0, count <= bytes.count - position else { throw Malformed() }
    defer { position += count }
    return position..<(position + count)
  }

  mutating func optional<T>(_ read: (inout ByteReader) throws(Malformed) -> T) throws(Malformed) -> T? {
    try bool() ? try read(&self) : nil
  }

  mutating func array<T>(_ read: (inout ByteReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
    let count = try int()
    guard count >= 0, count <= bytes.count else { throw Malformed() }
    var result: [T] = []
    result.reserveCapacity(count)
    for _ in 0..<count { result.append(try read(&self)) }
    return result
  }
}
