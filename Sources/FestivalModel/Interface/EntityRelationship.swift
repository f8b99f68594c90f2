/// `1:N with Orders` read as a cardinality and the entity it relates to.
public struct EntityRelationship: Hashable, Sendable, Codable {
  public var cardinality: String?
  public var target: String
  public var written: String
}
