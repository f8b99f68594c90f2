/// Orders the nodes of every rank to reduce edge crossings: barycenter and median sweeps, down and up,
/// each followed by transposition of neighbours, over several passes and from two starts; the best order
/// found is kept. Ties keep the current order, so the source order decides when nothing else does.
enum CrossingReduction {
  /// Neighbour comparisons the transpositions may make in one ordering. Ordinary graphs of a thousand
  /// nodes use a few million; a few nodes joined by hundreds of parallel edges (a fuzzer's find) would
  /// use billions, so past this the sweeps go on without transposing.
  static let transposeBudget = 50_000_000

  static func order(_ graph: inout RankedGraph, passes: Int = 24) {
    var budget = transposeBudget
    // The plain barycenter result is the first candidate, so the search never ends worse than it.
    var baseline = graph
    barycenterOnly(&baseline, passes: passes)
    var best = baseline.layers
    var bestCrossings = crossings(graph, best)
    let sourceOrderCrossings = crossings(graph, graph.layers)
    if sourceOrderCrossings <= bestCrossings {
      best = graph.layers
      bestCrossings = sourceOrderCrossings
    }
    for heuristic in [Heuristic.barycenter, .median] {
      for start in [initialOrder(graph), graph.layers, baseline.layers] {
        var layers = start
        var stale = 0
        for pass in 0..<passes where stale < 8 && bestCrossings > 0 {
          sweep(graph, &layers, downward: pass % 2 == 0, heuristic: heuristic)
          if budget > 0 { transpose(graph, &layers, budget: &budget) }
          let count = crossings(graph, layers)
          if count < bestCrossings {
            bestCrossings = count
            best = layers
            stale = 0
          } else {
            stale += 1
          }
        }
      }
    }
    graph.layers = best
  }

  /// The baseline: barycenter sweeps from the initial order, no transposition, no restarts.
  static func barycenterOnly(_ graph: inout RankedGraph, passes: Int = 24) {
    var layers = initialOrder(graph)
    var best = layers
    var bestCrossings = crossings(graph, layers)
    for pass in 0..<passes {
      sweep(graph, &layers, downward: pass % 2 == 0, heuristic: .barycenter)
      let count = crossings(graph, layers)
      if count < bestCrossings {
        bestCrossings = count
        best = layers
      }
    }
    graph.layers = best
  }

  enum Heuristic {
    case barycenter
    case median
  }

  /// Depth-first from the top nodes in source order, so connected nodes start together.
  static func initialOrder(_ graph: RankedGraph) -> [[Int]] {
    var layers = Array(repeating: [Int](), count: graph.layers.count)
    var seen = Array(repeating: false, count: graph.nodes.count)
    let starts = graph.layers.flatMap { $0 }.sorted { graph.nodes[$0].rank < graph.nodes[$1].rank }
    for start in starts where !seen[start] {
      var stack = [start]
      while let node = stack.popLast() {
        guard !seen[node] else { continue }
        seen[node] = true
        layers[graph.nodes[node].rank].append(node)
        for next in graph.down[node].reversed() where !seen[next] { stack.append(next) }
      }
    }
    return layers
  }

  static func sweep(_ graph: RankedGraph, _ layers: inout [[Int]], downward: Bool, heuristic: Heuristic) {
    var position = positions(layers, count: graph.nodes.count)
    let indexes = downward ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
    for rank in indexes {
      var keys: [(node: Int, key: Double, index: Int)] = []
      for (index, node) in layers[rank].enumerated() {
        let neighbours = (downward ? graph.up[node] : graph.down[node]).map { Double(position[$0]) }.sorted()
        let key: Double
        if neighbours.isEmpty {
          key = -1
        } else if heuristic == .median {
          let middle = neighbours.count / 2
          key =
            neighbours.count % 2 == 1 ? neighbours[middle] : (neighbours[middle - 1] + neighbours[middle]) / 2
        } else {
          key = neighbours.reduce(0, +) / Double(neighbours.count)
        }
        keys.append((node, key, index))
      }
      // Nodes without neighbours on that side stay where they are; the others are sorted around them.
      let movable = keys.filter { $0.key >= 0 }.sorted { ($0.key, $0.index) < ($1.key, $1.index) }
      var result = layers[rank]
      var next = 0
      for slot in result.indices where keys[slot].key >= 0 {
        result[slot] = movable[next].node
        next += 1
      }
      layers[rank] = result
      for (index, node) in result.enumerated() { position[node] = index }
    }
  }

  /// Swaps neighbours while that lowers the crossings on both sides of their rank.
  static func transpose(_ graph: RankedGraph, _ layers: inout [[Int]], budget: inout Int) {
    var position = positions(layers, count: graph.nodes.count)
    var improved = true
    var rounds = 0
    while improved && rounds < 12 && budget > 0 {
      improved = false
      rounds += 1
      for rank in layers.indices where layers[rank].count > 1 {
        for index in 0..<(layers[rank].count - 1) {
          let left = layers[rank][index]
          let right = layers[rank][index + 1]
          let before = pairCrossings(graph, left, right, position, work: &budget)
          let after = pairCrossings(graph, right, left, position, work: &budget)
          if after < before {
            layers[rank][index] = right
            layers[rank][index + 1] = left
            position[left] = index + 1
            position[right] = index
            improved = true
          }
        }
      }
    }
  }

  /// Crossings between the edges of `left` and `right` (in that order) with both neighbouring ranks;
  /// the comparisons made are taken from `work`.
  static func pairCrossings(
    _ graph: RankedGraph, _ left: Int, _ right: Int, _ position: [Int], work: inout Int
  ) -> Int {
    pairCrossings(graph.up[left], graph.up[right], position, work: &work)
      + pairCrossings(graph.down[left], graph.down[right], position, work: &work)
  }

  /// Pairs (a of `left`, b of `right`) whose edges cross: b lies before a. Few neighbours are compared
  /// pair by pair; many (a hub, or hundreds of parallel edges) are sorted and merged instead.
  static func pairCrossings(_ left: [Int], _ right: [Int], _ position: [Int], work: inout Int) -> Int {
    if left.count * right.count <= 64 {
      work -= left.count * right.count + 1
      var count = 0
      for a in left {
        for b in right where position[b] < position[a] { count += 1 }
      }
      return count
    }
    let lefts = left.map { position[$0] }.sorted()
    let rights = right.map { position[$0] }.sorted()
    work -= (lefts.count + rights.count) * 8
    var count = 0
    var before = 0
    for a in lefts {
      while before < rights.count && rights[before] < a { before += 1 }
      count += before
    }
    return count
  }

  static func positions(_ layers: [[Int]], count: Int) -> [Int] {
    var position = Array(repeating: 0, count: count)
    for layer in layers { for (index, node) in layer.enumerated() { position[node] = index } }
    return position
  }

  static func crossings(_ graph: RankedGraph, _ layers: [[Int]]) -> Int {
    let position = positions(layers, count: graph.nodes.count)
    var total = 0
    for rank in layers.indices.dropLast() {
      let edges = layers[rank].flatMap { upper in
        graph.down[upper].map { (upper: position[upper], lower: position[$0], weight: 1) }
      }
      total += CrossingCounter.count(edges, lowerSize: layers[rank + 1].count)
    }
    return total
  }
}
