import Diagrams
import Testing

@Suite struct FlowchartLayoutCacheTests {
  private func svg(_ drawing: FlowchartDrawing, _ chart: Flowchart) -> String {
    FlowchartSVG.render(drawing, chart: chart, options: .init(idPrefix: "t"))
  }

  @Test func aCachedDrawingIsTheDrawingAndIsKeptOneBuildUnused() throws {
    let chart = try FlowchartParser.parse("flowchart LR\n  A[Orders] --> B{Paid?}\n  B -->|yes| C[Ship]\n")
    let other = try FlowchartParser.parse("flowchart TD\n  X --> Y\n")
    let cache = FlowchartLayoutCache()
    let first = cache.drawing(for: chart)
    #expect(cache.hits == 0)
    #expect(svg(first, chart) == svg(FlowchartLayout.layout(chart), chart))
    #expect(svg(cache.drawing(for: chart), chart) == svg(first, chart))
    #expect(cache.hits == 1)
    // Asked for in the next build: still there. Not asked for during a whole build: let go.
    cache.endBuild()
    _ = cache.drawing(for: chart)
    #expect(cache.hits == 2)
    cache.endBuild()
    _ = cache.drawing(for: other)
    cache.endBuild()
    _ = cache.drawing(for: chart)
    #expect(cache.hits == 2)
  }
}
