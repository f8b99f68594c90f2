extension CrossingReduction {
  /// Sifting (Matuszewski, Schönfeld and Molitor, 1999): each node in turn leaves its rank and goes
  /// back in at the place where its edges cross the fewest edges of the other nodes of the rank, on both
  /// sides. Where transposition stops at the first neighbour that would not gain, a sifted node can
  /// cross a whole run of nodes to a better place. Only real nodes are sifted: the bends of long edges
  /// are most of a wide rank, each costs a pass over the rank, and sifting them too found no fewer
  /// crossings on the benchmark graphs. `within` keeps it to those ranks. Returns whether any node moved.
  @discardableResult
  static func sift(
    _ graph: RankedGraph, _ layers: inout [[Int]], budget: inout Int, sides: Sides,
    within: ClosedRange<Int>? = nil
  ) -> Bool {
    let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, graph.nodes.count))
    defer { position.deallocate() }
    for rank in clamped(within, layers.count, widenedBy: 1) {
      for (index, node) in layers[rank].enumerated() { position[node] = index }
    }
    /// Crossings saved by putting `other` before `node` rather than after it, on both sides.
    func gain(_ node: Int, _ other: Int) -> Int {
      let above = sides.up.crossings(node, other, position, work: &budget)
      let below = sides.down.crossings(node, other, position, work: &budget)
      return above.leftFirst + below.leftFirst - above.rightFirst - below.rightFirst
    }
    var moved = false
    var gains: [Int] = []
    for rank in layers.indices
    where layers[rank].count > 2 && !graph.isFrozen(rank) && within?.contains(rank) != false {
      var row: [Int] = []
      swap(&row, &layers[rank])
      for node in Array(row) where budget > 0 && graph.nodes[node].original != nil {
        let from = position[node]
        row.remove(at: from)
        // gains[p]: crossings saved by going in before row[p] rather than before row[0].
        gains.removeAll(keepingCapacity: true)
        var saved = 0
        for other in row {
          gains.append(saved)
          saved += gain(node, other)
        }
        gains.append(saved)
        // The first best place; the old place wins ties, so nothing moves for nothing.
        var to = from
        for place in gains.indices where gains[place] > gains[to] { to = place }
        row.insert(node, at: to)
        if to != from {
          moved = true
          for index in min(from, to)...max(from, to) { position[row[index]] = index }
        }
      }
      swap(&row, &layers[rank])
    }
    return moved
  }
}
