/// A keyed container of `FingerprintEncoder`: every entry under its key's name.
struct KeyedFingerprintContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: FingerprintNode
  var codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws {
    node.put(FingerprintNode.primitive("N", ""), forKey: key.stringValue)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    node.put(try FingerprintNode.encoded(value, codingPath: codingPath + [key]), forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = FingerprintNode()
    node.put(.node(child), forKey: key.stringValue)
    return KeyedEncodingContainer(
      KeyedFingerprintContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = FingerprintNode()
    node.put(.node(child), forKey: key.stringValue)
    return UnkeyedFingerprintContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    let child = FingerprintNode()
    node.put(.node(child), forKey: "super")
    return FingerprintEncoder(node: child, codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = FingerprintNode()
    node.put(.node(child), forKey: key.stringValue)
    return FingerprintEncoder(node: child, codingPath: codingPath + [key])
  }
}
