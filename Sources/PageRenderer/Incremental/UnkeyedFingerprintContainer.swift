/// An unkeyed container of `FingerprintEncoder`: entries in order.
struct UnkeyedFingerprintContainer: UnkeyedEncodingContainer {
  let node: FingerprintNode
  var codingPath: [any CodingKey] { [] }
  var count: Int { node.count }

  mutating func encodeNil() throws { node.append(.done(FingerprintNode.primitive("N", ""))) }

  mutating func encode(_ value: String) throws { node.append(.done(FingerprintNode.primitive("S", value))) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    node.append(.done(try FingerprintNode.encoded(value)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = FingerprintNode()
    node.append(.node(child))
    return KeyedEncodingContainer(KeyedFingerprintContainer<NestedKey>(node: child))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = FingerprintNode()
    node.append(.node(child))
    return UnkeyedFingerprintContainer(node: child)
  }

  mutating func superEncoder() -> any Encoder {
    let child = FingerprintNode()
    node.append(.node(child))
    return FingerprintEncoder(node: child)
  }
}
