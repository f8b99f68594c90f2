/// A class diagram as mermaid's class database holds it after parsing: classes in the order first
/// named, relations in document order, notes, namespaces (dotted ids, ancestors created on the way),
/// the interfaces lollipop relations introduce, and `classDef`s.
public struct ClassDiagram: Hashable, Sendable {
  public var direction: FlowDirection = .topToBottom
  public var classes: [ClassNode] = []
  public var relations: [ClassRelation] = []
  public var notes: [ClassNote] = []
  public var namespaces: [ClassNamespace] = []
  public var interfaces: [ClassInterface] = []
  public var styleClasses: [StyleClassDef] = []
  public var title: String?
  public var accTitle: String?
  public var accDescr: String?

  public init() {}
}
