import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// State drawings: a golden SVG, and properties on random state diagrams in every direction (no
/// overlapping states, every composite state's box holding its states, clean metrics).
@Suite struct StateLayoutTests {
  static func randomDiagram(seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    let count = Int.random(in: 3...9, using: &random)
    var lines = [
      "stateDiagram-v2", "direction " + ["TB", "LR", "BT", "RL"][Int.random(in: 0..<4, using: &random)],
    ]
    lines.append("[*] --> S0")
    for _ in 0..<Int.random(in: count - 1...count * 2, using: &random) {
      let from = Int.random(in: 0..<count, using: &random)
      let to = Int.random(in: 0..<count, using: &random)
      lines.append("S\(from) --> S\(to)\(Bool.random(using: &random) ? " : go \(to)" : "")")
    }
    lines.append("S\(count - 1) --> [*]")
    if Bool.random(using: &random) {
      let direction = ["TB", "LR"][Int.random(in: 0..<2, using: &random)]
      lines.append(
        "state Group {\n direction \(direction)\n [*] --> Inner1\n Inner1 --> Inner2\n --\n Other --> [*]\n}")
      lines.append("S0 --> Group")
    }
    if Bool.random(using: &random) { lines.append("note right of S1 : a note") }
    if Bool.random(using: &random) {
      lines.append("state pick <<choice>>\nS1 --> pick\npick --> S2 : yes\npick --> S0 : no")
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: 0..<30)
  func layoutProperties(seed: Int) throws {
    let diagram = try StateParser.parse(Self.randomDiagram(seed: UInt64(seed)))
    let drawing = StateLayout.layout(diagram)
    let boxes = drawing.nodes.map(LayoutPropertyTests.box)
    for (index, box) in boxes.enumerated() {
      for other in boxes[(index + 1)...] { #expect(!box.overlaps(other), "seed \(seed): states overlap") }
    }
    let clusters = Dictionary(
      drawing.clusters.map {
        (
          $0.id,
          LayoutPropertyTests.Box(
            minX: $0.origin.x, minY: $0.origin.y, maxX: $0.origin.x + $0.width, maxY: $0.origin.y + $0.height)
        )
      }, uniquingKeysWith: { first, _ in first })
    let chart = diagram.flowchart
    for node in drawing.nodes {
      guard let parent = chart.subgraphs.first(where: { $0.nodes.contains(node.id) })?.id,
        let cluster = clusters[parent]
      else { continue }
      #expect(cluster.contains(LayoutPropertyTests.box(node)), "seed \(seed): \(node.id) outside \(parent)")
    }
    let metrics = DrawingMetrics(drawing)
    #expect(metrics.nodeOverlaps == 0 && metrics.labelOverlaps == 0, "seed \(seed)")
    if let path = ProcessInfo.processInfo.environment["DUMP_STATE_SEED"],
      Int(path.split(separator: ":")[0]) == seed
    {
      try FlowchartSVG.render(drawing, chart: diagram.flowchart, options: .init(idPrefix: "s"))
        .write(toFile: String(path.split(separator: ":")[1]), atomically: true, encoding: .utf8)
      print(Self.randomDiagram(seed: UInt64(seed)))
    }
  }

  @Test func goldenSVG() throws {
    let source = try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent(
        "Tests/DiagramsTests/Diagrams/state-machine.mmd"),
      encoding: .utf8)
    let diagram = try StateParser.parse(source)
    assertGolden(
      FlowchartSVG.render(
        StateLayout.layout(diagram), chart: diagram.flowchart,
        options: .init(idPrefix: SVGText.idPrefix(for: source))),
      named: "state-machine.svg")
  }

  @Test func compositesNotesAndPseudoStatesBecomeTheFlowchart() throws {
    let diagram = try StateParser.parse(
      "stateDiagram-v2\n[*] --> A\nstate B {\n  direction LR\n  [*] --> C\n}\nA --> B\nnote left of A : why\nstate f <<fork>>\nA --> f\n"
    )
    // Mermaid's order: states as the data step meets them, a note's group and note after the composite
    // state met before it, numbered by the transitions seen so far.
    #expect(
      diagram.nodes.map(\.id) == ["root_start", "A", "B", "B_start", "C", "A----parent", "A----note-3", "f"])
    let chart = diagram.flowchart
    let group = try #require(chart.subgraphs.first { $0.id == "B" })
    #expect(group.direction == .leftToRight && group.nodes == ["B_start", "C"])
    #expect(chart.vertices.first { $0.id == "root_start" }?.shape == "f-circ")
    #expect(chart.vertices.first { $0.id == "A----note-3" }?.styles.first == "fill:#fff5ad")
    // A note's group is mermaid's layout device; the note stands on its own, joined by a dotted line.
    #expect(!chart.subgraphs.contains { $0.id == "A----parent" })
    #expect(chart.edges.contains { $0.start == "A----note-3" && $0.end == "A" && $0.stroke == .dotted })
    // Drawn as one straight line between the two boxes.
    let drawn = StateLayout.layout(diagram).edges.first { $0.edge.start == "A----note-3" }
    #expect(drawn?.points.count == 2)
    #expect(diagram.nodeSizes()["f"] == NodeSize(width: 70, height: 8))
  }

  @Test func errorsPointAtTheirLine() {
    do {
      _ = try StateParser.parse("stateDiagram-v2\n  A --> B\n  state C {\n    D --> \n  }\n")
      Issue.record("a transition without a target parsed")
    } catch let error as DiagramError {
      #expect(error.line == 5)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
