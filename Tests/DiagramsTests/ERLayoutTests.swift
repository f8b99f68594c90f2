import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// ER drawings: golden SVGs, and properties on random diagrams in every direction (no overlapping
/// tables or labels, every relationship ending on its tables' outlines with its marks, clean metrics).
@Suite struct ERLayoutTests {
  static func randomDiagram(seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    let lefts = ["||", "|o", "}o", "}|", "o|"]
    let rights = ["||", "o|", "|{", "o{", "|o"]
    let count = Int.random(in: 2...10, using: &random)
    var lines = [
      "erDiagram", "direction " + ["TB", "LR", "BT", "RL"][Int.random(in: 0..<4, using: &random)],
    ]
    for entity in 0..<count where Bool.random(using: &random) {
      let rows = (0..<Int.random(in: 1...5, using: &random)).map { row in
        "  string field\(row)\(row == 0 ? " PK" : "")\(Bool.random(using: &random) ? " \"a comment\"" : "")"
      }
      lines.append("E\(entity) {\n" + rows.joined(separator: "\n") + "\n}")
    }
    for _ in 0..<Int.random(in: count - 1...count * 2, using: &random) {
      let from = Int.random(in: 0..<count, using: &random)
      let to = Int.random(in: 0..<count, using: &random)
      let left = lefts[Int.random(in: 0..<lefts.count, using: &random)]
      let right = rights[Int.random(in: 0..<rights.count, using: &random)]
      let line = Bool.random(using: &random) ? "--" : ".."
      lines.append("E\(from) \(left)\(line)\(right) E\(to) : rel\(from)")
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: 0..<30)
  func layoutProperties(seed: Int) throws {
    let source = Self.randomDiagram(seed: UInt64(seed))
    let diagram = try ERParser.parse(source)
    let drawing = ERLayout.layout(diagram)
    let boxes = drawing.tables.map {
      LayoutPropertyTests.Box(
        minX: $0.origin.x, minY: $0.origin.y, maxX: $0.origin.x + $0.width, maxY: $0.origin.y + $0.height)
    }
    for (index, box) in boxes.enumerated() {
      #expect(box.minX >= 0 && box.minY >= 0 && box.maxX <= drawing.width + 0.01, "seed \(seed)")
      #expect(box.maxY <= drawing.height + 0.01, "seed \(seed)")
      for other in boxes[(index + 1)...] { #expect(!box.overlaps(other), "seed \(seed): tables overlap") }
      // Every table keeps room for its rows.
      #expect(drawing.tables[index].height >= drawing.tables[index].table.height - 0.01)
    }
    let byName = Dictionary(
      drawing.tables.map { ($0.table.entity.name, $0) }, uniquingKeysWith: { first, _ in first })
    for edge in drawing.flow.edges where edge.edge.start != edge.edge.end {
      let relationship = drawing.relationships[Int(edge.edge.id.dropFirst())!]
      for (name, point) in [(relationship.from, edge.points.first!), (relationship.to, edge.points.last!)] {
        let table = try #require(byName[name])
        let onSide =
          abs(point.x - table.origin.x) < 1 || abs(point.x - table.origin.x - table.width) < 1
          || abs(point.y - table.origin.y) < 1 || abs(point.y - table.origin.y - table.height) < 1
        #expect(onSide, "seed \(seed): \(name)'s relationship ends off its outline")
      }
    }
    let metrics = DrawingMetrics(drawing.flow)
    #expect(metrics.nodeOverlaps == 0 && metrics.labelOverlaps == 0 && metrics.foldBacks == 0, "seed \(seed)")
    let svg = ERSVG.render(drawing, diagram: diagram, idPrefix: "e")
    let marks = svg.components(separatedBy: "data-cardinality=").count - 1
    #expect(marks == 2 * diagram.relationships.count, "seed \(seed): every end carries its marks")
  }

  @Test func goldenSVGs() throws {
    for name in ["er-shop", "er-directions"] {
      let source = try String(
        contentsOf: SharedFolder.projectRoot.appendingPathComponent(
          "Tests/DiagramsTests/Diagrams/\(name).mmd"),
        encoding: .utf8)
      let diagram = try ERParser.parse(source)
      assertGolden(
        ERSVG.render(ERLayout.layout(diagram), diagram: diagram, idPrefix: SVGText.idPrefix(for: source)),
        named: name + ".svg")
    }
  }

  @Test func hostileTextStaysText() throws {
    let diagram = try ERParser.parse(
      "erDiagram\n\"<script>x</script>\" {\n  string a \"</text><script>\"\n}\n\"<script>x</script>\" ||--|| B : \"<b>&\"\n"
    )
    let svg = ERSVG.render(
      ERLayout.layout(diagram), diagram: diagram, idPrefix: "e",
      entityLinks: ["B": "javascript:alert(1)", "<script>x</script>": "entities/a.html"])
    #expect(!svg.contains("<script>") && !svg.contains("<b>") && !svg.contains("javascript:"))
    #expect(svg.contains("&lt;script&gt;x&lt;/script&gt;") && svg.contains("&lt;b&gt;&amp;"))
    #expect(svg.contains("<a href=\"entities/a.html\">"))
  }

  @Test func layoutIsDeterministic() throws {
    let diagram = try ERParser.parse(Self.randomDiagram(seed: 7))
    #expect(
      ERSVG.render(ERLayout.layout(diagram), diagram: diagram, idPrefix: "e")
        == ERSVG.render(ERLayout.layout(diagram), diagram: diagram, idPrefix: "e"))
  }
}
