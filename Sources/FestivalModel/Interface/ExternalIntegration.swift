import Diagnostics

/// A row of the external integration protocols table.
public struct ExternalIntegration: Hashable, Sendable, Codable {
  public var integration: NameReference
  public var `protocol`: String
  public var authentication: String
  public var rateLimits: String
  public var rateLimitFigures: [Quantity]
  public var errorHandling: String
  public var extra: [String: String]
  public var location: SourceLocation
}
