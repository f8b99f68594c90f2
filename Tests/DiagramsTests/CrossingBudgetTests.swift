import Testing

@testable import Diagrams

/// Transposition stops when its budget of comparisons is spent, so a few nodes joined by hundreds of
/// parallel edges (the fuzzer's `hundreds-of-parallel-edges.mmd`, 10 s before) cannot stall a build.
@Suite struct CrossingBudgetTests {
  /// Two ranks of `width` nodes, every upper node joined to every lower one.
  func denseGraph(width: Int) -> RankedGraph {
    var graph = RankedGraph()
    let upper = (0..<width).map { _ in graph.addNode(.init(width: 10, height: 10, rank: 0, original: 0)) }
    let lower = (0..<width).map { _ in graph.addNode(.init(width: 10, height: 10, rank: 1, original: 0)) }
    for a in upper { for b in lower { graph.addSegment(a, b, weight: 1) } }
    graph.layers = [upper, lower.reversed()]
    return graph
  }

  @Test func transpositionSpendsItsBudgetAndStops() {
    let graph = denseGraph(width: 30)
    var layers = graph.layers
    var budget = 1_000
    CrossingReduction.transpose(graph, &layers, budget: &budget)
    #expect(budget <= 0)
    // Each comparison of two neighbours costs their degrees multiplied: 30 x 30 here, so the budget of a
    // thousand allows one or two pairs before the round ends.
    var spent = 0
    var untouched = graph.layers
    CrossingReduction.transpose(graph, &untouched, budget: &spent)
    #expect(untouched == graph.layers, "no budget, no work")
  }

  @Test func ordinaryGraphsStayFarBelowTheBudget() {
    var graph = denseGraph(width: 6)
    var budget = CrossingReduction.transposeBudget
    var layers = graph.layers
    CrossingReduction.transpose(graph, &layers, budget: &budget)
    #expect(CrossingReduction.transposeBudget - budget < 100_000)
    CrossingReduction.order(&graph)
    #expect(
      CrossingReduction.crossings(graph, graph.layers)
        <= CrossingReduction.crossings(denseGraph(width: 6), denseGraph(width: 6).layers))
  }
}
