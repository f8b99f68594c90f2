import Testing

@testable import Diagrams

/// One pass counts a pair's crossings in both orders, the same as counting pair by pair, on both paths
/// (few neighbours compared directly, many sorted and merged) and with neighbours that coincide.
@Suite struct FlatAdjacencyTests {
  @Test(arguments: [(3, 4), (9, 8), (40, 25)])
  func bothOrdersMatchAPairByPairCount(leftDegree: Int, rightDegree: Int) {
    // Nodes 0 and 1 each reach into a rank of 12 positions, with repeats (parallel edges) and shared ends.
    let left = (0..<leftDegree).map { 2 + ($0 * 7) % 12 }
    let right = (0..<rightDegree).map { 2 + ($0 * 5 + 3) % 12 }
    let adjacency = FlatAdjacency([left, right] + Array(repeating: [], count: 12))
    let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: 14)
    defer { position.deallocate() }
    for node in 0..<14 { position[node] = node < 2 ? 0 : (node * 5) % 12 }
    var work = 0
    let counted = adjacency.crossings(0, 1, position, work: &work)
    var leftFirst = 0
    var rightFirst = 0
    for a in left {
      for b in right {
        if position[b] < position[a] { leftFirst += 1 }
        if position[a] < position[b] { rightFirst += 1 }
      }
    }
    #expect(counted.leftFirst == leftFirst)
    #expect(counted.rightFirst == rightFirst)
    // Charged as two one-way counts were, so budgets end where they did.
    let product = leftDegree * rightDegree
    #expect(-work == (product <= 64 ? 2 * (product + 1) : 2 * (leftDegree + rightDegree) * 8))
  }
}
