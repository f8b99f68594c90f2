extension FlowchartLayout.Engine {
  /// The room a cluster's title takes above its content.
  func titleSpace(_ cluster: String) -> Double {
    let title = titleLines[cluster] ?? []
    return title.isEmpty ? 0 : Double(title.count) * lineHeight + 6
  }

  /// The centre of `id` in the content coordinates of `container` (which holds it at any depth).
  func relativeCenter(of id: String, in container: String) -> LayoutResult.Point? {
    guard let item = item(for: id, in: container), let center = placed[container]?.centers[item] else {
      return nil
    }
    guard item != id, let inner = placed[item], let nested = relativeCenter(of: id, in: item) else {
      return center
    }
    return LayoutResult.Point(
      x: center.x - inner.width / 2 + nested.x,
      y: center.y - inner.height / 2 + titleSpace(item) / 2 + nested.y)
  }

  /// Where an edge crosses the border of the block that holds `endpoint` in `container`, as an offset
  /// from the block's centre across the container's flow: at the anchor the block's own layout gave it,
  /// or level with the endpoint when the block runs across the flow. Nil when the endpoint is a direct
  /// member (a plain node, or the cluster the edge ends at), whose ports the layout spreads itself.
  func borderOffset(
    _ edgeIndex: Int, endpoint: String, in container: String?, leaving: Bool, _ horizontal: Bool
  ) -> Double? {
    guard let block = item(for: endpoint, in: container), block != endpoint, isSubgraph(block),
      let inner = placed[block]
    else { return nil }
    let local: LayoutResult.Point
    if let route = inner.passRoutes[edgeIndex], let first = route.first, let last = route.last {
      local = leaving ? last : first
    } else if let center = relativeCenter(of: endpoint, in: block) {
      let spread = alignedSpread(edgeIndex, endpoint: endpoint, block: block, leaving: leaving)
      local = LayoutResult.Point(
        x: center.x + (horizontal ? 0 : spread), y: center.y + (horizontal ? spread : 0))
    } else {
      return nil
    }
    return horizontal ? local.y - inner.height / 2 + titleSpace(block) / 2 : local.x - inner.width / 2
  }
}

extension FlowchartLayout.Engine {
  /// Room across the flow for every edge on a node's side: a node that many edges enter (or leave)
  /// grows so their ports stand an arrowhead apart, as ELK sizes nodes to their ports, instead of
  /// piling the heads into one spot. Only plain nodes grow; a cluster's size is its content's.
  mutating func widenCrowdedNodes(_ input: inout LayoutInput, items: [String], horizontal: Bool) {
    var entering = Array(repeating: 0, count: input.nodes.count)
    var leaving = Array(repeating: 0, count: input.nodes.count)
    for edge in input.edges where edge.from != edge.to {
      leaving[edge.from] += 1
      entering[edge.to] += 1
    }
    for (index, item) in items.enumerated() where !isSubgraph(item) {
      let crowd = max(entering[index], leaving[index])
      let needed = (LayoutState.portSpacing * Double(crowd - 1) / LayoutState.portSpan).rounded(.up)
      guard crowd > 2, needed > input.nodes[index].width, let (width, height) = sizes[item] else { continue }
      input.nodes[index].width = needed
      sizes[item] = horizontal ? (width, needed) : (needed, height)
    }
  }
}

extension FlowchartLayout.Engine {
  /// Where, along the border, edge `edgeIndex` crosses a block that runs across its parent's flow,
  /// from the level of its endpoint: edges from one node through that border stand a port apart, in
  /// the order of their other ends (as the previous layout put them), instead of sharing one point.
  func alignedSpread(_ edgeIndex: Int, endpoint: String, block: String, leaving: Bool) -> Double {
    let parentDirection = directions[parentOf[block] ?? ""] ?? .topToBottom
    let alongX = parentDirection == .topToBottom || parentDirection == .bottomToTop
    var siblings: [(edge: Int, key: Double)] = []
    for (index, edge) in chart.edges.enumerated() where edge.start != edge.end {
      let near = leaving ? edge.start : edge.end
      let far = leaving ? edge.end : edge.start
      guard near == endpoint, far != block, !isAncestor(block, of: far),
        placed[block]?.passRoutes[index] == nil
      else { continue }
      let place = previousBoxes[far]?.center
      siblings.append((index, place.map { alongX ? $0.x : $0.y } ?? Double(index)))
    }
    guard siblings.count > 1,
      let position = siblings.sorted(by: { ($0.key, $0.edge) < ($1.key, $1.edge) })
        .firstIndex(where: { $0.edge == edgeIndex }),
      let (width, height) = sizes[endpoint] ?? blockSizes[endpoint]
    else { return 0 }
    let extent = (alongX ? width : height) * LayoutState.portSpan
    let step = min(LayoutState.portSpacing, extent / Double(siblings.count - 1))
    return (Double(position) - Double(siblings.count - 1) / 2) * step
  }
}
