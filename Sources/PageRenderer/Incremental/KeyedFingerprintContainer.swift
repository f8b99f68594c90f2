/// A keyed container of `FingerprintEncoder`: every entry under its key's name. The common primitives
/// have their own methods, so a synthesized encoding reaches them without going through generics.
struct KeyedFingerprintContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: FingerprintNode
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws {
    node.put(FingerprintNode.primitive("N", ""), forKey: key.stringValue)
  }

  mutating func encode(_ value: String, forKey key: Key) throws {
    node.put(FingerprintNode.primitive("S", value), forKey: key.stringValue)
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    node.put(FingerprintNode.primitive("I", String(value)), forKey: key.stringValue)
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    node.put(FingerprintNode.primitive("B", value ? "1" : "0"), forKey: key.stringValue)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    node.put(try FingerprintNode.encoded(value), forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = FingerprintNode()
    node.put(child, forKey: key.stringValue)
    return KeyedEncodingContainer(KeyedFingerprintContainer<NestedKey>(node: child))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = FingerprintNode()
    node.put(child, forKey: key.stringValue)
    return UnkeyedFingerprintContainer(node: child)
  }

  mutating func superEncoder() -> any Encoder {
    let child = FingerprintNode()
    node.put(child, forKey: "super")
    return FingerprintEncoder(node: child)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = FingerprintNode()
    node.put(child, forKey: key.stringValue)
    return FingerprintEncoder(node: child)
  }
}
