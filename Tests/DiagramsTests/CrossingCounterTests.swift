import TestSupport
import Testing

@testable import Diagrams

@Suite struct CrossingCounterTests {
  static func bruteForce(_ edges: [(upper: Int, lower: Int, weight: Int)]) -> Int {
    var count = 0
    for (i, a) in edges.enumerated() {
      for b in edges[(i + 1)...]
      where (a.upper < b.upper && a.lower > b.lower) || (a.upper > b.upper && a.lower < b.lower) {
        count += a.weight * b.weight
      }
    }
    return count
  }

  @Test(arguments: 0..<50)
  func countsMatchBruteForce(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 31)
    let upper = Int.random(in: 1...9, using: &random)
    let lower = Int.random(in: 1...9, using: &random)
    let edges = (0..<Int.random(in: 0...20, using: &random)).map { _ in
      (
        upper: Int.random(in: 0..<upper, using: &random), lower: Int.random(in: 0..<lower, using: &random),
        weight: 1
      )
    }
    #expect(CrossingCounter.count(edges, lowerSize: lower) == Self.bruteForce(edges))
    // The unweighted form takes the lower ends in the order of the upper ones; its tree may hold
    // anything beforehand, and a second count over the same tree gives the same.
    let lowers = edges.sorted { ($0.upper, $0.lower) < ($1.upper, $1.lower) }.map(\.lower)
    var tree = Array(repeating: 7, count: CrossingCounter.treeSize(lower))
    for _ in 0..<2 {
      let counted = lowers.withUnsafeBufferPointer { lowers in
        tree.withUnsafeMutableBufferPointer {
          CrossingCounter.count(lowers: lowers, lowerSize: lower, tree: $0)
        }
      }
      #expect(counted == Self.bruteForce(edges))
    }
  }

  @Test func aSimpleCross() {
    #expect(CrossingCounter.count([(0, 1, 1), (1, 0, 1)], lowerSize: 2) == 1)
    #expect(CrossingCounter.count([(0, 0, 1), (1, 1, 1)], lowerSize: 2) == 0)
  }
}
