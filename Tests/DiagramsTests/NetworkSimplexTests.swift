import TestSupport
import Testing

@testable import Diagrams

@Suite struct NetworkSimplexTests {
  /// Random DAGs of 2 to 8 nodes: edges only from lower to higher node numbers (so acyclic), minimum
  /// lengths 1 or 2, weights 1 to 3.
  static func randomDAG(seed: UInt64) -> (Int, [NetworkSimplex.Edge]) {
    var random = SeededRandom(seed: seed)
    let count = Int.random(in: 2...8, using: &random)
    var edges: [NetworkSimplex.Edge] = []
    for from in 0..<count {
      for to in (from + 1)..<max(from + 1, count)
      where Int.random(in: 0..<100, using: &random) < (count > 6 ? 30 : 45) {
        edges.append(
          NetworkSimplex.Edge(
            from: from, to: to, minLength: count > 6 ? 1 : Int.random(in: 1...2, using: &random),
            weight: Double(Int.random(in: 1...3, using: &random))))
      }
    }
    return (count, edges)
  }

  static func cost(_ ranks: [Int], _ edges: [NetworkSimplex.Edge]) -> Double {
    edges.reduce(0) { $0 + $1.weight * Double(ranks[$1.to] - ranks[$1.from]) }
  }

  /// The least cost over every feasible ranking, by exhaustive search with pruning. Nodes are numbered in
  /// a topological order, so each node's incoming edges are complete when it is assigned.
  static func bruteForce(_ count: Int, _ edges: [NetworkSimplex.Edge]) -> Double {
    let bound = edges.reduce(0) { $0 + $1.minLength }
    var ranks = Array(repeating: 0, count: count)
    var best = Double.infinity
    func assign(_ node: Int, _ cost: Double) {
      if cost >= best { return }
      if node == count {
        best = cost
        return
      }
      let incoming = edges.filter { $0.to == node }
      let low = incoming.map { ranks[$0.from] + $0.minLength }.max() ?? 0
      for rank in low...max(low, bound) {
        ranks[node] = rank
        assign(node + 1, cost + incoming.reduce(0) { $0 + $1.weight * Double(rank - ranks[$1.from]) })
      }
    }
    assign(0, 0)
    return best
  }

  @Test(arguments: 0..<60)
  func ranksAreOptimal(seed: Int) {
    let (count, edges) = Self.randomDAG(seed: UInt64(seed) &* 7919 &+ 17)
    let ranks = NetworkSimplex.ranks(nodeCount: count, edges: edges)
    for edge in edges { #expect(ranks[edge.to] - ranks[edge.from] >= edge.minLength) }
    #expect(
      Self.cost(ranks, edges) == Self.bruteForce(count, edges),
      "seed \(seed): \(count) nodes, \(edges.count) edges")
  }

  @Test func cyclesAreBrokenByReversingFewEdges() {
    let edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 1)]
    let reversed = CycleBreaker.edgesToReverse(nodeCount: 4, edges: edges.map { (from: $0.0, to: $0.1) })
    #expect(reversed.count <= 2)
    var remaining = edges.enumerated().map {
      reversed.contains($0.offset) ? ($0.element.1, $0.element.0) : $0.element
    }
    // Acyclic: repeatedly remove sources.
    var nodes = Set(0..<4)
    while let source = nodes.sorted().first(where: { node in !remaining.contains { $0.1 == node } }) {
      nodes.remove(source)
      remaining.removeAll { $0.0 == source }
    }
    #expect(nodes.isEmpty)
  }
}
