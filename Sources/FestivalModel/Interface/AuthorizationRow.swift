import Diagnostics

/// A resource row of the authorization matrix.
public struct AuthorizationRow: Hashable, Sendable, Codable {
  public var resource: String
  public var cells: [AuthorizationCell]
  public var location: SourceLocation
}
