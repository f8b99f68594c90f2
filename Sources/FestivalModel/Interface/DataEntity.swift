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
  /// What kind of data it is: a row of the entities table, a protobuf message or enum, a schema.
  public var form: DataForm = .entity
  /// Its typed fields, when a source gives them (a message, a schema's field table).
  public var fields: [DataField] = []
  /// An enum's values, in order.
  public var values: [EnumValue] = []
  /// Who uses it, as a schema table writes them; a name that is a component links to it.
  public var usedBy: [NameReference] = []
  /// The section of the document that lists it (`Aegis Fabric`), when a table groups schemas.
  public var group: String?
  /// The protobuf package it is declared in.
  public var package: String?
}
