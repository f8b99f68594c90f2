/// A laid-out ER diagram: each entity's table at its place, and the relationships as routed edges.
/// The routing is the flowchart engine's (`flow`), whose nodes are the tables and whose edges are the
/// relationships in order.
public struct ERDrawing: Sendable {
  public struct Table: Sendable {
    public var table: ERTable
    /// The box's top-left corner; the flowchart engine may have widened a box with many edges.
    public var origin: LayoutResult.Point
    public var width: Double
    public var height: Double
  }

  public var tables: [Table]
  public var relationships: [ERRelationship]
  public var flow: FlowchartDrawing

  public var width: Double { flow.width }
  public var height: Double { flow.height }
}
