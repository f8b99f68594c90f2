import Diagnostics

/// One cell of the authorization matrix, as written and as understood.
public struct AuthorizationCell: Hashable, Sendable, Codable {
  public var role: String
  public var written: String
  public var capabilities: [Capability]
  public var scope: AccessScope
  /// False when festdoc found no capability or scope word it knows; `written` is then all there is.
  public var understood: Bool
  /// True when no capability was named and `read` was assumed from a scope alone (`Own orders`).
  public var capabilitiesAssumed: Bool
  public var location: SourceLocation
}
