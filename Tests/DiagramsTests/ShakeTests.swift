import TestSupport
import Testing

@testable import Diagrams

/// `CrossingReduction.shake`: shuffles a few ranks, repairs only the ranks around them, and keeps what
/// crosses no more; a drawing changes only when its crossings go down.
@Suite struct ShakeTests {
  let graphs = PassCycleTests()

  /// The order crossing reduction had before `shake`: barycenter sweeps, then sifting.
  func swept(_ graph: RankedGraph) -> [[Int]] {
    var ordered = graph
    CrossingReduction.barycenterOnly(&ordered)
    var budget = CrossingReduction.transposeBudget
    var sifting = CrossingReduction.siftBudget
    let sides = CrossingReduction.Sides(graph)
    let count = CrossingReduction.crossings(graph, ordered.layers, sides: sides)
    return CrossingReduction.refine(
      graph, ordered.layers, crossings: count, sifting: &sifting, transposing: &budget, sides: sides
    ).layers
  }

  func shaken(_ graph: RankedGraph, _ start: [[Int]]) -> (layers: [[Int]], crossings: Int) {
    var layers = start
    var total = CrossingReduction.crossings(graph, start)
    var transposing = CrossingReduction.shakeBudget
    var sifting = CrossingReduction.shakeBudget
    CrossingReduction.shake(
      graph, &layers, crossings: &total, sides: CrossingReduction.Sides(graph), transposing: &transposing,
      sifting: &sifting)
    return (layers, total)
  }

  @Test func shakingLowersCrossingsAndKeepsItsCountRight() {
    var before = 0
    var after = 0
    for seed in UInt64(1)...30 {
      let graph = graphs.randomGraph(seed: seed, ranks: 6, width: 8)
      let start = swept(graph)
      let result = shaken(graph, start)
      let startCount = CrossingReduction.crossings(graph, start)
      #expect(result.crossings <= startCount, "seed \(seed)")
      #expect(result.crossings == CrossingReduction.crossings(graph, result.layers), "seed \(seed)")
      for rank in start.indices {
        #expect(result.layers[rank].sorted() == start[rank].sorted(), "rank \(rank) keeps its nodes")
      }
      before += startCount
      after += result.crossings
    }
    #expect(after < before, "shaking found fewer crossings than sweeps and sifting: \(before) -> \(after)")
  }

  @Test func withoutAGainTheOrderIsKept() {
    // Two ranks of two nodes joined every way: one crossing whatever the order.
    var graph = RankedGraph()
    let upper = (0..<2).map { _ in graph.addNode(.init(width: 10, height: 10, rank: 0, original: 0)) }
    let lower = (0..<2).map { _ in graph.addNode(.init(width: 10, height: 10, rank: 1, original: 0)) }
    for top in upper { for bottom in lower { graph.addSegment(top, bottom, weight: 1) } }
    graph.layers = [upper, lower]
    let result = shaken(graph, graph.layers)
    #expect(result.crossings == 1)
    #expect(result.layers == graph.layers)
  }

  @Test func settlingReturnsNodesWhereThatCostsNothing() {
    // Upper a, b; lower c, d joined a-c, b-d, and e, f with no edges. The search left b before a (one
    // crossing) and f before e; settling may swap f and e back for free, but not a and b.
    var graph = RankedGraph()
    let (a, b) = (
      graph.addNode(.init(width: 10, height: 10, rank: 0, original: 0)),
      graph.addNode(.init(width: 10, height: 10, rank: 0, original: 1))
    )
    let lower = (0..<4).map { _ in graph.addNode(.init(width: 10, height: 10, rank: 1, original: 2)) }
    let (c, d, e, f) = (lower[0], lower[1], lower[2], lower[3])
    graph.addSegment(a, c, weight: 1)
    graph.addSegment(b, d, weight: 1)
    graph.layers = [[a, b], [c, d, e, f]]
    var layers = [[b, a], [c, d, f, e]]
    var budget = CrossingReduction.shakeBudget
    CrossingReduction.settle(
      graph, &layers, toward: graph.layers, sides: CrossingReduction.Sides(graph), budget: &budget)
    #expect(layers == [[b, a], [c, d, e, f]])
  }

  @Test func theSameGraphIsShakenTheSameWay() {
    let graph = graphs.randomGraph(seed: 7, ranks: 8, width: 10)
    let start = swept(graph)
    #expect(shaken(graph, start).layers == shaken(graph, start).layers)
  }

  @Test func frozenRanksAreLeftAlone() {
    var gains = 0
    for seed in UInt64(1)...30 {
      var graph = graphs.randomGraph(seed: seed, ranks: 6, width: 8)
      graph.frozen = [2]
      let start = swept(graph)
      #expect(start[2] == graph.layers[2], "the sweeps keep it, seed \(seed)")
      let result = shaken(graph, start)
      #expect(result.layers[2] == graph.layers[2], "seed \(seed)")
      if result.crossings < CrossingReduction.crossings(graph, start) { gains += 1 }
    }
    #expect(gains > 0, "shaking found gains around the frozen rank, so it was tried")
  }

  @Test func confinedStepsTouchOnlyTheirRanks() {
    let graph = graphs.randomGraph(seed: 11, ranks: 8, width: 10)
    let sides = CrossingReduction.Sides(graph)
    let start = graph.layers.map { Array($0.reversed()) }
    let within = 4...6
    var swept = start
    CrossingReduction.sweep(graph, &swept, downward: true, sides: sides, within: within)
    var transposed = start
    var budget = CrossingReduction.transposeBudget
    CrossingReduction.transpose(graph, &transposed, budget: &budget, sides: sides, within: within)
    var sifted = start
    CrossingReduction.sift(graph, &sifted, budget: &budget, sides: sides, within: within)
    for rank in start.indices where !within.contains(rank) {
      #expect(swept[rank] == start[rank], "sweep, rank \(rank)")
      #expect(transposed[rank] == start[rank], "transpose, rank \(rank)")
      #expect(sifted[rank] == start[rank], "sift, rank \(rank)")
    }
    #expect(swept != start, "the sweep changed its own ranks")
    #expect(transposed != start, "transposition changed its own ranks")
    #expect(sifted != start, "sifting changed its own ranks")
  }

  @Test func confinedCountsAddUpToTheWholeCount() {
    let graph = graphs.randomGraph(seed: 5, ranks: 7, width: 9)
    let whole = CrossingReduction.crossings(graph, graph.layers)
    let gaps = (0..<(graph.layers.count - 1)).map {
      CrossingReduction.crossings(graph, graph.layers, upper: $0...$0)
    }
    #expect(gaps.reduce(0, +) == whole)
    #expect(CrossingReduction.crossings(graph, graph.layers, upper: 2...4) == gaps[2...4].reduce(0, +))
    #expect(CrossingReduction.gaps(0...6, rankCount: 7) == 0...5)
    #expect(CrossingReduction.gaps(2...3, rankCount: 7) == 1...3)
  }
}
