/// One side's neighbours of every node in flat arrays (each node's run of `targets` starts at its
/// `offsets` entry), so the transposition's inner loop reads them without retaining an array per node,
/// which was a third of its time. With ports, a neighbour's place is its position times the port scale
/// plus the port the edge meets it at, so edges into one node through fixed ports keep their order.
final class FlatAdjacency {
  private let offsets: UnsafeMutableBufferPointer<Int>
  private let targets: UnsafeMutableBufferPointer<Int>
  private let farPorts: UnsafeMutableBufferPointer<Int>
  private let nearPorts: UnsafeMutableBufferPointer<Int>
  let scale: Int

  /// Without ports (`ports` nil), every slot is at its neighbour's plain position.
  init(_ lists: [[Int]], ports: [[(near: Int, far: Int)]]? = nil, scale: Int = 1) {
    let total = max(1, lists.reduce(0) { $0 + $1.count })
    offsets = .allocate(capacity: lists.count + 1)
    targets = .allocate(capacity: total)
    farPorts = .allocate(capacity: total)
    nearPorts = .allocate(capacity: total)
    self.scale = scale
    var next = 0
    for (node, list) in lists.enumerated() {
      offsets[node] = next
      for (index, target) in list.enumerated() {
        targets[next] = target
        let port = scale > 1 ? ports?[node][index] : nil
        farPorts[next] = port?.far ?? 0
        nearPorts[next] = port?.near ?? 0
        next += 1
      }
    }
    offsets[lists.count] = next
  }

  convenience init(_ graph: RankedGraph, downward: Bool) {
    self.init(
      downward ? graph.down : graph.up, ports: downward ? graph.downPorts : graph.upPorts,
      scale: graph.portScale)
  }

  deinit {
    offsets.deallocate()
    targets.deallocate()
    farPorts.deallocate()
    nearPorts.deallocate()
  }

  /// Neighbour slots over all nodes.
  var slotCount: Int { offsets[offsets.count - 1] }

  /// Where the node's neighbours lie in `target(_:)`.
  func range(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

  func target(_ slot: Int) -> Int { targets[slot] }

  /// The port at this slot's own node (0 without ports).
  func nearPort(_ slot: Int) -> Int { nearPorts[slot] }

  /// The neighbour's place, in slots: its position scaled, plus the port the edge meets it at.
  @inline(__always)
  func place<Positions: Collection<Int>>(_ slot: Int, _ position: Positions) -> Int
  where Positions.Index == Int {
    position[targets[slot]] &* scale &+ farPorts[slot]
  }

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
        let at = place(a, position)
        for b in rights {
          let other = place(b, position)
          if other < at { leftFirst += 1 } else if other > at { rightFirst += 1 }
        }
      }
      return (leftFirst, rightFirst)
    }
    let leftPositions = lefts.map { place($0, position) }.sorted()
    let rightPositions = rights.map { place($0, position) }.sorted()
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
