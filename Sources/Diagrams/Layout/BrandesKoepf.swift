/// Horizontal coordinates by Brandes and Köpf ("Fast and simple horizontal coordinate assignment",
/// 2001): four alignments (upper or lower neighbours, from the left or from the right) each compacted
/// into blocks, aligned to the narrowest, and balanced by taking the mean of the two median candidates.
/// Long edges become straight vertical runs wherever they can.
enum BrandesKoepf {
  static func xCoordinates(
    layers: [[Int]], up: [[Int]], down: [[Int]], widths: [Double], isDummy: [Bool], loopRoom: [Double],
    nodeSeparation: Double, edgeSeparation: Double
  ) -> [Double] {
    let count = widths.count
    guard count > 0 else { return [] }
    let conflicts = typeOneConflicts(layers: layers, up: up, isDummy: isDummy, count: count)
    /// Space between the centres of `left` and `right` when neighbours in a rank.
    func separation(_ left: Int, _ right: Int) -> Double {
      let gap: Double =
        isDummy[left] && isDummy[right]
        ? edgeSeparation
        : (isDummy[left] || isDummy[right] ? (nodeSeparation + edgeSeparation) / 2 : nodeSeparation)
      return (widths[left] + widths[right]) / 2 + gap + loopRoom[left]
    }
    var candidates: [[Double]] = []
    var extents: [(minimum: Double, maximum: Double)] = []
    for vertical in [true, false] {
      for fromLeft in [true, false] {
        var ordered = vertical ? layers : layers.reversed()
        if !fromLeft { ordered = ordered.map { $0.reversed() } }
        let neighbours = vertical ? up : down
        let (root, _) = align(ordered, neighbours: neighbours, conflicts: conflicts, count: count)
        var xs = compact(ordered, root: root, count: count) { first, second in
          fromLeft ? separation(first, second) : separation(second, first)
        }
        if !fromLeft { xs = xs.map { -$0 } }
        var minimum = Double.infinity
        var maximum = -Double.infinity
        for node in 0..<count {
          minimum = min(minimum, xs[node] - widths[node] / 2)
          maximum = max(maximum, xs[node] + widths[node] / 2)
        }
        candidates.append(xs)
        extents.append((minimum, maximum))
      }
    }
    // Align every candidate to the narrowest: left-aligned ones by their left edge, right ones by their right.
    let narrowest = extents.indices.min {
      extents[$0].maximum - extents[$0].minimum < extents[$1].maximum - extents[$1].minimum
    }!
    for index in candidates.indices {
      let fromLeft = index % 2 == 0
      let shift =
        fromLeft
        ? extents[narrowest].minimum - extents[index].minimum
        : extents[narrowest].maximum - extents[index].maximum
      candidates[index] = candidates[index].map { $0 + shift }
    }
    return (0..<count).map { node in
      let values = candidates.map { $0[node] }.sorted()
      return (values[1] + values[2]) / 2
    }
  }

  /// Segments that cross an inner segment (between two dummies) are marked, so long edges stay straight.
  static func typeOneConflicts(layers: [[Int]], up: [[Int]], isDummy: [Bool], count: Int) -> Set<Int> {
    var marked = Set<Int>()
    var position = Array(repeating: 0, count: count)
    for layer in layers { for (index, node) in layer.enumerated() { position[node] = index } }
    guard layers.count > 2 else { return marked }
    for rank in 1..<layers.count {
      let lower = layers[rank]
      let upperSize = layers[rank - 1].count
      var k0 = 0
      var scan = 0
      for (l1, v) in lower.enumerated() {
        let inner = isDummy[v] ? up[v].first(where: { isDummy[$0] }) : nil
        guard l1 == lower.count - 1 || inner != nil else { continue }
        let k1 = inner.map { position[$0] } ?? upperSize - 1
        while scan <= l1 {
          let node = lower[scan]
          for u in up[node] {
            let k = position[u]
            if k < k0 || k > k1, !(isDummy[u] && isDummy[node]) { marked.insert(u * count + node) }
          }
          scan += 1
        }
        k0 = k1
      }
    }
    return marked
  }

  /// Vertical alignment: each node joins the block of a median neighbour in the previous layer.
  static func align(_ layers: [[Int]], neighbours: [[Int]], conflicts: Set<Int>, count: Int) -> ([Int], [Int])
  {
    var root = Array(0..<count)
    var alignTo = Array(0..<count)
    var position = Array(repeating: 0, count: count)
    for layer in layers { for (index, node) in layer.enumerated() { position[node] = index } }
    for layer in layers {
      var last = -1
      for v in layer {
        let previous = neighbours[v].sorted { position[$0] < position[$1] }
        guard !previous.isEmpty else { continue }
        let d = previous.count
        // The median, or both medians (left first) of an even count.
        for m in (d - 1) / 2...d / 2 where alignTo[v] == v {
          let u = previous[m]
          let conflict = conflicts.contains(u * count + v) || conflicts.contains(v * count + u)
          if !conflict && last < position[u] {
            alignTo[u] = v
            root[v] = root[u]
            alignTo[v] = root[v]
            last = position[u]
          }
        }
      }
    }
    return (root, alignTo)
  }

  /// Places blocks as far left as their separations allow, then pulls each right toward its
  /// successors where that leaves the left constraints intact. Blocks are named by their root node, so
  /// arrays indexed by node hold them (dictionaries were most of this step's time).
  static func compact(_ layers: [[Int]], root: [Int], count: Int, separation: (Int, Int) -> Double)
    -> [Double]
  {
    var successors = Array(repeating: [(Int, Double)](), count: count)
    var predecessors = Array(repeating: [(Int, Double)](), count: count)
    var blocks: [Int] = []
    var seenBlock = Array(repeating: false, count: count)
    for layer in layers {
      for (index, node) in layer.enumerated() {
        let block = root[node]
        if !seenBlock[block] {
          seenBlock[block] = true
          blocks.append(block)
        }
        guard index > 0 else { continue }
        let left = layer[index - 1]
        let gap = separation(left, node)
        successors[root[left]].append((block, gap))
        predecessors[block].append((root[left], gap))
      }
    }
    // Topological order of the block graph (it is acyclic because layers are consistently ordered).
    var inDegree = Array(repeating: 0, count: count)
    for block in blocks { inDegree[block] = predecessors[block].count }
    var queue = blocks.filter { inDegree[$0] == 0 }
    var order: [Int] = []
    var head = 0
    while head < queue.count {
      let block = queue[head]
      head += 1
      order.append(block)
      for (next, _) in successors[block] {
        inDegree[next] -= 1
        if inDegree[next] == 0 { queue.append(next) }
      }
    }
    if order.count < blocks.count { order += blocks.filter { !order.contains($0) } }
    var xs = Array(repeating: 0.0, count: count)
    for block in order {
      xs[block] = predecessors[block].reduce(0) { max($0, xs[$1.0] + $1.1) }
    }
    for block in order.reversed() {
      let limit = successors[block].reduce(Double.infinity) { min($0, xs[$1.0] - $1.1) }
      if limit != .infinity { xs[block] = max(xs[block], limit) }
    }
    return (0..<count).map { xs[root[$0]] }
  }
}
