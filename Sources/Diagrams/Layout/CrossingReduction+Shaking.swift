extension CrossingReduction {
  /// Iterated local search on the best order the starts found (Lourenço, Martin and Stützle's scheme).
  /// Sweeps, transposition and sifting stop in a local optimum: no single move or swap lowers the count.
  /// Each round shuffles a run of a few places in one to three neighbouring ranks, the first of them next
  /// to a crossing, repairs only those ranks and one on each side (sweeps, transposition, then sifting),
  /// and keeps the result when it crosses no more than before, else puts the ranks back. Keeping equal results lets the order drift along plateaus.
  /// Repairing the whole order instead undid most of what sifting had found elsewhere and gained far less
  /// for the same time. The seed is fixed, so a graph is always drawn the same way.
  static func shake(
    _ graph: RankedGraph, _ layers: inout [[Int]], crossings total: inout Int, sides: Sides,
    transposing: inout Int, sifting: inout Int
  ) {
    let movable = layers.indices.map { layers[$0].count > 1 && !graph.isFrozen($0) }
    guard movable.contains(true), layers.count > 1 else { return }
    // Crossings below each rank: a round shakes only ranks next to some, as elsewhere nothing can gain.
    var gapCrossings = (0..<(layers.count - 1)).map {
      crossings(graph, layers, sides: sides, upper: $0...$0)
    }
    var choices: [Int] = []
    var random = SplitMix(seed: 0x5EED)
    let start = (layers: layers, crossings: total)
    var stale = 0
    var round = 0
    while total > 0 && round < shakeRounds && stale < shakeStaleRounds && transposing > 0 && sifting > 0 {
      round += 1
      choices.removeAll(keepingCapacity: true)
      for rank in layers.indices
      where movable[rank]
        && (rank > 0 && gapCrossings[rank - 1] > 0 || rank < gapCrossings.count && gapCrossings[rank] > 0)
      {
        choices.append(rank)
      }
      guard !choices.isEmpty else { break }
      let first = choices[random.below(choices.count)]
      let shaken = first...min(layers.count - 1, first + random.below(3))
      let repaired = max(0, shaken.lowerBound - 1)...min(layers.count - 1, shaken.upperBound + 1)
      let counted = gaps(repaired, rankCount: layers.count)
      let before = counted.reduce(0) { $0 + gapCrossings[$1] }
      var trial = layers
      for rank in shaken where movable[rank] { shuffleRun(&trial[rank], &random) }
      let after = repair(
        graph, &trial, within: repaired, sides: sides, random: &random, transposing: &transposing,
        sifting: &sifting)
      stale = after < before ? 0 : stale + 1
      guard after <= before else { continue }
      for rank in repaired { swap(&layers[rank], &trial[rank]) }
      total += after - before
      for gap in counted { gapCrossings[gap] = crossings(graph, layers, sides: sides, upper: gap...gap) }
    }
    // Equal moves only drift: a drawing changes only when it crosses less, and then as little as it can.
    if total == start.crossings {
      layers = start.layers
    } else {
      settle(graph, &layers, toward: start.layers, sides: sides, budget: &transposing)
    }
  }

  /// Swaps neighbours back toward the order `original` gave them wherever the swap leaves the crossings
  /// as they are (only the two nodes' own edges can change), so the drift of equal moves does not move
  /// nodes the gain did not need: a node the search parked at the far end of its rank returns.
  static func settle(
    _ graph: RankedGraph, _ layers: inout [[Int]], toward original: [[Int]], sides: Sides, budget: inout Int
  ) {
    let place = positions(original, count: graph.nodes.count)
    let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, graph.nodes.count))
    defer { position.deallocate() }
    for layer in layers { for (index, node) in layer.enumerated() { position[node] = index } }
    var swapped = true
    var rounds = 0
    // A swap moves a node left by one place a round; the drift to undo is a few places, so a few rounds.
    while swapped && rounds < 8 && budget > 0 {
      swapped = false
      rounds += 1
      for rank in layers.indices where layers[rank].count > 1 && !graph.isFrozen(rank) {
        var row: [Int] = []
        swap(&row, &layers[rank])
        for index in 0..<(row.count - 1) where place[row[index]] > place[row[index + 1]] {
          let (left, right) = (row[index], row[index + 1])
          let above = sides.up.crossings(left, right, position, work: &budget)
          let below = sides.down.crossings(left, right, position, work: &budget)
          guard above.leftFirst + below.leftFirst == above.rightFirst + below.rightFirst else { continue }
          row.swapAt(index, index + 1)
          position[left] = index + 1
          position[right] = index
          swapped = true
        }
        swap(&row, &layers[rank])
      }
    }
  }

  /// Rounds of `shake` at most, and rounds in a row without a gain before it stops.
  static let shakeRounds = 400
  static let shakeStaleRounds = 25
  /// Neighbour comparisons `shake` may make, for transposition and for sifting each: its own, so the
  /// starts cannot leave it nothing (on 500-node graphs they spend most of theirs).
  static let shakeBudget = 20_000_000

  /// The gaps whose crossings a change to `ranks` can alter, as the upper rank of each: the one above
  /// the first rank through the last.
  static func gaps(_ ranks: ClosedRange<Int>, rankCount: Int) -> ClosedRange<Int> {
    max(0, ranks.lowerBound - 1)...max(0, min(rankCount - 2, ranks.upperBound))
  }

  /// Shuffles a run of up to 32 neighbouring places of a rank.
  static func shuffleRun(_ row: inout [Int], _ random: inout SplitMix) {
    guard row.count > 1 else { return }
    let length = min(row.count, 2 + random.below(31))
    let start = random.below(row.count - length + 1)
    for index in stride(from: start + length - 1, to: start, by: -1) {
      row.swapAt(index, start + random.below(index - start + 1))
    }
  }

  /// Four passes of sweeps and transposition on `ranks` alone, then sifting from the best of them;
  /// returns the crossings next to those ranks, leaving `layers` in the order that has them.
  static func repair(
    _ graph: RankedGraph, _ layers: inout [[Int]], within ranks: ClosedRange<Int>, sides: Sides,
    random: inout SplitMix, transposing: inout Int, sifting: inout Int
  ) -> Int {
    let counted = gaps(ranks, rankCount: layers.count)
    var best = (layers: layers, crossings: Int.max)
    for pass in 0..<4 {
      sweep(
        graph, &layers, downward: random.below(2) == 0, reverse: pass < 2,
        sides: sides, within: ranks)
      if transposing > 0 {
        transpose(graph, &layers, budget: &transposing, reverse: pass >= 2, sides: sides, within: ranks)
      }
      let count = crossings(graph, layers, sides: sides, upper: counted)
      if count < best.crossings { best = (layers, count) }
    }
    let refined = refine(
      graph, best.layers, crossings: best.crossings, sifting: &sifting, transposing: &transposing,
      sides: sides, within: ranks)
    layers = refined.layers
    return refined.crossings
  }
}
