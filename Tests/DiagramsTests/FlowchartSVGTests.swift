import Diagrams
import Foundation
import TestSupport
import Testing

@Suite struct FlowchartSVGTests {
  private func fixture(_ name: String) throws -> String {
    try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/DiagramsTests/Diagrams/\(name)"),
      encoding: .utf8)
  }

  private func svg(_ source: String, links: [String: String] = [:]) throws -> String {
    let chart = try FlowchartParser.parse(source)
    return FlowchartSVG.render(
      FlowchartLayout.layout(chart), chart: chart,
      options: .init(idPrefix: SVGText.idPrefix(for: source), nodeLinks: links))
  }

  @Test func goldenSVGs() throws {
    for name in ["system", "shapes", "nested", "directions"] {
      assertGolden(try svg(try fixture(name + ".mmd")), named: name + ".svg")
    }
  }

  @Test func everyElementCarriesItsData() throws {
    let text = try svg(try fixture("system.mmd"))
    #expect(text.contains("data-id=\"gw\""))
    #expect(text.contains("data-from=\"portal\" data-to=\"gw\""))
    #expect(text.contains("<g class=\"fd-cluster\" data-id=\"core\">"))
    #expect(text.contains("role=\"img\""))
    #expect(text.contains("<title id=\""))
    #expect(text.contains("<desc id=\""))
    #expect(text.contains("var(--fd-node-fill,#eef2ff)"))
    #expect(!text.contains("foreignObject"))
  }

  @Test func clicksLinkOnlyToSafePlaces() throws {
    let text = try svg(
      "graph TD\nA-->B\nclick A \"javascript:alert(1)\"\nclick B \"https://example.org/b\" _blank\nstyle A fill:red;background:url(x)"
    )
    #expect(!text.contains("javascript:"))
    #expect(text.contains("<a href=\"https://example.org/b\" target=\"_blank\" rel=\"noopener noreferrer\">"))
    #expect(!text.contains("url(x)"))
    let linked = try svg("graph TD\nA[Billing Service]", links: ["A": "../components/billing-service.html"])
    #expect(linked.contains("<a href=\"../components/billing-service.html\">"))
  }

  @Test func hostileTextStaysText() throws {
    let text = try svg("graph TD\nA[\"</text><script>alert(1)</script>\"] -->|\"<img src=x onerror=y>\"| B")
    #expect(!text.contains("<script"))
    #expect(!text.contains("<img"))
    #expect(text.contains("&lt;/text&gt;&lt;script&gt;"))
  }

  @Test func idsFollowTheDiagram() {
    #expect(SVGText.idPrefix(for: "graph TD\nA") == SVGText.idPrefix(for: "graph TD\nA"))
    #expect(SVGText.idPrefix(for: "graph TD\nA") != SVGText.idPrefix(for: "graph TD\nB"))
  }
}
