/// Counts crossings between two adjacent ranks in O(E log V) with an accumulator tree (Barth, Jünger and
/// Mutzel, "Simple and efficient bilayer cross counting", 2004).
enum CrossingCounter {
  /// `edges` are (position in the upper rank, position in the lower rank) pairs, with weights.
  static func count(_ edges: [(upper: Int, lower: Int, weight: Int)], lowerSize: Int) -> Int {
    guard edges.count > 1, lowerSize > 0 else { return 0 }
    let sorted = edges.sorted { ($0.upper, $0.lower) < ($1.upper, $1.lower) }
    var firstLeaf = 1
    while firstLeaf < lowerSize { firstLeaf *= 2 }
    var tree = Array(repeating: 0, count: 2 * firstLeaf)
    firstLeaf -= 1
    var crossings = 0
    for edge in sorted {
      var index = edge.lower + firstLeaf + 1
      tree[index] += edge.weight
      var weightSum = 0
      while index > 1 {
        // Edges already in the tree ending further right cross this one: add the right sibling's count.
        if index % 2 == 0 { weightSum += tree[index + 1] }
        index /= 2
        tree[index] += edge.weight
      }
      crossings += edge.weight * weightSum
    }
    return crossings
  }

  /// Slots the accumulator tree needs for a lower rank of `lowerSize` places.
  static func treeSize(_ lowerSize: Int) -> Int {
    var firstLeaf = 1
    while firstLeaf < lowerSize { firstLeaf *= 2 }
    return 2 * firstLeaf
  }

  /// The same for unweighted edges given as their lower positions in the order of their upper ones
  /// (ties by lower position), as crossing reduction has them, in buffers the caller owns (crossing
  /// reduction counts after every pass); `tree` holds at least `treeSize(lowerSize)` slots, whose
  /// contents do not matter.
  static func count(lowers: UnsafeBufferPointer<Int>, lowerSize: Int, tree: UnsafeMutableBufferPointer<Int>)
    -> Int
  {
    guard lowers.count > 1, lowerSize > 0 else { return 0 }
    let size = treeSize(lowerSize)
    let firstLeaf = size / 2
    tree.baseAddress!.update(repeating: 0, count: size)
    var crossings = 0
    for lower in lowers {
      var index = lower + firstLeaf
      tree[index] += 1
      while index > 1 {
        if index % 2 == 0 { crossings += tree[index + 1] }
        index /= 2
        tree[index] += 1
      }
    }
    return crossings
  }
}
