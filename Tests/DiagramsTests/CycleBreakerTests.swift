import TestSupport
import Testing

@testable import Diagrams

/// Which edges a cyclic graph's layout turns round: few of them, and those that close a cycle against
/// the order the chart was written in, so a flow reads from its start downwards.
@Suite struct CycleBreakerTests {
  typealias Edges = [(from: Int, to: Int)]

  /// Whether the edges, with `reversed` turned round, leave no cycle (sources removed until none is left).
  static func isAcyclic(_ count: Int, _ edges: Edges, reversed: Set<Int>) -> Bool {
    var remaining = edges.enumerated().map {
      reversed.contains($0.offset) ? ($0.element.to, $0.element.from) : ($0.element.from, $0.element.to)
    }
    var nodes = Set(0..<count)
    while let source = nodes.sorted().first(where: { node in !remaining.contains { $0.1 == node } }) {
      nodes.remove(source)
      remaining.removeAll { $0.0 == source }
    }
    return nodes.isEmpty
  }

  @Test func aRetryClosingTheLoopIsTurnedNotTheFirstStep() {
    // start -> still -> fork -> (a | b) -> join -> done -> choice -> still (retry), choice -> end,
    // still -> moving -> still (stop). The fork has the most edges out, so the greedy heuristic alone
    // turns still -> fork and draws the whole loop above the start.
    let edges: Edges = [
      (0, 1), (1, 2), (2, 1), (1, 3), (3, 4), (3, 5), (4, 6), (5, 6), (6, 7), (7, 8), (8, 1), (8, 9), (1, 9),
    ]
    #expect(CycleBreaker.greedyReversals(nodeCount: 10, edges: edges).contains(3))
    #expect(CycleBreaker.edgesToReverse(nodeCount: 10, edges: edges) == [2, 10])
  }

  @Test func aCycleWithNoWayInStartsAtItsFirstNode() {
    let edges: Edges = [(0, 1), (1, 2), (2, 0)]
    #expect(CycleBreaker.edgesToReverse(nodeCount: 3, edges: edges) == [2])
  }

  @Test func theGreedyChoiceStandsWhenTheSearchWouldTurnMoreEdges() {
    // Two loops through 1 need two turned edges either way: the search's, the ones back into 1.
    let loops: Edges = [(0, 1), (1, 2), (2, 1), (1, 3), (3, 1)]
    #expect(CycleBreaker.edgesToReverse(nodeCount: 4, edges: loops) == [2, 4])
    // Three cycles through 0 -> 1 with no way in: the search from 0 turns the three edges back into 0,
    // the greedy heuristic only 0 -> 1, and that is kept.
    let fan: Edges = [(0, 1), (1, 2), (1, 3), (1, 4), (2, 0), (3, 0), (4, 0)]
    #expect(CycleBreaker.depthFirstReversals(nodeCount: 5, edges: fan).count == 3)
    #expect(CycleBreaker.edgesToReverse(nodeCount: 5, edges: fan).count == 1)
  }

  @Test(arguments: 0..<200)
  func neverMoreEdgesThanGreedyAndAlwaysAcyclic(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed))
    let count = Int.random(in: 3...10, using: &random)
    var edges: Edges = []
    for _ in 0..<(count * 2) {
      let from = Int.random(in: 0..<count, using: &random)
      let to = Int.random(in: 0..<count, using: &random)
      if from != to { edges.append((from, to)) }
    }
    let reversed = CycleBreaker.edgesToReverse(nodeCount: count, edges: edges)
    #expect(Self.isAcyclic(count, edges, reversed: reversed), "seed \(seed)")
    #expect(reversed.count <= CycleBreaker.greedyReversals(nodeCount: count, edges: edges).count)
  }

  @Test func anAcyclicGraphKeepsEveryEdge() {
    let edges: Edges = [(0, 1), (1, 2), (0, 2), (3, 2)]
    #expect(CycleBreaker.edgesToReverse(nodeCount: 4, edges: edges).isEmpty)
  }

  @Test func theStateMachineStartsAtItsTop() throws {
    let diagram = try StateParser.parse(
      "stateDiagram-v2\n[*] --> Still\nStill --> Moving\nMoving --> Still\nStill --> fork_state\n"
        + "state fork_state <<fork>>\nfork_state --> A\nA --> Done\nDone --> Still : retry\n")
    let drawing = StateLayout.layout(diagram)
    func top(_ id: String) -> Double { drawing.nodes.first { $0.id == id }!.center.y }
    #expect(top("root_start") < top("Still"))
    #expect(top("Still") < top("fork_state") && top("fork_state") < top("A") && top("A") < top("Done"))
  }
}
