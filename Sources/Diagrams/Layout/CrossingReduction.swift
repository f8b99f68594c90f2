/// Orders the nodes of every rank to reduce edge crossings: barycenter sweeps, down and up, each
/// followed by transposition of neighbours, over several passes from four starts (depth-first from the
/// top and from the bottom, the source order, the plain barycenter result), each start's best order then
/// sifted (see `sift`); the best order found then goes through `shake`. As in Gansner et al.'s dot,
/// every other pair of passes lets ties and equal swaps go the other way, which moves along plateaus the
/// strict rules stop on. Otherwise ties keep the current order, so the source order decides when nothing
/// else does. Median sweeps from the same four starts were dropped when `shake` came: on the benchmark
/// graphs and the mermaid corpora they found nothing it does not, and cost a third of a site's ordering.
enum CrossingReduction {
  /// Neighbour comparisons the transpositions may make in one ordering. Ordinary graphs of a thousand
  /// nodes use a few million; a few nodes joined by hundreds of parallel edges (a fuzzer's find) would
  /// use billions, so past this the sweeps go on without transposing.
  static let transposeBudget = 50_000_000
  /// The same for sifting, kept apart so that it cannot starve the transpositions (sharing one budget,
  /// a 2,000-node graph ended with 5% more crossings). The benchmark's 500-node graphs sift within 5
  /// million.
  static let siftBudget = 10_000_000

  /// Returns the transposition budget left. `skippingRepeats: false` and a smaller `budget` are for the
  /// tests that check that skipping repeated passes changes nothing.
  @discardableResult static func order(
    _ graph: inout RankedGraph, passes: Int = 24, budget initialBudget: Int = transposeBudget,
    skippingRepeats: Bool = true
  ) -> Int {
    var budget = initialBudget
    var siftBudget = siftBudget
    let sides = Sides(graph)
    // The plain barycenter result is the first candidate, so the search never ends worse than it.
    var baseline = graph
    barycenterOnly(&baseline, passes: passes, sides: sides)
    var best = baseline.layers
    var bestCrossings = crossings(graph, best, sides: sides)
    let sourceOrderCrossings = crossings(graph, graph.layers, sides: sides)
    if sourceOrderCrossings <= bestCrossings {
      best = graph.layers
      bestCrossings = sourceOrderCrossings
    }
    for start in [initialOrder(graph), initialOrder(graph, upward: true), graph.layers, baseline.layers] {
      var layers = start
      var stale = 0
      var runBest = Int.max
      var runBestLayers = layers
      var cycle = PassCycle()
      for pass in 0..<passes where stale < 8 && bestCrossings > 0 {
        // Every other pair of passes lets ties and equal swaps go the other way, to leave plateaus.
        let reverse = pass % 4 < 2
        let budgetBefore = budget
        sweep(graph, &layers, downward: pass % 2 == 0, reverse: reverse, sides: sides)
        if budget > 0 { transpose(graph, &layers, budget: &budget, reverse: !reverse, sides: sides) }
        let count = crossings(graph, layers, sides: sides)
        if count < bestCrossings {
          bestCrossings = count
          best = layers
        }
        // Each start goes on while it improves on itself.
        if count < runBest {
          runBest = count
          runBestLayers = layers
          stale = 0
        } else {
          stale += 1
        }
        // Passes that only repeat earlier ones are skipped, their budget still spent: the same order.
        let remaining = min(passes - pass - 1, 8 - stale)
        if skippingRepeats,
          let cost = cycle.record(layers, spent: budgetBefore - budget, remaining: remaining),
          budget - cost > 0
        {
          budget -= cost
          break
        }
      }
      // Each start's best goes on with sifting, which reaches places the sweeps do not.
      if siftBudget > 0 && runBest > 0 {
        let refined = refine(
          graph, runBestLayers, crossings: runBest, sifting: &siftBudget, transposing: &budget, sides: sides
        )
        if refined.crossings < bestCrossings {
          bestCrossings = refined.crossings
          best = refined.layers
        }
      }
    }
    var shakeTransposing = shakeBudget
    var shakeSifting = shakeBudget
    shake(
      graph, &best, crossings: &bestCrossings, sides: sides, transposing: &shakeTransposing,
      sifting: &shakeSifting)
    graph.layers = best
    return budget
  }

  /// Sifting, then transposition, while they lower the crossings. With `within`, both keep to those
  /// ranks, and `known` and the result count only the crossings next to them.
  static func refine(
    _ graph: RankedGraph, _ start: [[Int]], crossings known: Int, sifting: inout Int, transposing: inout Int,
    sides: Sides, within: ClosedRange<Int>? = nil
  ) -> (layers: [[Int]], crossings: Int) {
    var best = (layers: start, crossings: known)
    var layers = start
    while best.crossings > 0 && sifting > 0
      && sift(graph, &layers, budget: &sifting, sides: sides, within: within)
    {
      if transposing > 0 { transpose(graph, &layers, budget: &transposing, sides: sides, within: within) }
      let count = crossings(
        graph, layers, sides: sides, upper: within.map { gaps($0, rankCount: layers.count) })
      guard count < best.crossings else { break }
      best = (layers, count)
    }
    return best
  }

  /// The baseline: barycenter sweeps from the initial order, no transposition, no restarts.
  static func barycenterOnly(
    _ graph: inout RankedGraph, passes: Int = 24, sides known: Sides? = nil, skippingRepeats: Bool = true
  ) {
    let sides = known ?? Sides(graph)
    var layers = initialOrder(graph)
    var best = layers
    var bestCrossings = crossings(graph, layers, sides: sides)
    var twoBefore: [[Int]] = []
    var oneBefore: [[Int]] = []
    for pass in 0..<passes {
      sweep(graph, &layers, downward: pass % 2 == 0, sides: sides)
      // A sweep's result depends only on its start and direction: back to the order of two sweeps
      // before, the rest would repeat the last two.
      if skippingRepeats && layers == twoBefore { break }
      (twoBefore, oneBefore) = (oneBefore, layers)
      let count = crossings(graph, layers, sides: sides)
      if count < bestCrossings {
        bestCrossings = count
        best = layers
      }
    }
    graph.layers = best
  }

  /// Depth-first from the top nodes in source order (or, `upward`, from the bottom ones), so connected
  /// nodes start together.
  static func initialOrder(_ graph: RankedGraph, upward: Bool = false) -> [[Int]] {
    var layers = Array(repeating: [Int](), count: graph.layers.count)
    var seen = Array(repeating: false, count: graph.nodes.count)
    let starts = graph.layers.flatMap { $0 }.sorted {
      upward ? graph.nodes[$0].rank > graph.nodes[$1].rank : graph.nodes[$0].rank < graph.nodes[$1].rank
    }
    for start in starts where !seen[start] {
      var stack = [start]
      while let node = stack.popLast() {
        guard !seen[node] else { continue }
        seen[node] = true
        layers[graph.nodes[node].rank].append(node)
        for next in (upward ? graph.up[node] : graph.down[node]).reversed() where !seen[next] {
          stack.append(next)
        }
      }
    }
    for rank in graph.frozen { layers[rank] = graph.layers[rank] }
    return layers
  }

  /// Both sides' neighbours of every node, flat, made once per ordering.
  struct Sides {
    let up: FlatAdjacency
    let down: FlatAdjacency

    init(_ graph: RankedGraph) {
      up = FlatAdjacency(graph, downward: false)
      down = FlatAdjacency(graph, downward: true)
    }
  }

  /// Sorts each rank by the barycenter of its neighbours' places in the rank before it; nodes without
  /// neighbours there keep their places. Its buffers live in its own stack frame, as every pass and
  /// every round of `shake` sweeps. `within` keeps it to those ranks.
  static func sweep(
    _ graph: RankedGraph, _ layers: inout [[Int]], downward: Bool, reverse: Bool = false,
    sides: Sides? = nil, within: ClosedRange<Int>? = nil
  ) {
    let side =
      downward
      ? (sides?.up ?? FlatAdjacency(graph, downward: false))
      : (sides?.down ?? FlatAdjacency(graph, downward: true))
    // Each rank follows the one before it in the sweep's direction; the first keeps its order.
    let first = max(downward ? 1 : 0, within?.lowerBound ?? 0)
    let last = min(layers.count - (downward ? 1 : 2), within?.upperBound ?? layers.count)
    guard first <= last else { return }
    let filled = clamped(within.map { $0.lowerBound - 1...$0.upperBound + 1 }, layers.count)
    let widest = filled.reduce(1) { max($0, layers[$1].count) }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, graph.nodes.count)) { position in
      position.initialize(repeating: 0)
      for rank in filled {
        for (index, node) in layers[rank].enumerated() { position[node] = index }
      }
      withUnsafeTemporaryAllocation(of: Double.self, capacity: widest) { keys in
        withUnsafeTemporaryAllocation(of: (key: Double, index: Int, node: Int).self, capacity: widest) {
          movable in
          for rank in downward
            ? stride(from: first, through: last, by: 1) : stride(from: last, through: first, by: -1)
          where !graph.isFrozen(rank) {
            sortByBarycenter(
              &layers[rank], side: side, position: position, reverse: reverse, keys: keys, movable: movable)
          }
        }
      }
    }
  }

  /// One rank of `sweep`: nodes with neighbours on `side` sorted by their neighbours' mean place (ties
  /// by their place now, or the other way with `reverse`) into the places such nodes hold.
  private static func sortByBarycenter(
    _ row: inout [Int], side: FlatAdjacency, position: UnsafeMutableBufferPointer<Int>, reverse: Bool,
    keys: UnsafeMutableBufferPointer<Double>,
    movable: UnsafeMutableBufferPointer<(key: Double, index: Int, node: Int)>
  ) {
    var count = 0
    for (index, node) in row.enumerated() {
      let slots = side.range(of: node)
      var sum = 0.0
      for slot in slots { sum += Double(side.place(slot, position)) }
      let key = slots.isEmpty ? -1 : sum / Double(slots.count)
      keys[index] = key
      if key >= 0 {
        movable[count] = (key, index, node)
        count += 1
      }
    }
    // Nodes without neighbours on that side stay where they are; the others are sorted around them.
    var sorted = UnsafeMutableBufferPointer(rebasing: movable[..<count])
    sorted.sort {
      $0.key != $1.key ? $0.key < $1.key : (reverse ? $0.index > $1.index : $0.index < $1.index)
    }
    var next = 0
    for slot in row.indices where keys[slot] >= 0 {
      row[slot] = movable[next].node
      next += 1
    }
    for (index, node) in row.enumerated() { position[node] = index }
  }

  /// Swaps neighbours while that lowers the crossings on both sides of their rank; with `reverse`, also
  /// when it leaves them equal (which moves along a plateau but never starts another round). After the
  /// first round only ranks next to a swap are looked at again. `within` keeps it to those ranks.
  static func transpose(
    _ graph: RankedGraph, _ layers: inout [[Int]], budget: inout Int, reverse: Bool = false,
    sides: Sides? = nil, within: ClosedRange<Int>? = nil
  ) {
    let up = sides?.up ?? FlatAdjacency(graph, downward: false)
    let down = sides?.down ?? FlatAdjacency(graph, downward: true)
    let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, graph.nodes.count))
    defer { position.deallocate() }
    for rank in clamped(within, layers.count, widenedBy: 1) {
      for (index, node) in layers[rank].enumerated() { position[node] = index }
    }
    func crossings(_ left: Int, _ right: Int) -> (leftFirst: Int, rightFirst: Int) {
      let above = up.crossings(left, right, position, work: &budget)
      let below = down.crossings(left, right, position, work: &budget)
      return (above.leftFirst + below.leftFirst, above.rightFirst + below.rightFirst)
    }
    let allowed = within ?? 0...max(0, layers.count - 1)
    var candidate = layers.indices.map { allowed.contains($0) }
    var improved = true
    var rounds = 0
    while improved && rounds < 12 && budget > 0 {
      improved = false
      rounds += 1
      for rank in layers.indices where candidate[rank] {
        candidate[rank] = false
        guard layers[rank].count > 1, !graph.isFrozen(rank) else { continue }
        // Worked on out of place, so writes need no uniqueness checks of the nested array.
        var row: [Int] = []
        swap(&row, &layers[rank])
        for index in 0..<(row.count - 1) {
          let left = row[index]
          let right = row[index + 1]
          let (before, after) = crossings(left, right)
          guard after < before || (reverse && after == before && before > 0) else { continue }
          row[index] = right
          row[index + 1] = left
          position[left] = index + 1
          position[right] = index
          if after < before {
            improved = true
            for neighbour in max(allowed.lowerBound, rank - 1)...min(allowed.upperBound, rank + 1) {
              candidate[neighbour] = true
            }
          }
        }
        swap(&row, &layers[rank])
      }
    }
  }

  /// Each node's place in its rank.
  static func positions(_ layers: [[Int]], count: Int) -> [Int] {
    var position = Array(repeating: 0, count: count)
    for layer in layers {
      for (index, node) in layer.enumerated() { position[node] = index }
    }
    return position
  }

  /// `ranks` widened by one on each side (the neighbours a confined search reads) and kept within the
  /// ranks there are; every rank when nil.
  static func clamped(_ ranks: ClosedRange<Int>?, _ count: Int, widenedBy extra: Int = 0) -> Range<Int> {
    guard let ranks else { return 0..<count }
    let low = min(count, max(0, ranks.lowerBound - extra))
    return low..<max(low, min(count, ranks.upperBound + extra + 1))
  }

  /// Crossings between every pair of adjacent ranks, or only below the ranks `upper` names. Crossing
  /// reduction counts after every pass and every round of `shake`, so the count works in buffers of its
  /// own stack frame: per-call arrays were a sixth of the layout's time.
  static func crossings(
    _ graph: RankedGraph, _ layers: [[Int]], sides: Sides? = nil, upper: ClosedRange<Int>? = nil
  ) -> Int {
    let down = sides?.down ?? FlatAdjacency(graph, downward: true)
    let filled = clamped(upper.map { $0.lowerBound...$0.upperBound + 1 }, layers.count)
    let widest = filled.reduce(0) { max($0, layers[$1].count) }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, graph.nodes.count)) { position in
      position.initialize(repeating: 0)
      for rank in filled {
        for (index, node) in layers[rank].enumerated() { position[node] = index }
      }
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, down.slotCount)) { lowers in
        withUnsafeTemporaryAllocation(
          of: Int.self, capacity: CrossingCounter.treeSize(max(1, widest * down.scale))
        ) { tree in
          var total = 0
          for rank in layers.indices.dropLast() where upper?.contains(rank) != false {
            let count = lowerEnds(of: layers[rank], down: down, position: position, into: lowers)
            total += CrossingCounter.count(
              lowers: UnsafeBufferPointer(rebasing: lowers[..<count]),
              lowerSize: layers[rank + 1].count * down.scale, tree: tree)
          }
          return total
        }
      }
    }
  }

  /// Writes the lower ends of `layer`'s edges into `lowers` in the order the counter wants (upper nodes
  /// in rank order, each one's ends ascending, by the port at the upper node first when ports are fixed)
  /// and returns how many there are.
  private static func lowerEnds(
    of layer: [Int], down: FlatAdjacency, position: UnsafeMutableBufferPointer<Int>,
    into lowers: UnsafeMutableBufferPointer<Int>
  ) -> Int {
    // With ports, the upper node's port goes above the place in one key, which sorts as the pair did.
    let portShift = 40
    var count = 0
    for upper in layer {
      let start = count
      for slot in down.range(of: upper) {
        let place = down.place(slot, position)
        lowers[count] = down.scale > 1 ? down.nearPort(slot) << portShift | place : place
        count += 1
      }
      if count - start > 1 { sortRun(lowers, start..<count) }
      if down.scale > 1 {
        for index in start..<count { lowers[index] &= (1 << portShift) - 1 }
      }
    }
    return count
  }

  /// Sorts a run in place: by insertion for the few ends most nodes have, else the standard sort.
  private static func sortRun(_ values: UnsafeMutableBufferPointer<Int>, _ run: Range<Int>) {
    guard run.count <= 16 else {
      var slice = UnsafeMutableBufferPointer(rebasing: values[run])
      slice.sort()
      return
    }
    for index in run.dropFirst() {
      let value = values[index]
      var hole = index
      while hole > run.lowerBound && values[hole - 1] > value {
        values[hole] = values[hole - 1]
        hole -= 1
      }
      values[hole] = value
    }
  }
}
