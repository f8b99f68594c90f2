extension LayoutState {
  /// Self-loops are drawn beside their node, not laid out; the node keeps room for them on its right:
  /// several loops of one node nest, a loop step apart, their labels beyond the outermost.
  /// Ranks are doubled only when some edge has a label (fewer layers converge faster).
  mutating func separateLoops() {
    loopRoom = input.nodes.map(\.loopRoom)
    var count: [Int: Int] = [:]
    var widest: [Int: Double] = [:]
    for (index, edge) in input.edges.enumerated() {
      if edge.from == edge.to {
        loops.append(index)
        count[edge.from, default: 0] += 1
        widest[edge.from] = max(widest[edge.from] ?? 0, edge.labelWidth)
        let nesting = Self.loopStep * Double(count[edge.from]! - 1)
        loopRoom[edge.from] = max(loopRoom[edge.from], 24 + nesting + widest[edge.from]!)
      } else {
        regular.append(index)
      }
    }
    rankScale = regular.contains { input.edges[$0].labelWidth > 0 } ? 2 : 1
  }

  mutating func breakCycles() {
    let reversed = CycleBreaker.edgesToReverse(
      nodeCount: input.nodes.count, edges: regular.map { (input.edges[$0].from, input.edges[$0].to) })
    for (position, index) in regular.enumerated() {
      let edge = input.edges[index]
      oriented[index] = reversed.contains(position) ? (edge.to, edge.from) : (edge.from, edge.to)
    }
  }

  /// Network simplex ranks; pinned nodes then go to a rank of their own above (or below) all others.
  mutating func assignRanks() {
    let nodeCount = input.nodes.count
    ranks = NetworkSimplex.ranks(
      nodeCount: nodeCount,
      edges: regular.map { index in
        let (from, to) = oriented[index]!
        return NetworkSimplex.Edge(
          from: from, to: to, minLength: rankScale * input.edges[index].minLength,
          weight: input.edges[index].weight)
      })
    let free = (0..<nodeCount).filter { input.nodes[$0].pin == nil }.map { ranks[$0] }
    guard free.count < nodeCount, let low = free.min(), let high = free.max() else { return }
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

  /// The fixed port of an edge's end, as an order among the node's ports; nil when it has none.
  func fixedPort(_ index: Int, atUpper: Bool) -> Int? {
    let node = atUpper ? oriented[index]!.upper : oriented[index]!.lower
    return fixedOffset(index, atUpper: atUpper).map {
      RankedGraph.portOrder(offset: $0, width: input.nodes[node].width)
    }
  }

  /// The ranked graph: input nodes, and a chain of dummies for each edge longer than one rank, the
  /// label's dummy (sized as the label) at its middle.
  mutating func splitLongEdges() {
    for (index, node) in input.nodes.enumerated() {
      _ = graph.addNode(
        RankedGraph.Node(
          width: node.width, height: node.height, rank: ranks[index], original: index,
          loopRoom: loopRoom[index]))
    }
    graph.usesPorts = regular.contains { input.edges[$0].tailPort != nil || input.edges[$0].headPort != nil }
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
      var previousPort = fixedPort(index, atUpper: true)
      for rank in stride(from: top + 1, to: bottom, by: 1) {
        let isLabel = rank == middle && edge.labelWidth > 0
        let dummy = graph.addNode(
          RankedGraph.Node(
            width: isLabel ? edge.labelWidth : 0, height: isLabel ? edge.labelHeight : 0, rank: rank,
            original: nil))
        if isLabel { graph.labelNodes[index] = dummy }
        graph.addSegment(previous, dummy, weight: 1, upperPort: previousPort)
        previousPort = nil
        chain.append(dummy)
        previous = dummy
      }
      graph.addSegment(
        previous, lower, weight: 1, upperPort: previousPort, lowerPort: fixedPort(index, atUpper: false))
      chain.append(lower)
      graph.chains[index] = chain
    }
    graph.layers = Array(repeating: [], count: (graph.nodes.map(\.rank).max() ?? -1) + 1)
    for (index, node) in graph.nodes.enumerated() { graph.layers[node.rank].append(index) }
    freezeOrderedRanks()
  }

  /// Ranks whose every node has an order key are put in that order and kept in it.
  mutating func freezeOrderedRanks() {
    for (rank, layer) in graph.layers.enumerated() {
      let keys = layer.map { graph.nodes[$0].original.flatMap { input.nodes[$0].orderKey } }
      guard layer.count > 1, keys.allSatisfy({ $0 != nil }) else { continue }
      graph.layers[rank] = zip(layer, keys).sorted { $0.1! < $1.1! }.map(\.0)
      graph.frozen.insert(rank)
    }
  }

  mutating func orderRanks() {
    switch strategy {
    case .full: CrossingReduction.order(&graph)
    case .barycenterOnly: CrossingReduction.barycenterOnly(&graph)
    }
  }

  /// Each rank as tall as its tallest node, half a rank separation between half ranks; x by Brandes and
  /// Köpf, shifted so the drawing starts at 0.
  mutating func assignCoordinates() {
    rankHeight = Array(repeating: 0.0, count: rankCount)
    for node in graph.nodes { rankHeight[node.rank] = max(rankHeight[node.rank], node.height) }
    rankY = Array(repeating: 0.0, count: rankCount)
    var cursor = 0.0
    for rank in 0..<rankCount {
      if rank > 0 {
        cursor += rankHeight[rank - 1] / 2 + input.rankSeparation / Double(rankScale) + rankHeight[rank] / 2
      } else {
        cursor = rankHeight[0] / 2
      }
      rankY[rank] = cursor
    }
    xs = BrandesKoepf.xCoordinates(
      layers: graph.layers, up: graph.up, down: graph.down, widths: graph.nodes.map(\.width),
      isDummy: graph.nodes.map { $0.original == nil }, loopRoom: graph.nodes.map(\.loopRoom),
      nodeSeparation: input.nodeSeparation, edgeSeparation: input.edgeSeparation)
    minimumX = .infinity
    maximumX = -.infinity
    for (index, node) in graph.nodes.enumerated() {
      minimumX = min(minimumX, xs[index] - node.width / 2)
      maximumX = max(maximumX, xs[index] + node.width / 2 + node.loopRoom)
    }
    if minimumX == .infinity {
      minimumX = 0
      maximumX = 0
    }
  }
}
