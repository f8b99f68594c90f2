/// A single-value container of `FingerprintEncoder`. Every primitive has its method here: a primitive's
/// own `encode(to:)` calls it, and it must not hand the value on again.
struct SingleFingerprintContainer: SingleValueEncodingContainer {
  let node: FingerprintNode
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { node.set(FingerprintNode.primitive("N", "")) }
  mutating func encode(_ value: Bool) throws { node.set(FingerprintNode.primitive("B", value ? "1" : "0")) }
  mutating func encode(_ value: String) throws { node.set(FingerprintNode.primitive("S", value)) }
  mutating func encode(_ value: Double) throws {
    node.set(FingerprintNode.primitive("D", String(value.bitPattern)))
  }
  mutating func encode(_ value: Float) throws {
    node.set(FingerprintNode.primitive("F", String(value.bitPattern)))
  }
  mutating func encode(_ value: Int) throws { integer(value) }
  mutating func encode(_ value: Int8) throws { integer(value) }
  mutating func encode(_ value: Int16) throws { integer(value) }
  mutating func encode(_ value: Int32) throws { integer(value) }
  mutating func encode(_ value: Int64) throws { integer(value) }
  mutating func encode(_ value: UInt) throws { integer(value) }
  mutating func encode(_ value: UInt8) throws { integer(value) }
  mutating func encode(_ value: UInt16) throws { integer(value) }
  mutating func encode(_ value: UInt32) throws { integer(value) }
  mutating func encode(_ value: UInt64) throws { integer(value) }

  mutating func encode<T: Encodable>(_ value: T) throws { node.set(try FingerprintNode.encoded(value)) }

  private func integer(_ value: some BinaryInteger) {
    node.set(FingerprintNode.primitive("I", String(value)))
  }
}
