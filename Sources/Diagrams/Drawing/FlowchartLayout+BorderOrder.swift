extension FlowchartLayout.Engine {
  /// A cluster is laid out before its parent, so the first layout orders the places where edges cross
  /// a cluster's border by the cluster's content alone, and edges whose other ends lie the other way
  /// round cross just outside. A second layout orders each border's anchors by where the other ends
  /// landed in the first (as ELK's hierarchical layout carries port orders across levels), puts the
  /// anchor of an edge whose other end lies behind the cluster on the side facing it, and is kept when
  /// its drawing has fewer defects.
  mutating func reorderingBorders(_ first: FlowchartDrawing) -> FlowchartDrawing {
    guard placed.values.contains(where: { !$0.passRoutes.isEmpty }) else { return first }
    var best = (drawing: first, defects: Self.defects(DrawingMetrics(first)))
    var latest = best
    // Each layout moves the other ends a little; the orders are taken again from the latest, a few times.
    for _ in 0..<Self.borderPasses where best.defects > 0 {
      previousBoxes = boxes.mapValues { ($0.0, $0.1, $0.2) }
      layoutRoot()
      let drawing = assemble()
      let defects = Self.defects(DrawingMetrics(drawing))
      if defects < best.defects { best = (drawing, defects) }
      if defects >= latest.defects { break }
      latest = (drawing, defects)
    }
    return best.drawing
  }

  /// Layouts after the first that order border anchors by the one before.
  static let borderPasses = 3

  /// What a reader sees as wrong in a drawing, counted alike.
  static func defects(_ metrics: DrawingMetrics) -> Int {
    metrics.crossings + metrics.foldBacks + metrics.nodeOverlaps + metrics.labelOverlaps
      + metrics.edgesThroughNodes + metrics.edgesThroughTitles + metrics.arrowheadOverlaps
  }

  /// The order key of the anchor where edge `edgeIndex` crosses the border of `container`: where its
  /// other end lies across the container's flow, then where the previous layout put the anchor. Nil in
  /// the first layout.
  func borderKey(_ edgeIndex: Int, leaving: Bool, in container: String?) -> Double? {
    guard let container, !previousBoxes.isEmpty else { return nil }
    let edge = chart.edges[edgeIndex]
    guard let other = previousBoxes[leaving ? edge.end : edge.start]?.center else { return nil }
    let direction = directions[container] ?? .topToBottom
    let horizontal = direction == .leftToRight || direction == .rightToLeft
    let across = horizontal ? other.y : other.x
    // Ties (edges to one node) keep the previous layout's order; a pixel of `across` outweighs it.
    var earlier = 0.0
    if let route = placed[container]?.passRoutes[edgeIndex], let anchor = leaving ? route.last : route.first {
      earlier =
        (horizontal ? anchor.y : anchor.x)
        / (1 + (placed[container]?.width ?? 0) + (placed[container]?.height ?? 0))
    }
    return across.rounded() + earlier
  }
}

extension FlowchartLayout.Engine {
  /// The side of `container` where edge `edgeIndex` crosses its border: the parent flow's end side when
  /// leaving and its start side when entering, unless the previous layout put the other end behind the
  /// cluster (a back edge), where it crosses on the side facing that end instead of doubling back.
  func borderSide(
    _ edgeIndex: Int, of container: String?, leaving: Bool, parentDirection: FlowDirection
  ) -> FlowDirection.Side {
    let usual = leaving ? parentDirection.endSide : parentDirection.startSide
    let facing = leaving ? parentDirection.startSide : parentDirection.endSide
    let edge = chart.edges[edgeIndex]
    guard let container, let box = previousBoxes[container],
      let other = previousBoxes[leaving ? edge.end : edge.start]?.center
    else { return usual }
    let beyond: Bool =
      switch facing {
      case .top: other.y < box.center.y - box.height / 2
      case .bottom: other.y > box.center.y + box.height / 2
      case .left: other.x < box.center.x - box.width / 2
      case .right: other.x > box.center.x + box.width / 2
      }
    return beyond ? facing : usual
  }
}
