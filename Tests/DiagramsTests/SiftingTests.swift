import Testing

@testable import Diagrams

/// Sifting moves a node past several others at once, out of orders where no swap of two neighbours helps.
@Suite struct SiftingTests {
  /// Upper rank t0...t3; lower rank n0...n3 with n0-t1, n0-t2, n1-t0, n1-t3, n2-t1, n3-t2: five
  /// crossings, and swapping any two neighbours, in either rank, gives no fewer.
  func stuckGraph(lowerAreBends: Bool = false) -> RankedGraph {
    var graph = RankedGraph()
    let upper = (0..<4).map { _ in graph.addNode(.init(width: 10, height: 10, rank: 0, original: 0)) }
    let lower = (0..<4).map { _ in
      graph.addNode(.init(width: 10, height: 10, rank: 1, original: lowerAreBends ? nil : 0))
    }
    for (node, neighbours) in [[1, 2], [0, 3], [1], [2]].enumerated() {
      for neighbour in neighbours { graph.addSegment(upper[neighbour], lower[node], weight: 1) }
    }
    graph.layers = [upper, lower]
    return graph
  }

  @Test func transpositionIsStuckWhereSiftingIsNot() {
    let graph = stuckGraph()
    let sides = CrossingReduction.Sides(graph)
    #expect(CrossingReduction.crossings(graph, graph.layers) == 5)

    var transposed = graph.layers
    var budget = CrossingReduction.transposeBudget
    CrossingReduction.transpose(graph, &transposed, budget: &budget, sides: sides)
    #expect(transposed == graph.layers, "no swap of two neighbours lowers the crossings")

    var sifted = graph.layers
    #expect(CrossingReduction.sift(graph, &sifted, budget: &budget, sides: sides))
    #expect(CrossingReduction.crossings(graph, sifted) == 4)
  }

  @Test func siftingNeverAddsCrossingsAndLeavesABestOrderAlone() {
    var graph = stuckGraph()
    CrossingReduction.order(&graph)
    let ordered = CrossingReduction.crossings(graph, graph.layers)
    #expect(ordered <= 4)
    var again = graph.layers
    var budget = CrossingReduction.transposeBudget
    CrossingReduction.sift(graph, &again, budget: &budget, sides: CrossingReduction.Sides(graph))
    #expect(CrossingReduction.crossings(graph, again) <= ordered)
  }

  @Test func theBendsOfLongEdgesAreLeftToTheOtherSteps() {
    let graph = stuckGraph(lowerAreBends: true)
    var layers = graph.layers
    var budget = CrossingReduction.siftBudget
    // The upper rank's real nodes gain nothing; the lower rank's bends would, but are not sifted.
    #expect(!CrossingReduction.sift(graph, &layers, budget: &budget, sides: CrossingReduction.Sides(graph)))
    #expect(layers == graph.layers)
  }

  @Test func siftingSpendsTheBudgetAndStops() {
    let graph = stuckGraph()
    var layers = graph.layers
    var budget = 0
    #expect(!CrossingReduction.sift(graph, &layers, budget: &budget, sides: CrossingReduction.Sides(graph)))
    #expect(layers == graph.layers)
  }
}
