import Diagnostics

/// Resources by roles, each cell parsed into capabilities and a scope.
public struct AuthorizationMatrix: Hashable, Sendable, Codable {
  public var roles: [String]
  public var rows: [AuthorizationRow]
  public var location: SourceLocation
}
