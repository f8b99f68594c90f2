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

  /// Ports split each place in a rank into this many slots, so edges leaving one node through fixed
  /// ports (a cluster's border) have an order of their own that crossing counts and sorts see.
  static let portSlots = 64
  static let centerPort = portSlots / 2

  var nodes: [Node] = []
  /// Edges between adjacent ranks: (upper, lower, weight).
  var segments: [(upper: Int, lower: Int, weight: Int)] = []
  var down: [[Int]] = []
  var up: [[Int]] = []
  /// For each slot of `down` (`up`): the port at this node and the port at the neighbour.
  var downPorts: [[(near: Int, far: Int)]] = []
  var upPorts: [[(near: Int, far: Int)]] = []
  /// Whether any segment has a fixed port; without, every place is one slot and ports cost nothing.
  var usesPorts = false
  /// For each input edge: its chain of nodes from top to bottom, first and last the real ends.
  var chains: [[Int]] = []
  /// For each input edge: the dummy node carrying its label.
  var labelNodes: [Int?] = []
  var layers: [[Int]] = []
  /// Ranks whose order is given (every node of them has an order key): crossing reduction leaves them.
  var frozen: Set<Int> = []

  /// Whether crossing reduction must leave this rank's order as it is. Most graphs freeze nothing, and
  /// then no hashing is done.
  func isFrozen(_ rank: Int) -> Bool { !frozen.isEmpty && frozen.contains(rank) }

  /// Slots per place: `portSlots` with ports, else 1.
  var portScale: Int { usesPorts ? Self.portSlots : 1 }

  /// A fixed port's slot from its offset across a node `width` wide, keeping their order (1...63).
  static func portOrder(offset: Double, width: Double) -> Int {
    let fraction = width > 0 ? offset / width + 0.5 : 0.5
    return min(portSlots - 1, max(1, Int((fraction * Double(portSlots - 2)).rounded()) + 1))
  }

  mutating func addSegment(
    _ upper: Int, _ lower: Int, weight: Int, upperPort: Int? = nil, lowerPort: Int? = nil
  ) {
    segments.append((upper, lower, weight))
    let top = upperPort ?? Self.centerPort
    let bottom = lowerPort ?? Self.centerPort
    down[upper].append(lower)
    downPorts[upper].append((top, bottom))
    up[lower].append(upper)
    upPorts[lower].append((bottom, top))
  }

  mutating func addNode(_ node: Node) -> Int {
    nodes.append(node)
    down.append([])
    up.append([])
    downPorts.append([])
    upPorts.append([])
    return nodes.count - 1
  }
}
