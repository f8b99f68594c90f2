/// A parsed flowchart: what mermaid's flowchart database holds after parsing.
public struct Flowchart: Hashable, Sendable {
  /// nil when the header gave none (mermaid then draws top to bottom).
  public var direction: FlowDirection?
  public var vertices: [FlowVertex] = []
  public var edges: [FlowEdge] = []
  public var subgraphs: [FlowSubgraph] = []
  public var classDefs: [FlowClassDef] = []
  public var title: String?
  public var accTitle: String?
  public var accDescr: String?
  /// `linkStyle default ...` styles, applied to edges without their own.
  public var defaultEdgeStyles: [String] = []
  public var defaultInterpolate: String?

  public init() {}

  public func vertex(_ id: String) -> FlowVertex? { vertices.first { $0.id == id } }
}
