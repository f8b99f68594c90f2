/// The graph after ranking, with long edges split into chains of dummy nodes one rank apart.
struct RankedGraph {
  struct Node {
    var width: Double
    var height: Double
    var rank: Int
    /// The input node, or nil for a dummy (a bend of a long edge, or an edge label).
    var original: Int?
    var loopRoom: Double = 0
  }

  var nodes: [Node] = []
  /// Edges between adjacent ranks: (upper, lower, weight).
  var segments: [(upper: Int, lower: Int, weight: Int)] = []
  var down: [[Int]] = []
  var up: [[Int]] = []
  /// For each input edge: its chain of nodes from top to bottom, first and last the real ends.
  var chains: [[Int]] = []
  /// For each input edge: the dummy node carrying its label.
  var labelNodes: [Int?] = []
  var layers: [[Int]] = []

  mutating func addSegment(_ upper: Int, _ lower: Int, weight: Int) {
    segments.append((upper, lower, weight))
    down[upper].append(lower)
    up[lower].append(upper)
  }

  mutating func addNode(_ node: Node) -> Int {
    nodes.append(node)
    down.append([])
    up.append([])
    return nodes.count - 1
  }
}
