extension FlowchartLayout.Engine {
  /// How far a detour keeps from what it passes.
  static let detourClearance = 8.0

  /// What `block` holds that an edge from `endpoint` to the block's border must not cut through: its
  /// nodes and clusters (besides the endpoint and the clusters around it) and the labels of the edges
  /// laid out inside it.
  func obstacles(in block: String, besides endpoint: String, origins: [String: Point]) -> [Obstacle] {
    var result: [Obstacle] = []
    for (id, (center, width, height, _)) in boxes.sorted(by: { $0.key < $1.key })
    where id != block && id != endpoint && isAncestor(block, of: id) && !isAncestor(id, of: endpoint) {
      result.append(
        Obstacle(
          minX: center.x - width / 2, minY: center.y - height / 2, maxX: center.x + width / 2,
          maxY: center.y + height / 2))
    }
    for (container, layout) in placed.sorted(by: { $0.key < $1.key })
    where !container.isEmpty && isAncestor(block, of: container) {
      guard let origin = origins[container] else { continue }
      for (index, center) in layout.labelCenters.sorted(by: { $0.key < $1.key }) {
        guard let (width, height) = labelSizes[index] else { continue }
        let x = center.x + origin.x
        let y = center.y + origin.y
        result.append(
          Obstacle(minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2))
      }
    }
    return result
  }

  /// The way from a node to the border of a block that runs across its parent's flow, when the
  /// straight line level with the node would cut through something the block holds: out of the node
  /// across that line into the nearest clear lane, then along the lane to the border. A lane on the side
  /// the block's flow leaves the node by (entering: comes in by) goes first, so the detour keeps away
  /// from the node's other edges' arrowheads. Nil when the straight line is clear or no lane inside the
  /// block is.
  func detour(
    endpoint: String, border: Point, side: FlowDirection.Side, block box: (Point, Double, Double),
    leaving: Bool, flowsUp: Bool, obstacles: [Obstacle], clip: (String, Point) -> Point?
  ) -> [Point]? {
    guard let (center, width, height, outline) = boxes[endpoint] else { return nil }
    let lane = Lanes(side: side)
    let node = lane.local(
      Obstacle(
        minX: center.x - width / 2, minY: center.y - height / 2, maxX: center.x + width / 2,
        maxY: center.y + height / 2))
    let start = lane.local(center)
    let end = lane.local(border)
    let local = obstacles.map(lane.local)
    let clearance = Self.detourClearance
    guard lane.runBlocked(across: end.v, from: start.u, to: end.u, by: local, clearance: clearance - 1)
    else { return nil }
    let (origin, boxWidth, boxHeight) = box
    let limits = lane.local(
      Obstacle(minX: origin.x, minY: origin.y, maxX: origin.x + boxWidth, maxY: origin.y + boxHeight))
    let downstream = leaving != flowsUp
    let candidates = (local + [node]).flatMap { [$0.minV - clearance, $0.maxV + clearance] }
      .filter { $0 > limits.minV && $0 < limits.maxV }
      .sorted {
        lane.rank($0, from: start.v, downstream: downstream, toward: end.v)
          < lane.rank($1, from: start.v, downstream: downstream, toward: end.v)
      }
    for v in candidates {
      guard !lane.runBlocked(across: v, from: start.u, to: end.u, by: local, clearance: clearance - 1)
      else { continue }
      let turn = lane.point(u: start.u, v: v)
      let lanePoint = lane.point(u: end.u, v: v)
      if v > node.minV && v < node.maxV {
        let port = Self.portPoint(
          outline: outline, center: center, width: width, height: height, port: lanePoint)
        return [port, lanePoint]
      }
      guard !lane.legBlocked(at: start.u, from: start.v, to: v, by: local, clearance: clearance - 1),
        let leaving = clip(endpoint, turn)
      else { continue }
      return [leaving, turn, lanePoint]
    }
    return nil
  }
}
