import Foundation

/// The fingerprint of any `Encodable` value, worked out from its encoding without writing JSON: each
/// entry of a container is reduced to a fingerprint of its own; a keyed container sums its entries'
/// (key and value) fingerprints, so that a dictionary's order does not count, and an unkeyed one
/// hashes them in order; every primitive is tagged with its type and every string ends with a
/// separator, so different values give different inputs to the hash. JSON with sorted keys took most
/// of a build's contract fingerprints, and those were most of an incremental build's render stage.
enum EncodedFingerprint {
  static func of(_ value: some Encodable) -> String {
    (try? FingerprintNode.encoded(value))?.value ?? Fingerprint.of(UUID().uuidString)
  }
}

/// One container of an encoded value, with what was put in it.
final class FingerprintNode {
  /// The sum of the keyed entries' fingerprints, and how many there are.
  private var keyed = Fingerprint.zero
  private var keyedCount: UInt64 = 0
  /// Containers handed out by `nestedContainer` and the like, filled after they are handed out: their
  /// fingerprints are taken when this node's is.
  private var later: [(key: String, node: FingerprintNode)] = []
  private var unkeyed: [Entry] = []
  private var single: Fingerprint?

  enum Entry {
    case done(Fingerprint)
    case node(FingerprintNode)
  }

  var count: Int { unkeyed.count }

  func put(_ value: Fingerprint, forKey key: String) {
    keyed.accumulate(Self.entry(key, value))
    keyedCount += 1
  }

  func put(_ node: FingerprintNode, forKey key: String) { later.append((key, node)) }
  func append(_ entry: Entry) { unkeyed.append(entry) }
  func set(_ value: Fingerprint) { single = value }

  private static func entry(_ key: String, _ value: Fingerprint) -> Fingerprint {
    var hasher = Fingerprint()
    hasher.add(key)
    hasher.add(lanesOf: value)
    return hasher
  }

  /// What was put in this node, as one fingerprint.
  var fingerprint: Fingerprint {
    var sum = keyed
    for (key, node) in later { sum.accumulate(Self.entry(key, node.fingerprint)) }
    var hasher = Fingerprint()
    hasher.add(number: keyedCount + UInt64(later.count))
    hasher.add(lanesOf: sum)
    hasher.add(number: UInt64(unkeyed.count))
    for entry in unkeyed {
      switch entry {
      case .done(let value): hasher.add(lanesOf: value)
      case .node(let node): hasher.add(lanesOf: node.fingerprint)
      }
    }
    if let single {
      hasher.add("s")
      hasher.add(lanesOf: single)
    }
    return hasher
  }

  /// A primitive's fingerprint: its type's tag and its text.
  static func primitive(_ tag: StaticString, _ text: String) -> Fingerprint {
    var hasher = Fingerprint()
    hasher.add(UnsafeRawBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount))
    hasher.add(text)
    return hasher
  }

  /// A value's fingerprint. The commonest primitives are told apart by metatype (cheaper than a cast);
  /// the others reach a single-value container, whose methods for them end the descent.
  static func encoded<T: Encodable>(_ value: T) throws -> Fingerprint {
    if T.self == String.self { return primitive("S", unsafeBitCast(value, to: String.self)) }
    if T.self == Int.self { return primitive("I", String(unsafeBitCast(value, to: Int.self))) }
    if T.self == Bool.self { return primitive("B", unsafeBitCast(value, to: Bool.self) ? "1" : "0") }
    if T.self == Double.self {
      return primitive("D", String(unsafeBitCast(value, to: Double.self).bitPattern))
    }
    let node = FingerprintNode()
    try value.encode(to: FingerprintEncoder(node: node))
    return node.fingerprint
  }
}

/// Encodes into a `FingerprintNode`. Coding paths are left empty: nothing here reports errors by them.
struct FingerprintEncoder: Encoder {
  let node: FingerprintNode
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedFingerprintContainer<Key>(node: node))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedFingerprintContainer(node: node) }

  func singleValueContainer() -> any SingleValueEncodingContainer { SingleFingerprintContainer(node: node) }
}
