extension LayoutState {
  /// Ports spread over at most this part of a node's side, this far apart when the side allows (an
  /// arrowhead is 10 px wide); `FlowchartLayout` grows crowded nodes by the same measures.
  static let portSpacing = 10.0
  static let portSpan = 0.9

  /// Ports: an edge leaves its upper node through the rank's lower boundary and enters its lower node
  /// through the rank's upper one, so it never cuts across a neighbour in the same rank. A node's edges
  /// take the fixed port their input gives, else ports spread across its width in the order of where
  /// they go.
  mutating func routeEdges() {
    var leaving: [Int: [(edge: Int, toward: Double)]] = [:]
    var arriving: [Int: [(edge: Int, toward: Double)]] = [:]
    for index in regular {
      let chain = graph.chains[index]
      leaving[chain[0], default: []].append((index, xs[chain[1]]))
      arriving[chain[chain.count - 1], default: []].append((index, xs[chain[chain.count - 2]]))
    }
    var downPort: [Int: Double] = [:]
    var upPort: [Int: Double] = [:]
    for (node, chains) in leaving {
      for (edge, offset) in spread(node, chains, fixed: { fixedOffset($0, atUpper: true) }) {
        downPort[edge] = offset
      }
    }
    for (node, chains) in arriving {
      for (edge, offset) in spread(node, chains, fixed: { fixedOffset($0, atUpper: false) }) {
        upPort[edge] = offset
      }
    }
    for index in regular {
      let chain = graph.chains[index]
      var points = routePoints(chain)
      let upper = graph.nodes[chain[0]].rank
      let lower = graph.nodes[chain[chain.count - 1]].rank
      let exit = Point(x: points[0].x + (downPort[index] ?? 0), y: rankY[upper] + rankHeight[upper] / 2)
      let entry = Point(
        x: points[points.count - 1].x + (upPort[index] ?? 0), y: rankY[lower] - rankHeight[lower] / 2)
      points.insert(exit, at: 1)
      points.insert(entry, at: points.count - 1)
      if oriented[index]!.upper != input.edges[index].from { points.reverse() }
      edgePoints[index] = points
      labelCenters[index] = graph.labelNodes[index].map(point)
    }
  }

  /// The chain's points: its ends' centres, and each bend of a long edge as a vertical run through its
  /// rank's full height where that rank is tall (a cluster's block in it, say), so that the edge passes
  /// beside the rank's tall neighbours instead of cutting their corners on a slant to the rank's middle;
  /// a label's bend as a run through the label's height.
  func routePoints(_ chain: [Int]) -> [Point] {
    var points = [point(chain[0])]
    for (position, node) in chain.enumerated().dropFirst().dropLast() {
      let center = point(node)
      let rankHalf = rankHeight[graph.nodes[node].rank] / 2
      // A bend reached on a long slant runs through its rank upright too: a slant to the rank's
      // middle cuts the corner of the node beside the bend.
      let slant = max(
        abs(point(chain[position - 1]).x - center.x), abs(point(chain[position + 1]).x - center.x))
      // A label's bend runs down through the label, so that an edge out to a wide label beside it
      // turns twice by half as much rather than once sharply at the label's middle.
      let isLabel = graph.nodes[node].width > 0
      let half =
        rankHalf > Self.tallRank / 2 || slant > Self.longSlant
        ? rankHalf : isLabel ? graph.nodes[node].height / 2 : 0
      if half > 0 {
        points.append(Point(x: center.x, y: center.y - half))
        points.append(Point(x: center.x, y: center.y + half))
      } else {
        points.append(center)
      }
    }
    if chain.count > 1 { points.append(point(chain[chain.count - 1])) }
    return points
  }

  /// A rank taller than this holds more than plain nodes: long edges run straight through it.
  static let tallRank = 60.0
  /// A bend this far across from a neighbour of its chain is reached on a slant steep enough to cut
  /// the nodes beside it.
  static let longSlant = 60.0

  /// The fixed offset of an edge's end on its upper (or lower) node. An edge turned round keeps its
  /// ports: its source's port is then on the source's upper side, where a cluster that expects the edge
  /// back puts its anchor.
  func fixedOffset(_ index: Int, atUpper: Bool) -> Double? {
    let edge = input.edges[index]
    let turned = oriented[index]!.upper != edge.from
    return atUpper != turned ? edge.tailPort : edge.headPort
  }

  /// Offsets from the node's centre for its edges on one side: fixed ones as given, the others spread
  /// over the middle of the node in the order of where they go.
  func spread(_ node: Int, _ chains: [(edge: Int, toward: Double)], fixed: (Int) -> Double?) -> [Int: Double]
  {
    var result: [Int: Double] = [:]
    var free: [(edge: Int, toward: Double)] = []
    for entry in chains {
      if let offset = fixed(entry.edge) { result[entry.edge] = offset } else { free.append(entry) }
    }
    let sorted = free.sorted { ($0.toward, $0.edge) < ($1.toward, $1.edge) }
    // Over the middle of the node; many edges use up to nine tenths of it, so arrowheads (10 px)
    // stand apart where the node is wide enough.
    let nodeWidth = graph.nodes[node].width
    let spacing = max(Self.portSpacing, input.portStep - 4)
    let wanted = spacing * Double(max(0, sorted.count - 1))
    let width = max(nodeWidth * 0.6, min(nodeWidth * Self.portSpan, wanted))
    let step = sorted.count > 1 ? min(input.portStep, width / Double(sorted.count - 1)) : 0
    for (position, entry) in sorted.enumerated() {
      result[entry.edge] = (Double(position) - Double(sorted.count - 1) / 2) * step
    }
    return result
  }

  /// Self-loops: out of the node's right side and back, the label beyond.
  /// How much further out each further self-loop of one node reaches.
  static let loopStep = 12.0

  mutating func routeLoops() {
    let byNode = Dictionary(grouping: loops) { input.edges[$0].from }
    for (node, indexes) in byNode {
      let center = point(node)
      let halfWidth = input.nodes[node].width / 2
      let quarter = input.nodes[node].height / 4
      let outermost = center.x + halfWidth + 20 + Self.loopStep * Double(indexes.count - 1)
      let labelled = indexes.filter { input.edges[$0].labelWidth > 0 }
      // Labels beyond the outermost loop, one above the other around the node's middle.
      let stack = labelled.map { input.edges[$0].labelHeight + 2 }.reduce(0, +) - (labelled.isEmpty ? 0 : 2)
      var labelTop = center.y - stack / 2
      for (nesting, index) in indexes.enumerated() {
        let reach = center.x + halfWidth + 20 + Self.loopStep * Double(nesting)
        edgePoints[index] = [
          Point(x: center.x + halfWidth, y: center.y - quarter), Point(x: reach, y: center.y - quarter),
          Point(x: reach, y: center.y + quarter), Point(x: center.x + halfWidth, y: center.y + quarter),
        ]
        let edge = input.edges[index]
        if edge.labelWidth > 0 {
          labelCenters[index] = Point(
            x: outermost + 4 + edge.labelWidth / 2, y: labelTop + edge.labelHeight / 2)
          labelTop += edge.labelHeight + 2
        }
      }
    }
  }
}
