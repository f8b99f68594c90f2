/// Where a layered layout put everything, top to bottom, origin at the top left of the drawing.
public struct LayoutResult: Sendable {
  public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// Node centres, in input order.
  public var centers: [Point]
  /// For each input edge: the points it runs through from its source's centre to its target's
  /// (self-loops: around the node's right side).
  public var edgePoints: [[Point]]
  /// For each input edge with a label: the label's centre.
  public var labelCenters: [Point?]
  /// The rank of each node (after cycle breaking and network simplex).
  public var ranks: [Int]
  public var width: Double
  public var height: Double
  /// Edge crossings of the final order, counted between adjacent ranks.
  public var crossings: Int
}
