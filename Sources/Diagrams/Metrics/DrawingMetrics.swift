/// How clean a drawing is, counted on its geometry: what `festdoc diagram --emit metrics` prints and
/// what the golden totals in `make test` hold still (docs/diagram-json.md defines each count).
public struct DrawingMetrics: Equatable, Sendable {
  /// Pairs of edges whose drawn paths cross away from their ends (as `crossings.py` counts them).
  public var crossings = 0
  /// Turns of more than 10° in edge routes.
  public var bends = 0
  /// Edges that turn back on themselves somewhere (a turn of more than 100°: a U-turn stub or a spike).
  public var foldBacks = 0
  /// Pairs of nodes, or of clusters that do not nest, whose boxes overlap; nodes overlapping a cluster
  /// they are not in.
  public var nodeOverlaps = 0
  /// Edge labels overlapping a node, a cluster title or another label.
  public var labelOverlaps = 0
  /// (edge, node) pairs where an edge runs through a node it does not end at.
  public var edgesThroughNodes = 0
  /// (edge, cluster) pairs where an edge runs through the cluster's title.
  public var edgesThroughTitles = 0
  /// Pairs of arrowheads whose tips lie closer than an arrowhead is wide.
  public var arrowheadOverlaps = 0
  /// Shapes, labels, frames or notes reaching outside the drawing's bounds.
  public var clipped = 0
  /// The drawing's width times its height.
  public var area = 0.0

  public init() {}

  public static func + (lhs: Self, rhs: Self) -> Self {
    var sum = lhs
    sum.crossings += rhs.crossings
    sum.bends += rhs.bends
    sum.foldBacks += rhs.foldBacks
    sum.nodeOverlaps += rhs.nodeOverlaps
    sum.labelOverlaps += rhs.labelOverlaps
    sum.edgesThroughNodes += rhs.edgesThroughNodes
    sum.edgesThroughTitles += rhs.edgesThroughTitles
    sum.arrowheadOverlaps += rhs.arrowheadOverlaps
    sum.clipped += rhs.clipped
    sum.area += rhs.area
    return sum
  }

  /// The counts by name, in the order docs/diagram-json.md lists them (area rounded to whole pixels).
  public var counts: [(String, Int)] {
    [
      ("crossings", crossings), ("bends", bends), ("foldBacks", foldBacks), ("nodeOverlaps", nodeOverlaps),
      ("labelOverlaps", labelOverlaps), ("edgesThroughNodes", edgesThroughNodes),
      ("edgesThroughTitles", edgesThroughTitles), ("arrowheadOverlaps", arrowheadOverlaps),
      ("clipped", clipped), ("area", Int(area.rounded())),
    ]
  }

  public var json: JSONValue { .object(counts.map { ($0.0, .number($0.1)) }) }
}
