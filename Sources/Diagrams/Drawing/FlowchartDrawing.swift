/// A flowchart laid out: every node, edge and cluster with its place, ready to draw.
public struct FlowchartDrawing: Sendable {
  public struct Node: Sendable {
    public var id: String
    public var shape: NodeShape
    public var center: LayoutResult.Point
    public var width: Double
    public var height: Double
    public var lines: [String]
    public var vertex: FlowVertex
  }

  public struct Edge: Sendable {
    public var edge: FlowEdge
    /// From the source's outline to the target's, through the layout's bends.
    public var points: [LayoutResult.Point]
    public var labelLines: [String]
    public var labelCenter: LayoutResult.Point?
    public var labelWidth: Double
    public var labelHeight: Double
  }

  public struct Cluster: Sendable {
    public var id: String
    public var titleLines: [String]
    /// The widest title line, as measured for the layout.
    public var titleWidth: Double
    /// Where the title's lines are centred: the box's middle, unless an edge crosses the title's band
    /// there and the band has room beside it.
    public var titleCenterX: Double
    public var origin: LayoutResult.Point
    public var width: Double
    public var height: Double
    public var depth: Int
    public var subgraph: FlowSubgraph
  }

  public var width: Double
  public var height: Double
  public var nodes: [Node]
  public var edges: [Edge]
  public var clusters: [Cluster]
  public var lineHeight: Double
  public var fontSize: Double
}
