/// Writes values into a compact byte buffer: variable-length integers, strings interned on
/// first use, and optionals and arrays with a leading tag or count.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []
  private var strings: [String: Int] = [:]

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

  mutating func string(_ value: String) {
    if let index = strings[value] {
      int(index + 1)
      return
    }
    strings[value] = strings.count
    int(0)
    let utf8 = Array(value.utf8)
    int(utf8.count)
    bytes.append(contentsOf: utf8)
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
}

/// Reads what a ``ByteWriter`` wrote; any malformed input throws.
struct ByteReader {
  struct Malformed: Error {}

  /// The bytes, read in place; only used while decoding (the caller keeps them alive).
  private let bytes: UnsafeRawBufferPointer
  private var position = 0
  private var strings: [String] = []

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
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

  mutating func string() throws(Malformed) -> String {
    let tag = try int()
    if tag > 0 {
      guard tag - 1 < strings.count else { throw Malformed() }
      return strings[tag - 1]
    }
    let count = try int()
    guard count >= 0, position + count <= bytes.count else { throw Malformed() }
    let s = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    position += count
    strings.append(s)
    return s
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
