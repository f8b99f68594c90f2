import Diagnostics

/// A row of the system components table.
public struct Component: Hashable, Sendable, Codable {
  public var name: String
  public var responsibility: String
  public var technology: [String]
  public var dependencies: [NameReference]
  public var owner: String?
  /// Columns beyond the template's, by header.
  public var extra: [String: String]
  public var location: SourceLocation
  /// Named by an event or schema table but defined by no source: it has a page, marked so.
  public var namedOnly = false
}
