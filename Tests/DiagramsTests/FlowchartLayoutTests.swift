import Testing

@testable import Diagrams

/// Flowchart layouts: edges leaving a subgraph that runs across its parent's flow.
@Suite struct FlowchartLayoutTests {
  /// A top-to-bottom group in a left-to-right chart; `a` and `b` share a rank, so one of them stands
  /// between the other and the border both edges to `out` cross.
  static let acrossTheFlow = """
    flowchart LR
      subgraph group [Group]
        direction TB
        top --> a
        top --> b
        b --> c
      end
      a -.-> out
      b --> out
    """

  static func drawing(_ source: String) throws -> FlowchartDrawing {
    FlowchartLayout.layout(try FlowchartParser.parse(source))
  }

  /// The two nodes of the shared rank, the one further from the right border first.
  static func pair(_ drawing: FlowchartDrawing) throws -> (FlowchartDrawing.Node, FlowchartDrawing.Node) {
    let a = try #require(drawing.nodes.first { $0.id == "a" })
    let b = try #require(drawing.nodes.first { $0.id == "b" })
    #expect(abs(a.center.y - b.center.y) < 1)
    return a.center.x < b.center.x ? (a, b) : (b, a)
  }

  @Test func anEdgeLeavingBesideANeighbourGoesRoundIt() throws {
    let drawing = try Self.drawing(Self.acrossTheFlow)
    let metrics = DrawingMetrics(drawing)
    #expect(metrics.edgesThroughNodes == 0 && metrics.foldBacks == 0)
    let (far, near) = try Self.pair(drawing)
    // It leaves downstream, the way the group flows, and runs clear of the neighbour below it.
    let route = try #require(drawing.edges.first { $0.edge.start == far.id && $0.edge.end == "out" }).points
    #expect(route[0].y > far.center.y && abs(route[0].x - far.center.x) < 1)
    #expect(route[1].y >= near.center.y + near.height / 2 + FlowchartLayout.Engine.detourClearance - 1e-6)
    #expect(abs(route[1].y - route[2].y) < 1e-6 && route[2].x > near.center.x + near.width / 2)
  }

  @Test func aClearLineStaysStraight() throws {
    let drawing = try Self.drawing(Self.acrossTheFlow)
    let (_, near) = try Self.pair(drawing)
    let route = try #require(drawing.edges.first { $0.edge.start == near.id && $0.edge.end == "out" }).points
    #expect(abs(route[0].y - route[1].y) < 1e-6 && route[0].x >= near.center.x + near.width / 2 - 1e-6)
  }

  @Test func theSamplesSystemChartCutsNoNode() throws {
    let drawing = try Self.drawing(
      """
      flowchart LR
        portal[Web Portal] --> gw[API Gateway]
        subgraph core [Core services]
          direction TB
          gw --> id[Identity Service]
          gw --> track[Tracking Service]
        end
        id -.->|UserRegistered| notify[Notification Service]
        track -.->|ParcelDelivered| notify
      """)
    #expect(DrawingMetrics(drawing).edgesThroughNodes == 0)
  }
}
