/// An optional that JSON output writes as `null` when absent, so every object of a kind has the same
/// keys (a synthesized `Encodable` leaves an absent optional's key out). Tools reading festdoc's JSON
/// (findings, the diff) can then rely on every key being there.
@propertyWrapper
public struct NullIfAbsent<Value: Encodable>: Encodable {
  public var wrappedValue: Value?

  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}
