/// One side's neighbours of every node in two flat arrays (each node's run of `targets` starts at its
/// `offsets` entry), so the transposition's inner loop reads them without retaining an array per node,
/// which was a third of its time.
final class FlatAdjacency {
  private let offsets: UnsafeMutableBufferPointer<Int>
  private let targets: UnsafeMutableBufferPointer<Int>

  init(_ lists: [[Int]]) {
    offsets = .allocate(capacity: lists.count + 1)
    targets = .allocate(capacity: max(1, lists.reduce(0) { $0 + $1.count }))
    var next = 0
    for (node, list) in lists.enumerated() {
      offsets[node] = next
      for target in list {
        targets[next] = target
        next += 1
      }
    }
    offsets[lists.count] = next
  }

  deinit {
    offsets.deallocate()
    targets.deallocate()
  }

  /// Where the node's neighbours lie in `target(_:)`.
  func range(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

  func target(_ slot: Int) -> Int { targets[slot] }

  /// Pairs (a of `left`, b of `right`) whose edges cross with `left` placed first (b lies before a), and
  /// with `right` first (a lies before b): transposition and sifting weigh both orders of every pair, and
  /// one pass over the neighbours gives both. Few neighbours are compared pair by pair; many (a hub, or
  /// hundreds of parallel edges) are sorted and merged instead. `work` is charged as for two one-way
  /// counts, so a budget ends where it always did.
  func crossings(_ left: Int, _ right: Int, _ position: UnsafeMutableBufferPointer<Int>, work: inout Int)
    -> (leftFirst: Int, rightFirst: Int)
  {
    let lefts = offsets[left]..<offsets[left + 1]
    let rights = offsets[right]..<offsets[right + 1]
    if lefts.count * rights.count <= 64 {
      work -= 2 * (lefts.count * rights.count + 1)
      var leftFirst = 0
      var rightFirst = 0
      for a in lefts {
        let at = position[targets[a]]
        for b in rights {
          let other = position[targets[b]]
          if other < at { leftFirst += 1 } else if other > at { rightFirst += 1 }
        }
      }
      return (leftFirst, rightFirst)
    }
    let leftPositions = lefts.map { position[targets[$0]] }.sorted()
    let rightPositions = rights.map { position[targets[$0]] }.sorted()
    work -= 2 * (leftPositions.count + rightPositions.count) * 8
    var leftFirst = 0
    var rightFirst = 0
    var below = 0  // right positions less than the current left one
    var upTo = 0  // right positions not greater than it
    for a in leftPositions {
      while below < rightPositions.count && rightPositions[below] < a { below += 1 }
      while upTo < rightPositions.count && rightPositions[upTo] <= a { upTo += 1 }
      leftFirst += below
      rightFirst += rightPositions.count - upTo
    }
    return (leftFirst, rightFirst)
  }
}
