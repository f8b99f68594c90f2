import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// Class drawings: golden SVGs, and properties on random diagrams in every direction (no overlapping
/// boxes or labels, namespaces holding their classes, every relation ending on its boxes' outlines
/// with its UML marks, clean metrics).
@Suite struct ClassLayoutTests {
  static func randomDiagram(seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    let ends = ["", "<|", "*", "o", "<"]
    let farEnds = ["", "|>", "*", "o", ">"]
    let count = Int.random(in: 2...10, using: &random)
    var lines = [
      "classDiagram", "direction " + ["TB", "LR", "BT", "RL"][Int.random(in: 0..<4, using: &random)],
    ]
    var namespaced = Set<Int>()
    for group in 0..<Int.random(in: 0...2, using: &random) {
      let members = (0..<count).filter {
        !namespaced.contains($0) && Int.random(in: 0..<3, using: &random) == 0
      }
      guard !members.isEmpty else { continue }
      namespaced.formUnion(members)
      lines.append("namespace N\(group) {")
      lines += members.map { "  class C\($0)" }
      lines.append("}")
    }
    for index in 0..<count where Bool.random(using: &random) {
      let rows = (0..<Int.random(in: 1...4, using: &random)).map { row in
        row % 2 == 0 ? "  +String field\(row)" : "  +method\(row)(int x) bool"
      }
      lines.append("class C\(index) {\n" + rows.joined(separator: "\n") + "\n}")
    }
    for _ in 0..<Int.random(in: count - 1...count * 2, using: &random) {
      let from = Int.random(in: 0..<count, using: &random)
      let to = Int.random(in: 0..<count, using: &random)
      let near = ends[Int.random(in: 0..<ends.count, using: &random)]
      let far = farEnds[Int.random(in: 0..<farEnds.count, using: &random)]
      let line = Bool.random(using: &random) ? "--" : ".."
      let cardinality = Bool.random(using: &random) ? " \"1\" " : " "
      lines.append("C\(from)\(cardinality)\(near)\(line)\(far) C\(to) : rel\(from)")
    }
    if Bool.random(using: &random) { lines.append("C0 --() Port") }
    if Bool.random(using: &random) { lines.append("note for C1 \"a note\"") }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: 0..<30)
  func layoutProperties(seed: Int) throws {
    let diagram = try ClassParser.parse(Self.randomDiagram(seed: UInt64(seed)))
    let drawing = ClassLayout.layout(diagram)
    let boxes = drawing.boxes.map {
      LayoutPropertyTests.Box(
        minX: $0.origin.x, minY: $0.origin.y, maxX: $0.origin.x + $0.width, maxY: $0.origin.y + $0.height)
    }
    #expect(drawing.boxes.count == diagram.classes.count, "seed \(seed)")
    for (index, box) in boxes.enumerated() {
      #expect(box.minX >= 0 && box.minY >= 0 && box.maxX <= drawing.width + 0.01, "seed \(seed)")
      #expect(box.maxY <= drawing.height + 0.01, "seed \(seed)")
      for other in boxes[(index + 1)...] { #expect(!box.overlaps(other), "seed \(seed): boxes overlap") }
      #expect(drawing.boxes[index].height >= drawing.boxes[index].box.height - 0.01, "seed \(seed)")
    }
    try expectNamespacesHoldTheirClasses(diagram, drawing, seed: seed)
    try expectRelationsEndOnOutlines(diagram, drawing, seed: seed)
    let metrics = DrawingMetrics(drawing.flow)
    #expect(metrics.nodeOverlaps == 0 && metrics.labelOverlaps == 0 && metrics.foldBacks == 0, "seed \(seed)")
    let svg = ClassSVG.render(drawing, diagram: diagram, idPrefix: "c")
    let drawnEnds = diagram.relations.flatMap { [$0.fromEnd, $0.toEnd] }
    let marks = svg.components(separatedBy: "data-end=").count - 1
    #expect(marks == drawnEnds.filter { $0 != .none }.count, "seed \(seed): every end carries its mark")
  }

  func expectNamespacesHoldTheirClasses(_ diagram: ClassDiagram, _ drawing: ClassDrawing, seed: Int) throws {
    for cluster in drawing.flow.clusters {
      let namespace = diagram.namespaces[try #require(Int(cluster.id.dropFirst()))]
      for box in drawing.boxes where box.box.node.namespace == namespace.id {
        let inside =
          box.origin.x >= cluster.origin.x - 0.01 && box.origin.y >= cluster.origin.y - 0.01
          && box.origin.x + box.width <= cluster.origin.x + cluster.width + 0.01
          && box.origin.y + box.height <= cluster.origin.y + cluster.height + 0.01
        #expect(inside, "seed \(seed): \(box.box.node.id) outside namespace \(namespace.id)")
      }
    }
  }

  func expectRelationsEndOnOutlines(_ diagram: ClassDiagram, _ drawing: ClassDrawing, seed: Int) throws {
    let byID = Dictionary(drawing.boxes.map { ($0.box.node.id, $0) }, uniquingKeysWith: { first, _ in first })
    for edge in drawing.flow.edges where edge.edge.id.hasPrefix("r") && edge.edge.start != edge.edge.end {
      let relation = diagram.relations[try #require(Int(edge.edge.id.dropFirst()))]
      for (name, point) in [(relation.from, edge.points.first!), (relation.to, edge.points.last!)] {
        guard let box = byID[name] else { continue }
        let onSide =
          abs(point.x - box.origin.x) < 1 || abs(point.x - box.origin.x - box.width) < 1
          || abs(point.y - box.origin.y) < 1 || abs(point.y - box.origin.y - box.height) < 1
        #expect(onSide, "seed \(seed): \(name)'s relation ends off its outline")
      }
    }
  }

  @Test func goldenSVGs() throws {
    for name in ["class-shop", "class-namespaces"] {
      let source = try String(
        contentsOf: SharedFolder.projectRoot.appendingPathComponent(
          "Tests/DiagramsTests/Diagrams/\(name).mmd"),
        encoding: .utf8)
      let diagram = try ClassParser.parse(source)
      assertGolden(
        ClassSVG.render(
          ClassLayout.layout(diagram), diagram: diagram, idPrefix: SVGText.idPrefix(for: source)),
        named: name + ".svg")
    }
  }

  @Test func hostileTextStaysText() throws {
    let diagram = try ClassParser.parse(
      """
      classDiagram
      class A["<script>x</script>"] {
        +String </text><script>
      }
      A --> B : <b>&
      note for B "<img src=x onerror=alert(1)>"
      link A "javascript:alert(1)"
      """)
    let svg = ClassSVG.render(
      ClassLayout.layout(diagram), diagram: diagram, idPrefix: "c", classLinks: ["B": "entities/b.html"])
    #expect(!svg.contains("<script>") && !svg.contains("<b>") && !svg.contains("javascript:"))
    #expect(!svg.contains("<img"))
    #expect(svg.contains("&lt;script&gt;x&lt;/script&gt;") && svg.contains("&lt;b&gt;&amp;"))
    #expect(svg.contains("<a href=\"entities/b.html\">"))
  }

  @Test func layoutIsDeterministic() throws {
    let diagram = try ClassParser.parse(Self.randomDiagram(seed: 7))
    #expect(
      ClassSVG.render(ClassLayout.layout(diagram), diagram: diagram, idPrefix: "c")
        == ClassSVG.render(ClassLayout.layout(diagram), diagram: diagram, idPrefix: "c"))
  }
}
