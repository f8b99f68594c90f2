import TestSupport
import Testing

@testable import Diagrams

/// Crossing reduction stops a start once its passes only repeat earlier ones (`PassCycle`), and the
/// barycenter baseline once its sweeps do: the orders must be exactly those of running every pass.
@Suite struct PassCycleTests {
  /// A graph of `ranks` ranks with random edges between neighbouring ranks and a few spanning two.
  func randomGraph(seed: UInt64, ranks: Int, width: Int) -> RankedGraph {
    var random = SeededRandom(seed: seed)
    var graph = RankedGraph()
    var layers: [[Int]] = []
    for rank in 0..<ranks {
      let count = 1 + Int(random.next() % UInt64(width))
      layers.append(
        (0..<count).map { _ in graph.addNode(.init(width: 10, height: 10, rank: rank, original: 0)) })
    }
    for rank in 0..<(ranks - 1) {
      for upper in layers[rank] {
        for _ in 0..<(1 + Int(random.next() % 3)) {
          let lower = layers[rank + 1][Int(random.next() % UInt64(layers[rank + 1].count))]
          graph.addSegment(upper, lower, weight: 1 + Int(random.next() % 2))
        }
      }
    }
    graph.layers = layers
    return graph
  }

  @Test(arguments: [(3, 4), (5, 6), (8, 10), (12, 20)])
  func skippingRepeatsGivesTheOrderOfEveryPass(ranks: Int, width: Int) {
    for seed in UInt64(1)...40 {
      let graph = randomGraph(seed: seed, ranks: ranks, width: width)
      var skipped = graph
      var full = graph
      let left = CrossingReduction.order(&skipped)
      let fullLeft = CrossingReduction.order(&full, skippingRepeats: false)
      #expect(skipped.layers == full.layers, "seed \(seed)")
      #expect(left == fullLeft, "budget left, seed \(seed)")
      var baseline = graph
      var fullBaseline = graph
      CrossingReduction.barycenterOnly(&baseline)
      CrossingReduction.barycenterOnly(&fullBaseline, skippingRepeats: false)
      #expect(baseline.layers == fullBaseline.layers, "baseline, seed \(seed)")
    }
  }

  /// With a budget that runs out part of the way, skipping must spend it as the skipped passes would.
  @Test func aBudgetRunningOutIsSpentAsWithoutSkipping() {
    for seed in UInt64(1)...12 {
      let graph = randomGraph(seed: seed, ranks: 6, width: 6)
      for budget in stride(from: 100, to: 6_000, by: 150) {
        var skipped = graph
        var full = graph
        let left = CrossingReduction.order(&skipped, budget: budget)
        let fullLeft = CrossingReduction.order(&full, budget: budget, skippingRepeats: false)
        #expect(skipped.layers == full.layers, "seed \(seed), budget \(budget)")
        #expect(left == fullLeft, "budget left, seed \(seed), budget \(budget)")
      }
    }
  }

  @Test func aCycleIsFoundOnlyWhenAnOrderComesBackAfterFourPasses() {
    var cycle = CrossingReduction.PassCycle()
    let a = [[0, 1], [2, 3]]
    let b = [[1, 0], [2, 3]]
    #expect(cycle.record(a, spent: 1, remaining: 5) == nil)
    #expect(cycle.record(b, spent: 2, remaining: 5) == nil)
    #expect(cycle.record(a, spent: 3, remaining: 5) == nil)
    #expect(cycle.record(b, spent: 4, remaining: 5) == nil)
    // The fifth order is the first again: the next five passes spend 2, 3, 4, 5, 2.
    #expect(cycle.record(a, spent: 5, remaining: 5) == 16)
  }
}
