/// A single-value container of `FingerprintEncoder`.
struct SingleFingerprintContainer: SingleValueEncodingContainer {
  let node: FingerprintNode
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.set(FingerprintNode.primitive("N", "")) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    node.set(try FingerprintNode.encoded(value, codingPath: codingPath))
  }
}
