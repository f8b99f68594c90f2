import Testing

@testable import Diagrams

/// The layout's phases run in order and can be stopped after any one, as dot's `phase` attribute allows.
@Suite struct LayoutPhaseTests {
  static let input: LayoutInput = {
    var input = LayoutInput(
      nodes: (0..<4).map { _ in LayoutInput.Node(width: 40, height: 20) },
      edges: [
        .init(from: 0, to: 1), .init(from: 1, to: 2), .init(from: 2, to: 0), .init(from: 0, to: 3),
        .init(from: 3, to: 3),
      ])
    input.edges[0].labelWidth = 30
    input.edges[0].labelHeight = 12
    return input
  }()

  @Test func eachPhaseLeavesWhatTheNextReads() {
    let loops = LayeredLayout.run(Self.input, through: .separateLoops)
    #expect(loops.loops == [4])
    #expect(loops.rankScale == 2, "a labelled edge doubles the ranks")
    #expect(loops.oriented.isEmpty)
    let cycles = LayeredLayout.run(Self.input, through: .breakCycles)
    #expect(cycles.oriented.count == 4)
    #expect(cycles.ranks.isEmpty)
    let ranked = LayeredLayout.run(Self.input, through: .assignRanks)
    for (index, (upper, lower)) in ranked.oriented {
      #expect(ranked.ranks[upper] < ranked.ranks[lower], "edge \(index)")
    }
    let split = LayeredLayout.run(Self.input, through: .splitLongEdges)
    #expect(split.graph.nodes.count > 4, "dummies for the half ranks")
    #expect(split.xs.isEmpty)
    let placed = LayeredLayout.run(Self.input, through: .assignCoordinates)
    #expect(placed.xs.count == placed.graph.nodes.count)
    #expect(placed.edgePoints.allSatisfy { $0.isEmpty })
    let routed = LayeredLayout.run(Self.input, through: .routeEdges)
    #expect(routed.edgePoints[4].isEmpty, "the loop is routed last")
    #expect(!routed.edgePoints[0].isEmpty)
    let full = LayeredLayout.run(Self.input, through: .routeLoops)
    #expect(full.edgePoints[4].count == 4)
    let direct = LayeredLayout.layout(Self.input)
    #expect(full.result().centers == direct.centers)
  }

  /// Two edges leave a block through fixed ports in one order; crossing reduction puts their targets in
  /// the same order, whatever order the input gives them.
  @Test func fixedPortsOrderTheOtherEnds() {
    var input = LayoutInput(
      nodes: [
        LayoutInput.Node(width: 100, height: 40), .init(width: 30, height: 20), .init(width: 30, height: 20),
      ],
      edges: [.init(from: 0, to: 1), .init(from: 0, to: 2)])
    input.edges[0].tailPort = 40
    input.edges[1].tailPort = -40
    let result = LayeredLayout.layout(input)
    #expect(result.centers[2].x < result.centers[1].x)
    #expect(result.crossings == 0)
    #expect(abs(result.edgePoints[0][1].x - (result.centers[0].x + 40)) < 0.01, "leaves at its port")
  }

  /// Edges leaving a subgraph cross its border where their inner ends lie, not through one point.
  @Test func edgesLeaveAClusterApart() throws {
    let chart = try FlowchartParser.parse(
      "flowchart TD\n  subgraph S\n    A\n    B\n    C\n  end\n  A --> X\n  B --> Y\n  C --> Z\n")
    let drawing = FlowchartLayout.layout(chart)
    let cluster = drawing.clusters[0]
    let bottom = cluster.origin.y + cluster.height
    let crossingsAtBorder = drawing.edges.compactMap { edge in
      zip(edge.points, edge.points.dropFirst()).first { $0.y <= bottom && $1.y >= bottom }.map { $0.0.x }
    }
    #expect(crossingsAtBorder.count == 3)
    #expect(Set(crossingsAtBorder.map { Int($0.rounded()) }).count == 3)
    #expect(DrawingMetrics(drawing).crossings == 0)
  }
}
