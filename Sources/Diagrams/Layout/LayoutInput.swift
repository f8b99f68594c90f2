/// A graph to lay out in layers, top to bottom: sized nodes and edges in source order.
public struct LayoutInput: Sendable {
  public struct Node: Sendable {
    public var width: Double
    public var height: Double
    /// Extra room on the right for a self-loop drawn there.
    public var loopRoom: Double = 0
    /// A node kept above (or below) every other rank: where an edge from outside enters a cluster.
    public var pin: Pin?
    /// Where the node stands among the others of its rank. A rank whose every node has a key keeps the
    /// order of its keys through crossing reduction: a cluster's border anchors, ordered by where their
    /// edges go outside the cluster, so that the two layouts meet without crossing at the border.
    public var orderKey: Double?

    public enum Pin: Sendable {
      case top
      case bottom
    }

    public init(width: Double, height: Double) {
      self.width = width
      self.height = height
    }
  }

  public struct Edge: Sendable {
    public var from: Int
    public var to: Int
    /// The fewest ranks the edge must span (mermaid's edge length: 1 for `-->`, 2 for `--->`).
    public var minLength: Int
    public var weight: Double
    /// The label's size, when the edge has one: the label takes its own place in the layout.
    public var labelWidth: Double
    public var labelHeight: Double
    /// Where the edge must leave its source (`tailPort`) or enter its target (`headPort`): an offset
    /// from the node's centre across the flow (negative to the left, top to bottom). A cluster drawn as
    /// one block gives the places where its edges cross its border.
    public var tailPort: Double?
    public var headPort: Double?

    public init(
      from: Int, to: Int, minLength: Int = 1, weight: Double = 1, labelWidth: Double = 0,
      labelHeight: Double = 0
    ) {
      self.from = from
      self.to = to
      self.minLength = max(1, minLength)
      self.weight = weight
      self.labelWidth = labelWidth
      self.labelHeight = labelHeight
    }
  }

  public var nodes: [Node]
  public var edges: [Edge]
  /// Space between nodes in a rank, and between edges.
  public var nodeSeparation: Double = 40
  public var edgeSeparation: Double = 14
  /// Space between ranks.
  public var rankSeparation: Double = 48
  /// The most room between the ports of one node's side, where the side is wide enough (an arrowhead
  /// is 10 px wide; an ER diagram's crow's foot 16).
  public var portStep: Double = 14

  public init(nodes: [Node], edges: [Edge]) {
    self.nodes = nodes
    self.edges = edges
  }
}
