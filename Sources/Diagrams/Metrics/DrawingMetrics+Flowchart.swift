extension DrawingMetrics {
  typealias Box = MetricGeometry.Box
  typealias Point = LayoutResult.Point

  /// An intersection this close to an edge's own end is where edges meet at a node, not a crossing.
  static let endRadius = 6.0
  /// Arrowhead tips closer than this draw one head over another (heads are 10 px wide).
  static let arrowheadWidth = 9.0

  public init(_ drawing: FlowchartDrawing) {
    self.init()
    area = drawing.width * drawing.height
    let visible = drawing.edges.filter { $0.edge.stroke != .invisible }
    let paths = visible.map { CurvePath.flattened($0.points) }
    countCrossings(paths)
    countRoutes(visible)
    countBoxes(drawing)
    countEdgesThroughBoxes(drawing, visible: visible, paths: paths)
    countArrowheads(visible)
    let frame = Box(minX: 0, minY: 0, maxX: drawing.width, maxY: drawing.height)
    clipped =
      Self.boxes(drawing).filter { !frame.contains($0) }.count
      + paths.filter { !frame.contains(MetricGeometry.bounds($0)) }.count
  }

  private mutating func countCrossings(_ paths: [[Point]]) {
    let bounds = paths.map(MetricGeometry.bounds)
    for first in paths.indices {
      for second in paths.indices where second > first && bounds[first].overlaps(bounds[second], slack: -1) {
        if MetricGeometry.cross(paths[first], paths[second], radius: Self.endRadius) { crossings += 1 }
      }
    }
  }

  private mutating func countRoutes(_ edges: [FlowchartDrawing.Edge]) {
    for edge in edges {
      let route = MetricGeometry.distinct(edge.points)
      guard route.count > 2 else { continue }
      let turns = (1..<(route.count - 1)).map { MetricGeometry.turn(route[$0 - 1], route[$0], route[$0 + 1]) }
      bends += turns.filter { $0 > 10 }.count
      if turns.contains(where: { $0 > 100 }) { foldBacks += 1 }
    }
  }

  /// The clusters that hold `id`, directly or through nested clusters.
  static func holders(_ drawing: FlowchartDrawing) -> [String: Set<String>] {
    var direct: [String: Set<String>] = [:]
    for cluster in drawing.clusters {
      for member in cluster.subgraph.nodes where member != cluster.id {
        direct[member, default: []].insert(cluster.id)
      }
    }
    var result: [String: Set<String>] = [:]
    func all(_ id: String, _ seen: Set<String>) -> Set<String> {
      if let known = result[id] { return known }
      var found: Set<String> = []
      for holder in direct[id] ?? [] where !seen.contains(holder) {
        found.insert(holder)
        found.formUnion(all(holder, seen.union([id])))
      }
      result[id] = found
      return found
    }
    for id in Set(drawing.nodes.map(\.id) + drawing.clusters.map(\.id)) { _ = all(id, []) }
    return result
  }

  static func titleBox(_ cluster: FlowchartDrawing.Cluster, lineHeight: Double) -> Box? {
    guard !cluster.titleLines.isEmpty else { return nil }
    let top = cluster.origin.y + 10
    let height = Double(cluster.titleLines.count) * lineHeight
    return Box(
      center: Point(x: cluster.titleCenterX, y: top + height / 2), width: cluster.titleWidth,
      height: height)
  }

  static func labelBox(_ edge: FlowchartDrawing.Edge) -> Box? {
    guard let center = edge.labelCenter, !edge.labelLines.isEmpty else { return nil }
    return Box(center: center, width: edge.labelWidth, height: edge.labelHeight)
  }

  static func clusterBox(_ cluster: FlowchartDrawing.Cluster) -> Box {
    Box(
      minX: cluster.origin.x, minY: cluster.origin.y, maxX: cluster.origin.x + cluster.width,
      maxY: cluster.origin.y + cluster.height)
  }

  static func boxes(_ drawing: FlowchartDrawing) -> [Box] {
    drawing.nodes.map { Box(center: $0.center, width: $0.width, height: $0.height) }
      + drawing.clusters.map(clusterBox) + drawing.edges.compactMap(labelBox)
  }

  private mutating func countBoxes(_ drawing: FlowchartDrawing) {
    let holders = Self.holders(drawing)
    let nodes = drawing.nodes.map { ($0.id, Box(center: $0.center, width: $0.width, height: $0.height)) }
    let clusters = drawing.clusters.map { ($0.id, Self.clusterBox($0)) }
    let items = nodes + clusters
    for first in items.indices {
      for second in items.indices where second > first {
        let (a, boxA) = items[first]
        let (b, boxB) = items[second]
        guard boxA.overlaps(boxB) else { continue }
        let nested = (holders[a]?.contains(b) ?? false) || (holders[b]?.contains(a) ?? false)
        if !nested { nodeOverlaps += 1 }
      }
    }
    let labels = drawing.edges.compactMap(Self.labelBox)
    let titles = drawing.clusters.compactMap { Self.titleBox($0, lineHeight: drawing.lineHeight) }
    for (position, label) in labels.enumerated() {
      labelOverlaps += nodes.filter { $0.1.overlaps(label) }.count
      labelOverlaps += titles.filter { $0.overlaps(label) }.count
      labelOverlaps += labels[(position + 1)...].filter { $0.overlaps(label) }.count
    }
  }

  private mutating func countEdgesThroughBoxes(
    _ drawing: FlowchartDrawing, visible: [FlowchartDrawing.Edge], paths: [[Point]]
  ) {
    let nodes = drawing.nodes.map {
      ($0.id, Box(center: $0.center, width: $0.width, height: $0.height).inset(2))
    }
    let titles = drawing.clusters.compactMap { cluster in
      Self.titleBox(cluster, lineHeight: drawing.lineHeight).map { (cluster.id, $0) }
    }
    for (edge, path) in zip(visible, paths) {
      let ends: Set<String> = [edge.edge.start, edge.edge.end]
      let bounds = MetricGeometry.bounds(path)
      for (id, box) in nodes where !ends.contains(id) && bounds.overlaps(box, slack: -1) {
        if box.isCut(by: path) { edgesThroughNodes += 1 }
      }
      for (_, box) in titles where bounds.overlaps(box, slack: -1) {
        if box.isCut(by: path) { edgesThroughTitles += 1 }
      }
    }
  }

  private mutating func countArrowheads(_ edges: [FlowchartDrawing.Edge]) {
    var tips: [(edge: Int, tip: Point)] = []
    for (index, drawn) in edges.enumerated() where drawn.edge.head != .open {
      if let last = drawn.points.last { tips.append((index, last)) }
      if drawn.edge.head.isDouble, let first = drawn.points.first { tips.append((index, first)) }
    }
    for first in tips.indices {
      for second in tips.indices where second > first && tips[first].edge != tips[second].edge {
        if MetricGeometry.distance(tips[first].tip, tips[second].tip) < Self.arrowheadWidth {
          arrowheadOverlaps += 1
        }
      }
    }
  }
}
