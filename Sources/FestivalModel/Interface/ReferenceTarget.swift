/// What a name in a table resolved to.
public struct ReferenceTarget: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case component
    case externalSystem
    case endpoint
    case operation
  }

  public var kind: ReferenceTarget.Kind
  /// The defined name it resolved to, as written at its definition.
  public var name: String
}
