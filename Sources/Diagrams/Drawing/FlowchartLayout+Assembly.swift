extension FlowchartLayout.Engine {
  typealias Point = LayoutResult.Point

  /// Places every container's layout at its absolute position and routes edges to their real ends.
  mutating func assemble() -> FlowchartDrawing {
    var centers: [String: Point] = [:]
    var contentOrigin: [String: Point] = [:]
    var clusters: [FlowchartDrawing.Cluster] = []
    let padding = options.clusterPadding

    func place(_ container: String?, origin: Point, depth: Int) {
      contentOrigin[container ?? ""] = origin
      guard let layout = placed[container ?? ""] else { return }
      for (item, relative) in layout.centers.sorted(by: { $0.key < $1.key }) {
        let center = Point(x: origin.x + relative.x, y: origin.y + relative.y)
        centers[item] = center
        guard let subgraph = subgraphs[item], let (width, height) = blockSizes[item], let inner = placed[item]
        else {
          continue
        }
        let box = Point(x: center.x - width / 2, y: center.y - height / 2)
        let title = titleLines[item] ?? []
        clusters.append(
          FlowchartDrawing.Cluster(
            id: item, titleLines: title, titleWidth: titleWidth(title),
            titleCenterX: center.x, origin: box,
            width: width, height: height, depth: depth,
            subgraph: subgraph))
        let titleSpace = self.titleSpace(item)
        let offset = (width - 2 * padding - inner.width) / 2
        place(
          item, origin: Point(x: box.x + padding + offset, y: box.y + padding + titleSpace), depth: depth + 1)
      }
    }
    let margin = options.margin
    place(nil, origin: Point(x: margin, y: margin), depth: 0)
    let root = placed[""] ?? FlowchartLayout.Placed()

    var nodes: [FlowchartDrawing.Node] = []
    for vertex in chart.vertices where !isSubgraph(vertex.id) {
      guard let center = centers[vertex.id], let (width, height) = sizes[vertex.id] else { continue }
      let shape = NodeShape(mermaid: vertex.shape)
      nodes.append(
        FlowchartDrawing.Node(
          id: vertex.id, shape: shape, center: center, width: width, height: height,
          lines: lines[vertex.id] ?? [],
          vertex: vertex))
      boxes[vertex.id] = (center, width, height, shape.outline(width: width, height: height))
    }
    for cluster in clusters {
      let center = Point(x: cluster.origin.x + cluster.width / 2, y: cluster.origin.y + cluster.height / 2)
      boxes[cluster.id] = (center, cluster.width, cluster.height, .rectangle)
    }
    func clip(_ id: String, toward target: Point) -> Point? {
      guard let (center, width, height, outline) = boxes[id] else { return nil }
      return Self.portPoint(
        outline: outline, center: center, width: width, height: height, port: target)
    }

    let edges = drawnEdges(origins: contentOrigin, clip: clip)
    clusters = clusters.map { Self.clearingTitle($0, of: edges, lineHeight: lineHeight) }
    return FlowchartDrawing(
      width: root.width + 2 * margin, height: root.height + 2 * margin, nodes: nodes, edges: edges,
      clusters: clusters.sorted { ($0.depth, $0.id) < ($1.depth, $1.id) }, lineHeight: lineHeight,
      fontSize: options.measurer.fontSize)
  }

  /// Every edge in absolute coordinates, routed through the clusters it leaves and enters.
  private func drawnEdges(origins: [String: Point], clip: (String, Point) -> Point?) -> [FlowchartDrawing
    .Edge]
  {
    var edges: [FlowchartDrawing.Edge] = []
    for (index, edge) in chart.edges.enumerated() {
      if joinsClusterToMember(edge) {
        if let drawn = clusterMemberEdge(index, origins: origins, clip: clip) { edges.append(drawn) }
        continue
      }
      let container = owner(of: edge)
      guard let relative = placed[container ?? ""]?.edgePoints[index], relative.count >= 2,
        let origin = origins[container ?? ""]
      else { continue }
      let points = relative.map { Point(x: $0.x + origin.x, y: $0.y + origin.y) }
      var route = points
      if edge.start != edge.end {
        let start = startPath(
          index, endpoint: edge.start, item: item(for: edge.start, in: container), next: points[1],
          origins: origins, clip: clip)
        let end = endPath(
          index, endpoint: edge.end, item: item(for: edge.end, in: container),
          previous: points[points.count - 2],
          origins: origins, clip: clip)
        route = start + points[1..<(points.count - 1)] + end
      }
      let labelCenter = placed[container ?? ""]?.labelCenters[index].map {
        Point(x: $0.x + origin.x, y: $0.y + origin.y)
      }
      let (labelWidth, labelHeight) = labelSizes[index] ?? (0, 0)
      edges.append(
        FlowchartDrawing.Edge(
          edge: edge, points: route, labelLines: labelLines[index] ?? [], labelCenter: labelCenter,
          labelWidth: labelWidth,
          labelHeight: labelHeight))
    }
    return edges
  }

  /// An edge between a cluster and a member: from the cluster's border where its own layout put the
  /// edge's anchor, straight in to the member (or out from it), its label halfway.
  private func clusterMemberEdge(
    _ index: Int, origins: [String: Point], clip: (String, Point) -> Point?
  ) -> FlowchartDrawing.Edge? {
    let edge = chart.edges[index]
    let outward = isSubgraph(edge.start) && isAncestor(edge.start, of: edge.end)
    let cluster = outward ? edge.start : edge.end
    let member = outward ? edge.end : edge.start
    guard let pass = placed[cluster]?.passRoutes[index], let origin = origins[cluster],
      let anchor = outward ? pass.first : pass.last
    else { return nil }
    // A point beyond the anchor's side of the border, for the route to aim at.
    let parentDirection = directions[parentOf[cluster] ?? ""] ?? .topToBottom
    let side = borderSide(index, of: cluster, leaving: !outward, parentDirection: parentDirection)
    let (dx, dy): (Double, Double) =
      switch side {
      case .top: (0, -1e4)
      case .bottom: (0, 1e4)
      case .left: (-1e4, 0)
      case .right: (1e4, 0)
      }
    let beyond = Point(x: anchor.x + origin.x + dx, y: anchor.y + origin.y + dy)
    let route =
      outward
      ? endPath(index, endpoint: member, item: cluster, previous: beyond, origins: origins, clip: clip)
      : startPath(index, endpoint: member, item: cluster, next: beyond, origins: origins, clip: clip)
    guard route.count >= 2 else { return nil }
    let (labelWidth, labelHeight) = labelSizes[index] ?? (0, 0)
    let middle = route[route.count / 2]
    let before = route[route.count / 2 - 1]
    return FlowchartDrawing.Edge(
      edge: edge, points: route, labelLines: labelLines[index] ?? [],
      labelCenter: labelLines[index] == nil
        ? nil : Point(x: (middle.x + before.x) / 2, y: (middle.y + before.y) / 2),
      labelWidth: labelWidth, labelHeight: labelHeight)
  }

  /// The route's beginning: from the start node's outline through each cluster it leaves (along the
  /// route the cluster's own layout gave the edge to its exit anchor) out to the border, toward `next`.
  private func startPath(
    _ index: Int, endpoint: String, item: String?, next: Point, origins: [String: Point],
    clip: (String, Point) -> Point?
  ) -> [Point] {
    guard let item else { return [] }
    if item == endpoint { return clip(endpoint, next).map { [$0] } ?? [] }
    guard let box = blockBox(item, origins: origins) else { return clip(item, next).map { [$0] } ?? [] }
    guard let pass = placed[item]?.passRoutes[index], pass.count >= 2, let origin = origins[item] else {
      return alignedCrossing(
        index, endpoint: endpoint, block: item, box: box, leaving: true, origins: origins, clip: clip)
    }
    let absolute = pass.map { Point(x: $0.x + origin.x, y: $0.y + origin.y) }
    let exit = Self.exit(from: absolute[absolute.count - 1], toward: next, box: box)
    let inner = startPath(
      index, endpoint: endpoint, item: self.item(for: endpoint, in: item), next: absolute[1],
      origins: origins, clip: clip)
    return inner + absolute[1...] + [exit]
  }

  /// The route's end, the mirror of `startPath`.
  private func endPath(
    _ index: Int, endpoint: String, item: String?, previous: Point, origins: [String: Point],
    clip: (String, Point) -> Point?
  ) -> [Point] {
    guard let item else { return [] }
    if item == endpoint { return clip(endpoint, previous).map { [$0] } ?? [] }
    guard let box = blockBox(item, origins: origins) else { return clip(item, previous).map { [$0] } ?? [] }
    guard let pass = placed[item]?.passRoutes[index], pass.count >= 2, let origin = origins[item] else {
      return alignedCrossing(
        index, endpoint: endpoint, block: item, box: box, leaving: false, origins: origins, clip: clip
      )
      .reversed()
    }
    let absolute = pass.map { Point(x: $0.x + origin.x, y: $0.y + origin.y) }
    let entry = Self.exit(from: absolute[0], toward: previous, box: box)
    let inner = endPath(
      index, endpoint: endpoint, item: self.item(for: endpoint, in: item),
      previous: absolute[absolute.count - 2],
      origins: origins, clip: clip)
    return [entry] + absolute[0..<(absolute.count - 1)] + inner
  }

  /// When a cluster runs across its parent's flow, an edge crosses its border on the parent's side, in a
  /// straight line from the node, level with it: [node outline, border]; or, when that line would cut
  /// through something else the block holds, along the nearest clear lane (`detour`).
  private func alignedCrossing(
    _ index: Int, endpoint: String, block: String, box: (Point, Double, Double), leaving: Bool,
    origins: [String: Point], clip: (String, Point) -> Point?
  ) -> [Point] {
    guard let (center, _, _, _) = boxes[endpoint] else { return [] }
    let parentDirection = directions[parentOf[block] ?? ""] ?? .topToBottom
    let side = borderSide(index, of: block, leaving: leaving, parentDirection: parentDirection)
    let (origin, width, height) = box
    let spread = alignedSpread(index, endpoint: endpoint, block: block, leaving: leaving)
    let border: Point =
      switch side {
      case .top: Point(x: center.x + spread, y: origin.y)
      case .bottom: Point(x: center.x + spread, y: origin.y + height)
      case .left: Point(x: origin.x, y: center.y + spread)
      case .right: Point(x: origin.x + width, y: center.y + spread)
      }
    let blocking = obstacles(in: block, besides: endpoint, origins: origins)
    // Across the block's own flow, v grows downstream unless the flow runs up or to the left.
    let inner = directions[block] ?? .topToBottom
    if let route = detour(
      endpoint: endpoint, border: border, side: side, block: box, leaving: leaving,
      flowsUp: inner == .bottomToTop || inner == .rightToLeft, obstacles: blocking, clip: clip)
    {
      return route
    }
    return [clip(endpoint, border) ?? center, border]
  }

  /// A cluster's box (origin and size) from its content origin.
  private func blockBox(_ id: String, origins: [String: Point]) -> (Point, Double, Double)? {
    guard let (width, height) = blockSizes[id], let content = origins[id], let inner = placed[id] else {
      return nil
    }
    let padding = options.clusterPadding
    let offset = (width - 2 * padding - inner.width) / 2
    return (Point(x: content.x - padding - offset, y: content.y - padding - titleSpace(id)), width, height)
  }

  /// Where the segment from `inside` toward `outside` crosses the box's border.
  static func exit(from inside: Point, toward outside: Point, box: (Point, Double, Double)) -> Point {
    let (origin, width, height) = box
    let dx = outside.x - inside.x
    let dy = outside.y - inside.y
    var t = 1.0
    if dx > 1e-9 { t = min(t, (origin.x + width - inside.x) / dx) }
    if dx < -1e-9 { t = min(t, (origin.x - inside.x) / dx) }
    if dy > 1e-9 { t = min(t, (origin.y + height - inside.y) / dy) }
    if dy < -1e-9 { t = min(t, (origin.y - inside.y) / dy) }
    t = max(0, t)
    return Point(x: inside.x + dx * t, y: inside.y + dy * t)
  }

  /// Where an edge coming from `port` meets the outline: straight along the flow from the port when the
  /// port lies across the node (so edges spread over a side keep apart to the outline, and their
  /// arrowheads with them), else toward the centre.
  static func portPoint(
    outline: ShapeOutline, center: Point, width: Double, height: Double, port: Point
  ) -> Point {
    func boundary(_ target: Point) -> Point {
      outline.boundaryPoint(center: center, width: width, height: height, toward: target)
    }
    let distance = MetricGeometry.distance
    func inside(_ point: Point) -> Bool { distance(center, point) < distance(center, boundary(point)) - 1e-6 }
    let vertical = abs(port.y - center.y) * width >= abs(port.x - center.x) * height
    var inner = vertical ? Point(x: port.x, y: center.y) : Point(x: center.x, y: port.y)
    guard distance(inner, center) > 0.5, inside(inner), !inside(port) else { return boundary(port) }
    // The outlines are convex: halve the way between a point outside and one inside.
    var outer = port
    for _ in 0..<24 {
      let middle = Point(x: (outer.x + inner.x) / 2, y: (outer.y + inner.y) / 2)
      if inside(middle) { inner = middle } else { outer = middle }
    }
    return outer
  }
}
