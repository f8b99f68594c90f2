import Foundation

/// The fingerprint of any `Encodable` value, worked out from its encoding without writing JSON: each
/// container's entries are reduced to fingerprints of their own and combined (keys sorted, so that a
/// dictionary's order does not count), every primitive tagged with its type and strings with their
/// length, so two different values give different inputs to the hash. JSON with sorted keys took most
/// of a build's contract fingerprints, and those were a tenth of a build at 10,000 components.
enum EncodedFingerprint {
  static func of(_ value: some Encodable) -> String {
    let root = FingerprintNode()
    do {
      try value.encode(to: FingerprintEncoder(node: root))
    } catch {
      // Nothing the model holds throws; were it to, the value counts as changed on every build.
      return Fingerprint.of(UUID().uuidString)
    }
    var hasher = Fingerprint()
    root.digest(into: &hasher)
    return hasher.value
  }
}

/// One container of an encoded value, with what was put in it; reduced to a digest once encoding is done.
final class FingerprintNode {
  enum Entry {
    case primitive(Fingerprint)
    case node(FingerprintNode)
  }

  private var keyed: [(key: String, entry: Entry)] = []
  private var unkeyed: [Entry] = []
  private var single: Entry?

  func put(_ entry: Entry, forKey key: String) { keyed.append((key, entry)) }
  func append(_ entry: Entry) { unkeyed.append(entry) }
  func set(_ entry: Entry) { single = entry }
  var count: Int { unkeyed.count }

  func digest(into hasher: inout Fingerprint) {
    hasher.add("k\(keyed.count)")
    // Stable: a key written twice keeps its order.
    for (key, entry) in keyed.enumerated().sorted(by: {
      ($0.element.key, $0.offset) < ($1.element.key, $1.offset)
    })
    .map(\.element) {
      hasher.add(key)
      Self.add(entry, to: &hasher)
    }
    hasher.add("u\(unkeyed.count)")
    for entry in unkeyed { Self.add(entry, to: &hasher) }
    if let single {
      hasher.add("s")
      Self.add(single, to: &hasher)
    }
  }

  private static func add(_ entry: Entry, to hasher: inout Fingerprint) {
    switch entry {
    case .primitive(let value): hasher.add(lanesOf: value)
    case .node(let node):
      var inner = Fingerprint()
      node.digest(into: &inner)
      hasher.add(lanesOf: inner)
    }
  }

  /// A primitive's entry: its type's tag and its bytes.
  static func primitive(_ tag: String, _ text: String) -> Entry {
    var hasher = Fingerprint()
    hasher.add(tag)
    hasher.add(text)
    return .primitive(hasher)
  }

  static func encoded(_ value: some Encodable, codingPath: [any CodingKey]) throws -> Entry {
    switch value {
    case let text as String: return primitive("S", text)
    case let flag as Bool: return primitive("B", flag ? "1" : "0")
    case let number as Int: return primitive("I", String(number))
    case let number as Double: return primitive("D", String(number.bitPattern))
    case let number as Float: return primitive("F", String(number.bitPattern))
    // Every other integer type; each primitive must stop here, since its own `encode(to:)` hands the
    // value straight back to a single-value container.
    case let number as any BinaryInteger: return primitive("I", String(describing: number))
    default:
      let node = FingerprintNode()
      try value.encode(to: FingerprintEncoder(node: node, codingPath: codingPath))
      return .node(node)
    }
  }
}

/// Encodes into a `FingerprintNode`.
struct FingerprintEncoder: Encoder {
  let node: FingerprintNode
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedFingerprintContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedFingerprintContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleFingerprintContainer(node: node, codingPath: codingPath)
  }
}
