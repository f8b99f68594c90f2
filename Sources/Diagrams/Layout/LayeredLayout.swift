/// A layered (Sugiyama) layout, top to bottom: cycles broken, ranks by network simplex, long edges
/// split into dummy nodes, crossings reduced, coordinates by Brandes and Köpf. Edge labels are nodes of
/// their own at the middle of their edge (ranks are doubled, as mermaid's half ranks), so they never
/// overlap a node or another label. Deterministic: the same input gives the same output.
public enum LayeredLayout {
  /// How hard to work at crossings; `barycenterOnly` is the textbook baseline the tests compare with.
  enum Strategy {
    case full
    case barycenterOnly
  }

  public static func layout(_ input: LayoutInput) -> LayoutResult { layout(input, strategy: .full) }

  static func layout(_ input: LayoutInput, strategy: Strategy) -> LayoutResult {
    let nodeCount = input.nodes.count
    var loopRoom = input.nodes.map(\.loopRoom)
    var loops: [Int] = []
    var regular: [Int] = []
    for (index, edge) in input.edges.enumerated() {
      if edge.from == edge.to {
        loops.append(index)
        loopRoom[edge.from] = max(loopRoom[edge.from], 24 + edge.labelWidth)
      } else {
        regular.append(index)
      }
    }
    // Ranks are doubled only when some edge has a label, which then takes the half rank between its ends
    // (as mermaid's half ranks); without labels, fewer layers make crossing reduction converge faster.
    let hasLabels = regular.contains { input.edges[$0].labelWidth > 0 }
    let rankScale = hasLabels ? 2 : 1
    let reversed = CycleBreaker.edgesToReverse(
      nodeCount: nodeCount, edges: regular.map { (input.edges[$0].from, input.edges[$0].to) })
    // Oriented edges: (upper, lower) after reversal, keyed by input index.
    var oriented: [Int: (Int, Int)] = [:]
    for (position, index) in regular.enumerated() {
      let edge = input.edges[index]
      oriented[index] = reversed.contains(position) ? (edge.to, edge.from) : (edge.from, edge.to)
    }
    var ranks = NetworkSimplex.ranks(
      nodeCount: nodeCount,
      edges: regular.map { index in
        let (from, to) = oriented[index]!
        return NetworkSimplex.Edge(
          from: from, to: to, minLength: rankScale * input.edges[index].minLength,
          weight: input.edges[index].weight)
      })
    // Pinned nodes go to a rank of their own above (or below) all others.
    let free = (0..<nodeCount).filter { input.nodes[$0].pin == nil }.map { ranks[$0] }
    if free.count < nodeCount, let low = free.min(), let high = free.max() {
      for index in 0..<nodeCount {
        switch input.nodes[index].pin {
        case .top: ranks[index] = low - rankScale
        case .bottom: ranks[index] = high + rankScale
        case nil: break
        }
      }
      let shift = ranks.min() ?? 0
      ranks = ranks.map { $0 - shift }
    }
    var graph = RankedGraph()
    for (index, node) in input.nodes.enumerated() {
      _ = graph.addNode(
        RankedGraph.Node(
          width: node.width, height: node.height, rank: ranks[index], original: index,
          loopRoom: loopRoom[index]))
    }
    graph.chains = Array(repeating: [], count: input.edges.count)
    graph.labelNodes = Array(repeating: nil, count: input.edges.count)
    for index in regular {
      let (upper, lower) = oriented[index]!
      let edge = input.edges[index]
      let top = ranks[upper]
      let bottom = ranks[lower]
      let middle = top + (bottom - top) / 2
      var chain = [upper]
      var previous = upper
      for rank in stride(from: top + 1, to: bottom, by: 1) {
        let isLabel = rank == middle && edge.labelWidth > 0
        let dummy = graph.addNode(
          RankedGraph.Node(
            width: isLabel ? edge.labelWidth : 0, height: isLabel ? edge.labelHeight : 0, rank: rank,
            original: nil))
        if isLabel { graph.labelNodes[index] = dummy }
        graph.addSegment(previous, dummy, weight: 1)
        chain.append(dummy)
        previous = dummy
      }
      graph.addSegment(previous, lower, weight: 1)
      chain.append(lower)
      graph.chains[index] = chain
    }
    let rankCount = (graph.nodes.map(\.rank).max() ?? 0) + 1
    graph.layers = Array(repeating: [], count: rankCount)
    for (index, node) in graph.nodes.enumerated() { graph.layers[node.rank].append(index) }
    switch strategy {
    case .full: CrossingReduction.order(&graph)
    case .barycenterOnly: CrossingReduction.barycenterOnly(&graph)
    }

    // Vertical: each rank as tall as its tallest node; half a rank separation between half ranks.
    var rankHeight = Array(repeating: 0.0, count: rankCount)
    for node in graph.nodes { rankHeight[node.rank] = max(rankHeight[node.rank], node.height) }
    var rankY = Array(repeating: 0.0, count: rankCount)
    var cursor = 0.0
    for rank in 0..<rankCount {
      if rank > 0 {
        cursor += rankHeight[rank - 1] / 2 + input.rankSeparation / Double(rankScale) + rankHeight[rank] / 2
      } else {
        cursor = rankHeight[0] / 2
      }
      rankY[rank] = cursor
    }
    let xs = BrandesKoepf.xCoordinates(
      layers: graph.layers, up: graph.up, down: graph.down, widths: graph.nodes.map(\.width),
      isDummy: graph.nodes.map { $0.original == nil }, loopRoom: graph.nodes.map(\.loopRoom),
      nodeSeparation: input.nodeSeparation, edgeSeparation: input.edgeSeparation)
    var minimumX = Double.infinity
    var maximumX = -Double.infinity
    for (index, node) in graph.nodes.enumerated() {
      minimumX = min(minimumX, xs[index] - node.width / 2)
      maximumX = max(maximumX, xs[index] + node.width / 2 + node.loopRoom)
    }
    if minimumX == .infinity {
      minimumX = 0
      maximumX = 0
    }
    func point(_ node: Int) -> LayoutResult.Point {
      LayoutResult.Point(x: xs[node] - minimumX, y: rankY[graph.nodes[node].rank])
    }
    var edgePoints = Array(repeating: [LayoutResult.Point](), count: input.edges.count)
    var labelCenters = Array(repeating: LayoutResult.Point?.none, count: input.edges.count)
    // Ports: an edge leaves its upper node through the rank's lower boundary and enters its lower node
    // through the rank's upper one, so it never cuts across a neighbour in the same rank. A node's edges
    // get ports spread across its width in the order of where they go.
    var downPort: [Int: Double] = [:]
    var upPort: [Int: Double] = [:]
    func spread(_ node: Int, _ chains: [(edge: Int, toward: Double)]) -> [Int: Double] {
      let sorted = chains.sorted { ($0.toward, $0.edge) < ($1.toward, $1.edge) }
      let width = graph.nodes[node].width * 0.6
      let step = sorted.count > 1 ? min(14, width / Double(sorted.count - 1)) : 0
      var result: [Int: Double] = [:]
      for (position, entry) in sorted.enumerated() {
        result[entry.edge] = (Double(position) - Double(sorted.count - 1) / 2) * step
      }
      return result
    }
    var leaving: [Int: [(edge: Int, toward: Double)]] = [:]
    var arriving: [Int: [(edge: Int, toward: Double)]] = [:]
    for index in regular {
      let chain = graph.chains[index]
      leaving[chain[0], default: []].append((index, xs[chain[1]]))
      arriving[chain[chain.count - 1], default: []].append((index, xs[chain[chain.count - 2]]))
    }
    for (node, chains) in leaving { for (edge, offset) in spread(node, chains) { downPort[edge] = offset } }
    for (node, chains) in arriving { for (edge, offset) in spread(node, chains) { upPort[edge] = offset } }
    for index in regular {
      let chain = graph.chains[index]
      var points = chain.map(point)
      let upper = chain[0]
      let lower = chain[chain.count - 1]
      let exit = LayoutResult.Point(
        x: points[0].x + (downPort[index] ?? 0),
        y: rankY[graph.nodes[upper].rank] + rankHeight[graph.nodes[upper].rank] / 2)
      let entry = LayoutResult.Point(
        x: points[points.count - 1].x + (upPort[index] ?? 0),
        y: rankY[graph.nodes[lower].rank] - rankHeight[graph.nodes[lower].rank] / 2)
      points.insert(exit, at: 1)
      points.insert(entry, at: points.count - 1)
      if oriented[index]!.0 != input.edges[index].from { points.reverse() }
      edgePoints[index] = points
      labelCenters[index] = graph.labelNodes[index].map(point)
    }
    for index in loops {
      let node = input.edges[index].from
      let center = point(node)
      let halfWidth = input.nodes[node].width / 2
      let quarter = input.nodes[node].height / 4
      let reach = center.x + halfWidth + 20
      edgePoints[index] = [
        LayoutResult.Point(x: center.x + halfWidth, y: center.y - quarter),
        LayoutResult.Point(x: reach, y: center.y - quarter),
        LayoutResult.Point(x: reach, y: center.y + quarter),
        LayoutResult.Point(x: center.x + halfWidth, y: center.y + quarter),
      ]
      if input.edges[index].labelWidth > 0 {
        labelCenters[index] = LayoutResult.Point(
          x: reach + 4 + input.edges[index].labelWidth / 2, y: center.y)
      }
    }
    let height = rankCount == 0 ? 0 : rankY[rankCount - 1] + rankHeight[rankCount - 1] / 2
    return LayoutResult(
      centers: (0..<nodeCount).map(point), edgePoints: edgePoints, labelCenters: labelCenters,
      ranks: (0..<nodeCount).map { graph.nodes[$0].rank }, width: maximumX - minimumX, height: height,
      crossings: CrossingReduction.crossings(graph, graph.layers))
  }
}
