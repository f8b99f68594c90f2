import TestSupport
import Testing

@testable import Diagrams

/// Properties every layout must have, on random flowcharts with shapes, labels, loops, parallel edges
/// and nested subgraphs in all four directions.
@Suite struct LayoutPropertyTests {
  static func randomFlowchart(seed: UInt64) -> String {
    var random = SeededRandom(seed: seed)
    let directions = ["TB", "LR", "BT", "RL"]
    let shapes = [
      ("[", "]"), ("(", ")"), ("{", "}"), ("([", "])"), ("((", "))"), ("{{", "}}"), ("[(", ")]"),
      ("[/", "/]"),
    ]
    let count = Int.random(in: 3...14, using: &random)
    var lines = ["flowchart " + directions[Int.random(in: 0..<4, using: &random)]]
    for node in 0..<count {
      let shape = shapes[Int.random(in: 0..<shapes.count, using: &random)]
      let words = (0..<Int.random(in: 1...4, using: &random)).map { _ in
        ["api", "Service", "queue", "a", "long label"].randomElement(using: &random)!
      }
      lines.append("n\(node)\(shape.0)\(words.joined(separator: " "))\(shape.1)")
    }
    let edgeCount = Int.random(in: count - 1...count * 2, using: &random)
    for _ in 0..<edgeCount {
      let from = Int.random(in: 0..<count, using: &random)
      let to = Int.random(in: 0..<count, using: &random)
      let arrow = ["-->", "---", "-.->", "==>", "--->"].randomElement(using: &random)!
      let label = Int.random(in: 0..<3, using: &random) == 0 ? "|label \(from)|" : ""
      lines.append("n\(from) \(arrow)\(label) n\(to)")
    }
    if count > 5 {
      let inner =
        "subgraph inner [Inner group]\n direction \(directions[Int.random(in: 0..<4, using: &random)])\n n1\n n2\nend"
      lines.append("subgraph outer [Outer]\n n0\n n3\n \(inner)\nend")
    }
    return lines.joined(separator: "\n")
  }

  struct Box {
    var minX, minY, maxX, maxY: Double

    func overlaps(_ other: Box, by tolerance: Double = 0.5) -> Bool {
      minX < other.maxX - tolerance && other.minX < maxX - tolerance && minY < other.maxY - tolerance
        && other.minY < maxY - tolerance
    }

    func contains(_ other: Box) -> Bool {
      other.minX >= minX - 0.01 && other.maxX <= maxX + 0.01 && other.minY >= minY - 0.01
        && other.maxY <= maxY + 0.01
    }
  }

  static func box(_ node: FlowchartDrawing.Node) -> Box {
    Box(
      minX: node.center.x - node.width / 2, minY: node.center.y - node.height / 2,
      maxX: node.center.x + node.width / 2,
      maxY: node.center.y + node.height / 2)
  }

  @Test(arguments: 0..<40)
  func layoutProperties(seed: Int) throws {
    let source = Self.randomFlowchart(seed: UInt64(seed) &+ 1000)
    let chart = try FlowchartParser.parse(source)
    let drawing = FlowchartLayout.layout(chart)
    let boxes = Dictionary(uniqueKeysWithValues: drawing.nodes.map { ($0.id, Self.box($0)) })
    // No two nodes overlap.
    for (i, a) in drawing.nodes.enumerated() {
      for b in drawing.nodes[(i + 1)...] {
        #expect(!Self.box(a).overlaps(Self.box(b)), "seed \(seed): \(a.id) overlaps \(b.id)")
      }
    }
    // Clusters hold their members and no other node.
    var membersOf: [String: Set<String>] = [:]
    for subgraph in chart.subgraphs {
      var members = Set<String>()
      var stack = subgraph.nodes
      while let member = stack.popLast() {
        members.insert(member)
        if let nested = chart.subgraphs.first(where: { $0.id == member }) { stack += nested.nodes }
      }
      membersOf[subgraph.id] = members
    }
    for cluster in drawing.clusters {
      let clusterBox = Box(
        minX: cluster.origin.x, minY: cluster.origin.y, maxX: cluster.origin.x + cluster.width,
        maxY: cluster.origin.y + cluster.height)
      for node in drawing.nodes {
        if membersOf[cluster.id]?.contains(node.id) == true {
          #expect(clusterBox.contains(boxes[node.id]!), "seed \(seed): \(node.id) outside \(cluster.id)")
        } else {
          #expect(!clusterBox.overlaps(boxes[node.id]!), "seed \(seed): \(node.id) inside \(cluster.id)")
        }
      }
    }
    // Every edge runs from its source's outline to its target's (at its port, so a point of the outline).
    for edge in drawing.edges where edge.edge.start != edge.edge.end && edge.points.count >= 2 {
      for (end, point) in [
        (edge.edge.start, edge.points[0]), (edge.edge.end, edge.points[edge.points.count - 1]),
      ] {
        guard let node = drawing.nodes.first(where: { $0.id == end }) else { continue }
        let expected = node.shape.outline(width: node.width, height: node.height).boundaryPoint(
          center: node.center, width: node.width, height: node.height, toward: point)
        #expect(
          abs(expected.x - point.x) < 0.01 && abs(expected.y - point.y) < 0.01,
          "seed \(seed): edge \(edge.edge.id) end at \(end)")
      }
    }
    // Labels are clear of nodes and of each other.
    let labels = drawing.edges.compactMap { edge -> Box? in
      guard let center = edge.labelCenter, edge.edge.start != edge.edge.end else { return nil }
      return Box(
        minX: center.x - edge.labelWidth / 2, minY: center.y - edge.labelHeight / 2,
        maxX: center.x + edge.labelWidth / 2,
        maxY: center.y + edge.labelHeight / 2)
    }
    for (i, label) in labels.enumerated() {
      for node in drawing.nodes {
        #expect(!label.overlaps(boxes[node.id]!), "seed \(seed): a label covers \(node.id)")
      }
      for other in labels[(i + 1)...] { #expect(!label.overlaps(other), "seed \(seed): two labels overlap") }
    }
  }

  @Test func layoutIsDeterministic() throws {
    let chart = try FlowchartParser.parse(Self.randomFlowchart(seed: 7))
    let first = FlowchartSVG.render(
      FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "x"))
    let second = FlowchartSVG.render(
      FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "x"))
    #expect(first == second)
  }

  /// The full crossing reduction never does worse than barycenter sweeps alone.
  @Test(arguments: 0..<25)
  func crossingsNoWorseThanBarycenterOnly(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed) &+ 99)
    let count = Int.random(in: 8...40, using: &random)
    let edges = (0..<(count * 3 / 2)).map { _ in
      LayoutInput.Edge(
        from: Int.random(in: 0..<count, using: &random), to: Int.random(in: 0..<count, using: &random))
    }.filter { $0.from != $0.to }
    let input = LayoutInput(
      nodes: Array(repeating: LayoutInput.Node(width: 40, height: 20), count: count), edges: edges)
    let full = LayeredLayout.layout(input)
    let plain = LayeredLayout.layout(input, strategy: .barycenterOnly)
    #expect(full.crossings <= plain.crossings, "seed \(seed)")
  }
}
