/// The `Encoder` behind ``PrettyJSON``: builds a tree of ``JSONSlot``s, scalars already as JSON
/// text. No dynamic casts: every value is written as its own `Encodable` conformance says.
struct JSONTreeEncoder: Encoder {
  let slot: JSONSlot
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = slot.kind {} else { slot.kind = .object }
    return KeyedEncodingContainer(JSONKeyedContainer<Key>(slot: slot, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = slot.kind {} else { slot.kind = .array }
    return JSONUnkeyedContainer(slot: slot, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    JSONSingleValueContainer(slot: slot, codingPath: codingPath)
  }
}

/// The text of an integer, a bool or a string in JSON.
enum JSONScalar {
  static func text<I: BinaryInteger>(_ value: I) -> String { String(value) }
  static func text(_ value: Bool) -> String { value ? "true" : "false" }
  static func text(_ value: String) -> String { PrettyJSON.quoted(value) }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let slot: JSONSlot
  var codingPath: [any CodingKey]

  private func set(_ key: Key, _ text: String) { slot.member(key.stringValue).kind = .scalar(text) }

  mutating func encodeNil(forKey key: Key) throws { set(key, "null") }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    set(key, try PrettyJSON.number(value, codingPath: codingPath + [key]))
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    set(key, try PrettyJSON.number(value, codingPath: codingPath + [key]))
  }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { set(key, JSONScalar.text(value)) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { set(key, JSONScalar.text(value)) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try value.encode(to: JSONTreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = slot.member(key.stringValue)
    child.kind = .object
    return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(slot: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = slot.member(key.stringValue)
    child.kind = .array
    return JSONUnkeyedContainer(slot: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    JSONTreeEncoder(slot: slot.member("super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    JSONTreeEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
  }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
  let slot: JSONSlot
  var codingPath: [any CodingKey]
  var count: Int { slot.elements.count }

  private func add(_ text: String) { slot.appendElement().kind = .scalar(text) }

  mutating func encodeNil() throws { add("null") }
  mutating func encode(_ value: Bool) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: String) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: Double) throws { add(try PrettyJSON.number(value, codingPath: codingPath)) }
  mutating func encode(_ value: Float) throws { add(try PrettyJSON.number(value, codingPath: codingPath)) }
  mutating func encode(_ value: Int) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: Int8) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: Int16) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: Int32) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: Int64) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt8) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt16) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt32) throws { add(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt64) throws { add(JSONScalar.text(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: JSONTreeEncoder(slot: slot.appendElement(), codingPath: codingPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = slot.appendElement()
    child.kind = .object
    return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(slot: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = slot.appendElement()
    child.kind = .array
    return JSONUnkeyedContainer(slot: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder {
    JSONTreeEncoder(slot: slot.appendElement(), codingPath: codingPath)
  }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
  let slot: JSONSlot
  var codingPath: [any CodingKey]

  private func set(_ text: String) { slot.kind = .scalar(text) }

  mutating func encodeNil() throws { set("null") }
  mutating func encode(_ value: Bool) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: String) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: Double) throws { set(try PrettyJSON.number(value, codingPath: codingPath)) }
  mutating func encode(_ value: Float) throws { set(try PrettyJSON.number(value, codingPath: codingPath)) }
  mutating func encode(_ value: Int) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: Int8) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: Int16) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: Int32) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: Int64) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt8) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt16) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt32) throws { set(JSONScalar.text(value)) }
  mutating func encode(_ value: UInt64) throws { set(JSONScalar.text(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: JSONTreeEncoder(slot: slot, codingPath: codingPath))
  }
}
