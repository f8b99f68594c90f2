/// What the phases of `LayeredLayout` work out, phase by phase; each phase reads what the ones before
/// it wrote (see `LayoutState+Phases.swift`).
struct LayoutState {
  typealias Point = LayoutResult.Point

  let input: LayoutInput
  let strategy: LayeredLayout.Strategy

  // separateLoops
  var loops: [Int] = []
  var regular: [Int] = []
  var loopRoom: [Double] = []
  /// 2 when some edge has a label, which takes the half rank between its ends; else 1.
  var rankScale = 1

  // breakCycles: each regular edge as (upper, lower), keyed by input index.
  var oriented: [Int: (upper: Int, lower: Int)] = [:]

  // assignRanks
  var ranks: [Int] = []

  // splitLongEdges and orderRanks
  var graph = RankedGraph()

  // assignCoordinates
  var rankHeight: [Double] = []
  var rankY: [Double] = []
  var xs: [Double] = []
  var minimumX = 0.0
  var maximumX = 0.0

  // routeEdges and routeLoops
  var edgePoints: [[Point]] = []
  var labelCenters: [Point?] = []

  init(input: LayoutInput, strategy: LayeredLayout.Strategy) {
    self.input = input
    self.strategy = strategy
    edgePoints = Array(repeating: [], count: input.edges.count)
    labelCenters = Array(repeating: nil, count: input.edges.count)
  }

  var rankCount: Int { graph.layers.count }

  /// A node's centre in the finished drawing.
  func point(_ node: Int) -> Point { Point(x: xs[node] - minimumX, y: rankY[graph.nodes[node].rank]) }

  /// The layout as the callers see it (after every phase has run).
  func result() -> LayoutResult {
    let nodeCount = input.nodes.count
    let height = rankCount == 0 ? 0 : rankY[rankCount - 1] + rankHeight[rankCount - 1] / 2
    return LayoutResult(
      centers: (0..<nodeCount).map(point), edgePoints: edgePoints, labelCenters: labelCenters,
      ranks: (0..<nodeCount).map { graph.nodes[$0].rank }, width: maximumX - minimumX, height: height,
      crossings: CrossingReduction.crossings(graph, graph.layers))
  }
}
