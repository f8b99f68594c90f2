extension FlowchartLayout.Engine {
  /// Room kept between a title and an edge beside it.
  static let titleClearance = 4.0
  /// Titles are drawn semibold, which runs this much wider than the regular text the measurer knows.
  static let semiboldWidening = 1.08

  /// The widest line of a cluster's title, as drawn.
  func titleWidth(_ lines: [String]) -> Double {
    (lines.map(options.measurer.width).max() ?? 0) * Self.semiboldWidening
  }

  /// The cluster with its title moved aside along its band when an edge runs through it at the middle:
  /// to the nearest place between (or beside) the edges crossing the band, as long as the title stays
  /// inside the box; in the middle when there is no such place. Edges are taken as drawn (curves).
  static func clearingTitle(
    _ cluster: FlowchartDrawing.Cluster, of edges: [FlowchartDrawing.Edge], lineHeight: Double
  ) -> FlowchartDrawing.Cluster {
    guard let band = DrawingMetrics.titleBox(cluster, lineHeight: lineHeight) else { return cluster }
    let blocked = edges.filter { $0.edge.stroke != .invisible }.flatMap {
      spans(of: CurvePath.flattened($0.points), from: band.minY, to: band.maxY)
    }
    let half = cluster.titleWidth / 2 + titleClearance
    func isClear(_ center: Double) -> Bool {
      blocked.allSatisfy { $0.upper < center - half || $0.lower > center + half }
    }
    let middle = cluster.titleCenterX
    guard !isClear(middle) else { return cluster }
    let lowest = cluster.origin.x + half
    let highest = cluster.origin.x + cluster.width - half
    let candidates = blocked.flatMap { [$0.lower - half - 0.5, $0.upper + half + 0.5] }
      .filter { $0 >= lowest && $0 <= highest && isClear($0) }
    guard let best = candidates.min(by: { (abs($0 - middle), $0) < (abs($1 - middle), $1) }) else {
      return cluster
    }
    var moved = cluster
    moved.titleCenterX = best
    return moved
  }

  /// The x ranges where a polyline runs between heights `top` and `bottom`.
  static func spans(of path: [LayoutResult.Point], from top: Double, to bottom: Double) -> [(
    lower: Double, upper: Double
  )] {
    var result: [(lower: Double, upper: Double)] = []
    for (a, b) in zip(path, path.dropFirst()) {
      let low = max(top, min(a.y, b.y))
      let high = min(bottom, max(a.y, b.y))
      guard low <= high else { continue }
      func x(at y: Double) -> Double { a.y == b.y ? a.x : a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y) }
      let ends = a.y == b.y ? [a.x, b.x] : [x(at: low), x(at: high)]
      result.append((ends.min()!, ends.max()!))
    }
    return result
  }
}

extension FlowchartLayout.Engine {
  /// The content width a cluster's block needs so that its title fits beside the edges entering or
  /// leaving through its top (at the anchors its layout put on its first row): as wide as the content
  /// and the title, and wider, on both sides alike, when no gap between or beside those edges holds the
  /// title.
  func titleRoom(_ place: FlowchartLayout.Placed, titleWidth: Double) -> Double {
    let base = max(place.width, titleWidth)
    guard titleWidth > 0 else { return base }
    let anchors = place.passRoutes.values.flatMap { [$0.first, $0.last] }.compactMap { $0 }
      .filter { $0.y < 0.5 }.map(\.x).sorted()
    guard let first = anchors.first, let last = anchors.last else { return base }
    let needed = titleWidth + 2 * Self.titleClearance + 1
    if zip(anchors, anchors.dropFirst()).contains(where: { $1 - $0 >= needed }) { return base }
    let padding = options.clusterPadding
    // Room left of the first anchor and right of the last, as the content is centred in the block.
    func room(_ width: Double) -> (left: Double, right: Double) {
      let inset = padding + (width - place.width) / 2
      return (inset + first, inset + place.width - last)
    }
    let (left, right) = room(base)
    if max(left, right) >= needed { return base }
    return base + 2 * (needed - max(left, right))
  }
}
