/// Makes a graph acyclic by reversing a small set of edges: the greedy feedback arc set heuristic of
/// Eades, Lin and Smyth (1993). Sinks go right, sources left, else the node whose out-degree most
/// exceeds its in-degree; edges pointing leftwards in the resulting sequence are reversed.
/// Ties go to the earlier node, so the result is deterministic and follows the source order.
enum CycleBreaker {
  /// Indexes of the edges to reverse. Self-loops must be removed first.
  static func edgesToReverse(nodeCount: Int, edges: [(from: Int, to: Int)]) -> Set<Int> {
    var outgoing = Array(repeating: [Int](), count: nodeCount)
    var incoming = Array(repeating: [Int](), count: nodeCount)
    for (index, edge) in edges.enumerated() {
      outgoing[edge.from].append(index)
      incoming[edge.to].append(index)
    }
    var outDegree = outgoing.map(\.count)
    var inDegree = incoming.map(\.count)
    var removed = Array(repeating: false, count: nodeCount)
    var left: [Int] = []
    var right: [Int] = []
    var remaining = nodeCount
    func remove(_ node: Int) {
      removed[node] = true
      remaining -= 1
      for edge in outgoing[node] where !removed[edges[edge].to] { inDegree[edges[edge].to] -= 1 }
      for edge in incoming[node] where !removed[edges[edge].from] { outDegree[edges[edge].from] -= 1 }
    }
    while remaining > 0 {
      var changed = true
      while changed {
        changed = false
        for node in 0..<nodeCount where !removed[node] && outDegree[node] == 0 {
          right.append(node)
          remove(node)
          changed = true
        }
        for node in 0..<nodeCount where !removed[node] && inDegree[node] == 0 {
          left.append(node)
          remove(node)
          changed = true
        }
      }
      guard remaining > 0 else { break }
      var best = -1
      var bestDelta = Int.min
      for node in 0..<nodeCount where !removed[node] && outDegree[node] - inDegree[node] > bestDelta {
        best = node
        bestDelta = outDegree[node] - inDegree[node]
      }
      left.append(best)
      remove(best)
    }
    var position = Array(repeating: 0, count: nodeCount)
    for (index, node) in (left + right.reversed()).enumerated() { position[node] = index }
    var reversed = Set<Int>()
    for (index, edge) in edges.enumerated() where position[edge.from] > position[edge.to] {
      reversed.insert(index)
    }
    return reversed
  }
}
