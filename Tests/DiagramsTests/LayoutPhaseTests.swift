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

  /// A rank whose every node has an order key keeps that order, though crossing reduction would
  /// rather swap it (both targets are fed from the far side).
  @Test func orderKeysFreezeTheirRank() {
    var input = LayoutInput(
      nodes: [
        .init(width: 30, height: 20), .init(width: 30, height: 20), .init(width: 30, height: 20),
        .init(width: 30, height: 20),
      ],
      edges: [.init(from: 0, to: 3), .init(from: 1, to: 2)])
    let free = LayeredLayout.layout(input)
    #expect(free.crossings == 0)
    input.nodes[2].orderKey = 0
    input.nodes[3].orderKey = 1
    input.nodes[0].orderKey = 0
    input.nodes[1].orderKey = 1
    let frozen = LayeredLayout.layout(input)
    #expect(frozen.centers[2].x < frozen.centers[3].x)
    #expect(frozen.centers[0].x < frozen.centers[1].x)
    #expect(frozen.crossings == 1, "the order was kept at the cost of a crossing")
    var partly = input
    partly.nodes[1].orderKey = nil
    let loose = LayeredLayout.layout(partly)
    #expect(loose.crossings == 0, "a rank with a node without a key is ordered freely")
  }

  /// An edge turned round by cycle breaking keeps its fixed ports: its source's port is then on the
  /// source's upper side.
  @Test func turnedEdgesKeepTheirPorts() {
    var input = LayoutInput(
      nodes: [.init(width: 100, height: 40), .init(width: 30, height: 20)],
      edges: [.init(from: 0, to: 1), .init(from: 1, to: 0)])
    input.edges[1].headPort = 30
    input.edges[0].tailPort = -30
    let result = LayeredLayout.layout(input)
    let turned = result.edgePoints[1]
    #expect(
      abs(turned[turned.count - 2].x - (result.centers[0].x + 30)) < 0.01
        || abs(turned[1].x - (result.centers[0].x + 30)) < 0.01)
  }

  /// Edges between two clusters whose inner ends lie the other way round from their outer ends (the
  /// first layout orders each cluster alone) meet at the border without crossing once the anchors are
  /// ordered by the other ends; mermaid's e2e chart drew 10 crossings before.
  @Test func borderAnchorsFollowTheOtherEnds() throws {
    let chart = try FlowchartParser.parse(
      """
      flowchart LR
        subgraph G1
          N00
          N11
          N12
          N13
        end
        subgraph G2
          N21
          N22
        end
        N00 --- N01 & N02 & N03 & N04 & N05
        N00 --- N11 & N12 & N13 & N22
        N11 --- N22
        N11 --- N22
        N11 --- N22
      """)
    let metrics = DrawingMetrics(FlowchartLayout.layout(chart))
    #expect(metrics.crossings == 0)
    #expect(metrics.foldBacks == 0)
  }

  /// A back edge into a cluster crosses its border on the side facing where it comes from, instead of
  /// running round to the entry side and doubling back through the cluster.
  @Test func backEdgesEnterOnTheFacingSide() throws {
    let chart = try FlowchartParser.parse(
      """
      flowchart TB
        subgraph three
          c1-->c2
        end
        subgraph two
          b1-->b2
        end
        three --> two
        two --> c2
      """)
    let drawing = FlowchartLayout.layout(chart)
    let three = try #require(drawing.clusters.first { $0.id == "three" })
    let back = try #require(drawing.edges.first { $0.edge.start == "two" && $0.edge.end == "c2" })
    let bottom = three.origin.y + three.height
    #expect(back.points.allSatisfy { $0.y >= three.origin.y + three.height / 2 }, "stays in the lower half")
    #expect(back.points.contains { abs($0.y - bottom) < 0.5 }, "crosses the bottom border")
    #expect(DrawingMetrics(drawing).foldBacks == 0)
  }
}

extension LayoutPhaseTests {
  /// An edge from a subgraph to its own member runs in from the subgraph's border, not out of its side
  /// in a loop and back in through the top.
  @Test func clusterToMemberEdgesRunInFromTheBorder() throws {
    let chart = try FlowchartParser.parse(
      "flowchart TB\n  Out --> In\n  subgraph Sub\n    In\n  end\n  Sub --> In\n")
    let drawing = FlowchartLayout.layout(chart)
    let sub = try #require(drawing.clusters.first)
    let edge = try #require(drawing.edges.first { $0.edge.start == "Sub" })
    let first = try #require(edge.points.first)
    #expect(abs(first.y - sub.origin.y) < 0.5, "starts on the top border")
    #expect(
      edge.points.allSatisfy { $0.x >= sub.origin.x && $0.x <= sub.origin.x + sub.width }, "stays inside")
    #expect(drawing.width <= sub.width + 2 * 8 + 1, "no room kept for a loop")
    #expect(DrawingMetrics(drawing).foldBacks == 0)
  }
}

extension LayoutPhaseTests {
  /// A subgraph's title steps aside from an edge that enters through its top, and a block too narrow to
  /// hold both grows until it can.
  @Test func titlesStayClearOfEdges() throws {
    let chart = try FlowchartParser.parse(
      """
      flowchart TB
        subgraph alpha[A long title for a small box]
          x
        end
        subgraph beta[Another long title]
          y
        end
        x --> y
        Client --> y
      """)
    let drawing = FlowchartLayout.layout(chart)
    #expect(DrawingMetrics(drawing).edgesThroughTitles == 0)
    let beta = try #require(drawing.clusters.first { $0.id == "beta" })
    #expect(beta.titleCenterX != beta.origin.x + beta.width / 2, "moved off the middle, where edges enter")
    #expect(beta.titleCenterX - beta.titleWidth / 2 >= beta.origin.x)
    #expect(beta.titleCenterX + beta.titleWidth / 2 <= beta.origin.x + beta.width)
  }
}

extension LayoutPhaseTests {
  /// Edges from one node through the border of a subgraph that runs across the flow cross it a port
  /// apart, not through one point, and their arrowheads stand apart.
  @Test func parallelEdgesCrossAnAcrossBorderApart() throws {
    let chart = try FlowchartParser.parse(
      """
      flowchart LR
        subgraph S
          direction TB
          d --> b
        end
        d -- one --> e
        d -- two --> e
      """)
    let drawing = FlowchartLayout.layout(chart)
    let cluster = try #require(drawing.clusters.first)
    let right = cluster.origin.x + cluster.width
    let crossings = drawing.edges.filter { $0.edge.end == "e" }.compactMap { edge in
      edge.points.first { abs($0.x - right) < 0.5 }?.y
    }
    #expect(crossings.count == 2)
    #expect(abs(crossings[0] - crossings[1]) >= 9)
    #expect(DrawingMetrics(drawing).arrowheadOverlaps == 0)
  }
}

extension LayoutPhaseTests {
  /// A long edge passing a tall rank (a cluster's block beside it) runs straight through the rank's
  /// full height, so it cannot cut the block's corners.
  @Test func longEdgesRunStraightThroughTallRanks() {
    let input = LayoutInput(
      nodes: [.init(width: 40, height: 20), .init(width: 120, height: 100), .init(width: 40, height: 20)],
      edges: [.init(from: 0, to: 1), .init(from: 1, to: 2), .init(from: 0, to: 2)])
    let result = LayeredLayout.layout(input)
    let long = result.edgePoints[2]
    let tall = result.centers[1]
    let run = zip(long, long.dropFirst()).first { $0.x == $1.x && $0.y <= tall.y - 50 && $1.y >= tall.y + 50 }
    #expect(run != nil, "a vertical run from the rank's top to its bottom: \(long)")
  }
}

extension LayoutPhaseTests {
  /// The drawn curve keeps to a long segment until close to the bend: it cuts the corner by a sixth of
  /// `bendReach`'s run at most, not by a sixth of a 600 px segment.
  @Test func curvesTurnCloseToTheirBends() {
    typealias Point = LayoutResult.Point
    let route = [Point(x: 0, y: 0), Point(x: 600, y: 50), Point(x: 600, y: 200)]
    let drawn = CurvePath.flattened(route)
    let corner = route[1]
    let nearest = drawn.map { MetricGeometry.distance($0, corner) }.min() ?? .infinity
    #expect(nearest < CurvePath.bendReach / 2)
    #expect(drawn.first == route.first && drawn.last == route.last)
    #expect(drawn.allSatisfy { $0.x <= 600.001 }, "never beyond the bend's line")
  }
}
