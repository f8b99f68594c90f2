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

  /// Pairs (a of `left`, b of `right`) whose edges cross: b lies before a. Few neighbours are compared
  /// pair by pair; many (a hub, or hundreds of parallel edges) are sorted and merged instead. The
  /// comparisons made are taken from `work`.
  func crossings(_ left: Int, _ right: Int, _ position: UnsafeMutableBufferPointer<Int>, work: inout Int)
    -> Int
  {
    let lefts = offsets[left]..<offsets[left + 1]
    let rights = offsets[right]..<offsets[right + 1]
    if lefts.count * rights.count <= 64 {
      work -= lefts.count * rights.count + 1
      var count = 0
      for a in lefts {
        let after = position[targets[a]]
        for b in rights where position[targets[b]] < after { count += 1 }
      }
      return count
    }
    let leftPositions = lefts.map { position[targets[$0]] }.sorted()
    let rightPositions = rights.map { position[targets[$0]] }.sorted()
    work -= (leftPositions.count + rightPositions.count) * 8
    var count = 0
    var before = 0
    for a in leftPositions {
      while before < rightPositions.count && rightPositions[before] < a { before += 1 }
      count += before
    }
    return count
  }
}
