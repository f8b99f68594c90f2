/// An entity-relationship diagram (`erDiagram`) as mermaid 11 parses it.
public struct ERDiagram: Hashable, Sendable {
  public var direction: FlowDirection = .topToBottom
  /// In the order they were first named.
  public var entities: [EREntity] = []
  public var relationships: [ERRelationship] = []
  /// `classDef`s in the order they were first defined.
  public var classes: [StyleClassDef] = []
  public var title: String?
  public var accTitle: String?
  public var accDescr: String?
  /// Titled boxes of entities (festdoc's generated diagrams: one per owning service); an entity in
  /// several is drawn in the first.
  public var groups: [ERGroup] = []

  public init() {}

  public func entity(named name: String) -> EREntity? { entities.first { $0.name == name } }
}
