import Diagnostics

/// A row of the security requirements table.
public struct SecurityRequirement: Hashable, Sendable, Codable {
  public var aspect: String
  public var requirement: String
  public var implementation: String
  public var validation: String
  public var extra: [String: String]
  public var location: SourceLocation
}
