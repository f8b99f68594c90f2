/// Makes a graph acyclic by reversing a small set of edges: the greedy feedback arc set heuristic of
/// Eades, Lin and Smyth (1993). Sinks go right, sources left, else the node whose out-degree most
/// exceeds its in-degree; edges pointing leftwards in the resulting sequence are reversed.
/// Ties go to the earlier node, so the result is deterministic and follows the source order.
///
/// A depth-first search from the sources in source order (what dagre, and so mermaid, uses) reverses
/// the edges that close a cycle against the way the chart was written: `retry` back to the start rather
/// than the first step out of it. When it reverses no more edges than the greedy heuristic, its choice
/// is taken, so a flow reads from its start downwards.
enum CycleBreaker {
  /// Indexes of the edges to reverse. Self-loops must be removed first.
  static func edgesToReverse(nodeCount: Int, edges: [(from: Int, to: Int)]) -> Set<Int> {
    let greedy = greedyReversals(nodeCount: nodeCount, edges: edges)
    guard !greedy.isEmpty else { return greedy }
    let searched = depthFirstReversals(nodeCount: nodeCount, edges: edges)
    return searched.count <= greedy.count ? searched : greedy
  }

  /// The back edges of a depth-first search started from every source in order, then from any node
  /// not yet reached (a cycle with no way in), each following its edges in the order written.
  static func depthFirstReversals(nodeCount: Int, edges: [(from: Int, to: Int)]) -> Set<Int> {
    var outgoing = Array(repeating: [Int](), count: nodeCount)
    var hasIncoming = Array(repeating: false, count: nodeCount)
    for (index, edge) in edges.enumerated() {
      outgoing[edge.from].append(index)
      hasIncoming[edge.to] = true
    }
    // 0 unvisited, 1 on the search path, 2 finished.
    var state = Array(repeating: 0, count: nodeCount)
    var reversed = Set<Int>()
    let starts = (0..<nodeCount).filter { !hasIncoming[$0] } + (0..<nodeCount)
    for start in starts where state[start] == 0 {
      var stack: [(node: Int, next: Int)] = [(start, 0)]
      state[start] = 1
      while let top = stack.last {
        guard top.next < outgoing[top.node].count else {
          state[top.node] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let edge = outgoing[top.node][top.next]
        let target = edges[edge].to
        switch state[target] {
        case 0:
          state[target] = 1
          stack.append((target, 0))
        case 1: reversed.insert(edge)
        default: break
        }
      }
    }
    return reversed
  }

  /// The greedy heuristic's edges to reverse.
  static func greedyReversals(nodeCount: Int, edges: [(from: Int, to: Int)]) -> Set<Int> {
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
