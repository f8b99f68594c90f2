import Testing

@testable import Diagrams

/// Each count of `DrawingMetrics` on a clean drawing (zero) and on the same drawing spoiled on purpose.
@Suite struct DrawingMetricsTests {
  static func drawing(_ source: String) throws -> FlowchartDrawing {
    FlowchartLayout.layout(try FlowchartParser.parse(source))
  }

  static let clean = """
    flowchart TD
      A[Start] --> B[Middle]
      B -->|label| C[End]
      subgraph S [Group]
        D[Inside]
      end
      D --> A
    """

  @Test func aCleanDrawingCountsNothingButItsArea() throws {
    let metrics = DrawingMetrics(try Self.drawing(Self.clean))
    #expect(metrics.counts.filter { $0.0 != "area" }.allSatisfy { $0.1 == 0 }, "\(metrics.counts)")
    #expect(metrics.area > 0)
  }

  @Test func crossingsBendsAndFoldBacks() throws {
    var drawing = try Self.drawing("flowchart LR\n  A --> B\n  C --> D\n")
    let a = drawing.edges[0].points
    let c = drawing.edges[1].points
    // The first edge now runs to where the second starts, and the second back across it.
    drawing.edges[0].points = [a[0], c[c.count - 1]]
    drawing.edges[1].points = [c[0], a[a.count - 1]]
    #expect(DrawingMetrics(drawing).crossings == 1)
    let start = drawing.edges[0].points[0]
    drawing.edges[0].points = [
      start, LayoutResult.Point(x: start.x + 40, y: start.y),
      LayoutResult.Point(x: start.x + 10, y: start.y + 1),
    ]
    let metrics = DrawingMetrics(drawing)
    #expect(metrics.bends == 1)
    #expect(metrics.foldBacks == 1)
  }

  @Test func overlapsOfNodesLabelsAndArrowheads() throws {
    var drawing = try Self.drawing(Self.clean)
    let first = drawing.nodes[0].center
    drawing.nodes[1].center = LayoutResult.Point(x: first.x + 5, y: first.y + 5)
    #expect(DrawingMetrics(drawing).nodeOverlaps >= 1)
    drawing = try Self.drawing(Self.clean)
    let labelled = drawing.edges.firstIndex { $0.labelCenter != nil }!
    drawing.edges[labelled].labelCenter = drawing.nodes[0].center
    #expect(DrawingMetrics(drawing).labelOverlaps == 1)
    drawing = try Self.drawing("flowchart TD\n  A --> C\n  B --> C\n")
    drawing.edges[1].points[drawing.edges[1].points.count - 1] = drawing.edges[0].points.last!
    #expect(DrawingMetrics(drawing).arrowheadOverlaps == 1)
  }

  @Test func edgesThroughNodesAndTitlesAndClipping() throws {
    var drawing = try Self.drawing(Self.clean)
    let a = drawing.nodes.first { $0.id == "A" }!.center
    let c = drawing.nodes.first { $0.id == "C" }!.center
    // A straight line from A to C runs through B, which lies between them.
    drawing.edges[0].points = [a, c]
    #expect(DrawingMetrics(drawing).edgesThroughNodes == 1)
    drawing = try Self.drawing(Self.clean)
    let cluster = drawing.clusters[0]
    let title = LayoutResult.Point(x: cluster.origin.x + cluster.width / 2, y: cluster.origin.y + 18)
    drawing.edges[0].points = [
      LayoutResult.Point(x: title.x - 80, y: title.y), LayoutResult.Point(x: title.x + 80, y: title.y),
    ]
    #expect(DrawingMetrics(drawing).edgesThroughTitles >= 1)
    drawing.nodes[0].center = LayoutResult.Point(x: -50, y: -50)
    #expect(DrawingMetrics(drawing).clipped >= 1)
  }

  @Test func sequenceFramesInsideTheDrawing() throws {
    let diagram = try SequenceParser.parse(
      "sequenceDiagram\n  A->>B: hi\n  alt ok\n    B->>A: yes\n  else no\n    B->>A: no\n  end\n  Note over A,B: done\n"
    )
    let metrics = DrawingMetrics(SequenceLayout.layout(diagram))
    #expect(metrics.clipped == 0)
    #expect(metrics.nodeOverlaps == 0)
  }
}
