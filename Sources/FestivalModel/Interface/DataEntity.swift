import Diagnostics

/// A row of the core data entities table.
public struct DataEntity: Hashable, Sendable, Codable {
  public var name: String
  public var purpose: String
  public var storage: String
  public var relationships: [EntityRelationship]
  public var relationshipsWritten: String
  public var accessPatterns: [String]
  public var owner: Ownership?
  public var extra: [String: String]
  public var location: SourceLocation
}
