import Diagnostics

/// A row of the internal service communication table: `A ↔ B` (both ways) or `A → B`.
public struct ProtocolPair: Hashable, Sendable, Codable {
  public var written: String
  public var from: NameReference
  public var to: NameReference
  public var bidirectional: Bool
  public var `protocol`: String
  public var justification: String
  public var fallback: String
  public var extra: [String: String]
  public var location: SourceLocation
}
