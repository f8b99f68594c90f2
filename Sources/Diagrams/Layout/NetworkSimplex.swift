/// Optimal ranking of a directed acyclic graph by the network simplex method of Gansner, Koutsofios,
/// North and Vo ("A technique for drawing directed graphs", 1993): minimize Σ weight × (rank(to) −
/// rank(from)) subject to rank(to) − rank(from) ≥ minLength. Parallel edges are merged first (weights
/// added, the longest minimum kept). Each weakly connected part is ranked on its own from 0.
enum NetworkSimplex {
  struct Edge {
    var from: Int
    var to: Int
    var minLength: Int
    var weight: Double
  }

  static func ranks(nodeCount: Int, edges input: [Edge]) -> [Int] {
    var merged: [Int: Int] = [:]
    var edges: [Edge] = []
    for edge in input where edge.from != edge.to {
      let key = edge.from * (nodeCount + 1) + edge.to
      if let index = merged[key] {
        edges[index].weight += edge.weight
        edges[index].minLength = max(edges[index].minLength, edge.minLength)
      } else {
        merged[key] = edges.count
        edges.append(edge)
      }
    }
    var rank = Array(repeating: 0, count: nodeCount)
    for component in components(nodeCount: nodeCount, edges: edges) {
      let inComponent = Set(component)
      let local = edges.indices.filter { inComponent.contains(edges[$0].from) }
      var solver = Solver(nodes: component, edges: edges, edgeIndexes: local, nodeCount: nodeCount)
      solver.solve()
      let minimum = component.map { solver.rank[$0] }.min() ?? 0
      for node in component { rank[node] = solver.rank[node] - minimum }
    }
    return rank
  }

  static func components(nodeCount: Int, edges: [Edge]) -> [[Int]] {
    var parent = Array(0..<nodeCount)
    func find(_ node: Int) -> Int {
      var root = node
      while parent[root] != root { root = parent[root] }
      var current = node
      while parent[current] != root {
        let next = parent[current]
        parent[current] = root
        current = next
      }
      return root
    }
    for edge in edges {
      let a = find(edge.from)
      let b = find(edge.to)
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var groups: [Int: [Int]] = [:]
    var order: [Int] = []
    for node in 0..<nodeCount {
      let root = find(node)
      if groups[root] == nil { order.append(root) }
      groups[root, default: []].append(node)
    }
    return order.map { groups[$0]! }
  }

  /// One connected component.
  struct Solver {
    let nodes: [Int]
    let edges: [Edge]
    let edgeIndexes: [Int]
    var rank: [Int]
    var incident: [[Int]]
    var inTree: [Bool]
    var treeEdge: [Bool]
    var parentEdge: [Int]
    var low: [Int]
    var lim: [Int]
    var cutValue: [Double]

    init(nodes: [Int], edges: [Edge], edgeIndexes: [Int], nodeCount: Int) {
      self.nodes = nodes
      self.edges = edges
      self.edgeIndexes = edgeIndexes
      rank = Array(repeating: 0, count: nodeCount)
      incident = Array(repeating: [], count: nodeCount)
      for index in edgeIndexes {
        incident[edges[index].from].append(index)
        incident[edges[index].to].append(index)
      }
      inTree = Array(repeating: false, count: nodeCount)
      treeEdge = Array(repeating: false, count: edges.count)
      parentEdge = Array(repeating: -1, count: nodeCount)
      low = Array(repeating: 0, count: nodeCount)
      lim = Array(repeating: 0, count: nodeCount)
      cutValue = Array(repeating: 0, count: edges.count)
    }

    func slack(_ index: Int) -> Int {
      rank[edges[index].to] - rank[edges[index].from] - edges[index].minLength
    }

    mutating func solve() {
      guard nodes.count > 1 else { return }
      initialRanks()
      feasibleTree()
      computeLowLim()
      computeCutValues()
      var iterations = 0
      let limit = 20 * nodes.count + 100
      while iterations < limit, let leaving = leavingEdge() {
        guard let entering = enteringEdge(leaving) else { break }
        treeEdge[leaving] = false
        treeEdge[entering] = true
        ranksFromTree()
        computeLowLim()
        computeCutValues()
        iterations += 1
      }
    }

    /// Longest path from the sources, in topological order.
    mutating func initialRanks() {
      var inDegree: [Int: Int] = [:]
      for node in nodes { inDegree[node] = 0 }
      for index in edgeIndexes { inDegree[edges[index].to, default: 0] += 1 }
      var queue = nodes.filter { inDegree[$0] == 0 }
      var head = 0
      while head < queue.count {
        let node = queue[head]
        head += 1
        for index in incident[node] where edges[index].from == node {
          let target = edges[index].to
          rank[target] = max(rank[target], rank[node] + edges[index].minLength)
          inDegree[target]! -= 1
          if inDegree[target] == 0 { queue.append(target) }
        }
      }
    }

    /// Grows a tree of tight edges, shifting the tree's ranks until it spans the component.
    mutating func feasibleTree() {
      var size = grow(from: nodes[0])
      while size < nodes.count {
        var best = -1
        var bestSlack = Int.max
        for index in edgeIndexes where inTree[edges[index].from] != inTree[edges[index].to] {
          let value = slack(index)
          if value < bestSlack {
            best = index
            bestSlack = value
          }
        }
        guard best >= 0 else { break }
        let delta = inTree[edges[best].from] ? bestSlack : -bestSlack
        for node in nodes where inTree[node] { rank[node] += delta }
        for node in nodes { inTree[node] = false }
        for index in edgeIndexes { treeEdge[index] = false }
        size = grow(from: nodes[0])
      }
    }

    private mutating func grow(from root: Int) -> Int {
      var stack = [root]
      inTree[root] = true
      var size = 1
      while let node = stack.popLast() {
        for index in incident[node] {
          let other = edges[index].from == node ? edges[index].to : edges[index].from
          if !inTree[other] && slack(index) == 0 {
            inTree[other] = true
            treeEdge[index] = true
            size += 1
            stack.append(other)
          }
        }
      }
      return size
    }

    /// Ranks again from the tree: every tree edge tight.
    mutating func ranksFromTree() {
      var seen: Set<Int> = [nodes[0]]
      var stack = [nodes[0]]
      while let node = stack.popLast() {
        for index in incident[node] where treeEdge[index] {
          let edge = edges[index]
          let other = edge.from == node ? edge.to : edge.from
          guard !seen.contains(other) else { continue }
          seen.insert(other)
          rank[other] = edge.from == node ? rank[node] + edge.minLength : rank[node] - edge.minLength
          stack.append(other)
        }
      }
    }

    /// Post-order numbers: `lim` of a node, `low` the least `lim` in its subtree.
    mutating func computeLowLim() {
      var next = 1
      let root = nodes[0]
      parentEdge[root] = -1
      // Iterative post-order walk of the tree.
      var stack: [(node: Int, iterator: Int, low: Int)] = [(root, 0, next)]
      var visited: Set<Int> = [root]
      while !stack.isEmpty {
        let top = stack.count - 1
        let node = stack[top].node
        let list = incident[node]
        var advanced = false
        while stack[top].iterator < list.count {
          let index = list[stack[top].iterator]
          stack[top].iterator += 1
          guard treeEdge[index] else { continue }
          let other = edges[index].from == node ? edges[index].to : edges[index].from
          guard !visited.contains(other) else { continue }
          visited.insert(other)
          parentEdge[other] = index
          stack.append((other, 0, next))
          advanced = true
          break
        }
        if !advanced {
          low[node] = stack[top].low
          lim[node] = next
          next += 1
          stack.removeLast()
        }
      }
    }

    /// Cut values bottom-up, each from its children's (Gansner et al., section 2.4).
    mutating func computeCutValues() {
      let order = nodes.sorted { lim[$0] < lim[$1] }
      for child in order where parentEdge[child] >= 0 {
        let edgeIndex = parentEdge[child]
        let edge = edges[edgeIndex]
        let parent = edge.from == child ? edge.to : edge.from
        let childIsTail = edge.from == child
        var value = edge.weight
        for index in incident[child] where index != edgeIndex {
          let other = edges[index].from == child ? edges[index].to : edges[index].from
          let isOut = edges[index].from == child
          let pointsToHead = isOut == childIsTail
          value += pointsToHead ? edges[index].weight : -edges[index].weight
          if treeEdge[index] && other != parent && parentEdge[other] == index {
            value += pointsToHead ? -cutValue[index] : cutValue[index]
          }
        }
        cutValue[edgeIndex] = value
      }
    }

    func leavingEdge() -> Int? {
      edgeIndexes.first { treeEdge[$0] && cutValue[$0] < 0 }
    }

    func isDescendant(_ node: Int, of root: Int) -> Bool { low[root] <= lim[node] && lim[node] <= lim[root] }

    func enteringEdge(_ leaving: Int) -> Int? {
      let edge = edges[leaving]
      var tail = edge.from
      var flip = false
      if lim[edge.from] > lim[edge.to] {
        tail = edge.to
        flip = true
      }
      var best: Int?
      var bestSlack = Int.max
      for index in edgeIndexes where !treeEdge[index] {
        let candidate = edges[index]
        if flip == isDescendant(candidate.from, of: tail) && flip != isDescendant(candidate.to, of: tail) {
          let value = slack(index)
          if value < bestSlack {
            best = index
            bestSlack = value
          }
        }
      }
      return best
    }
  }
}
