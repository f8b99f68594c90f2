/// Entities drawn together inside a titled box: festdoc's own addition to ER diagrams, which the
/// diagrams it generates use for the service that owns the entities. Mermaid's language has none.
public struct ERGroup: Hashable, Sendable {
  public var title: String
  /// Entity names.
  public var entities: [String]

  public init(title: String, entities: [String]) {
    self.title = title
    self.entities = entities
  }
}
