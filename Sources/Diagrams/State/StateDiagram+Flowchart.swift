extension StateDiagram {
  /// The diagram as a flowchart the layered engine lays out: states as rounded boxes, start and end as
  /// a filled disc and a framed one, choices as diamonds, forks and joins as bars, notes as boxes
  /// joined by a dotted line, composite states and their concurrent regions as subgraphs in their own
  /// direction.
  public var flowchart: Flowchart {
    var chart = Flowchart()
    chart.direction = direction
    chart.title = title
    chart.accTitle = accTitle
    chart.accDescr = accDescr
    let groups = Set(nodes.filter { $0.kind == .composite || $0.kind == .divider }.map(\.id))
    // A note stands beside its state, joined by its dotted line: mermaid's box around the two is a
    // layout device, not something a reader needs to see.
    let noteGroups = Set(nodes.filter { $0.kind == .noteGroup }.map(\.id))
    for node in nodes where !groups.contains(node.id) && !noteGroups.contains(node.id) {
      var vertex = FlowVertex(id: node.id, line: 0, column: 0)
      vertex.label = FlowLabel(([node.label] + node.descriptions).joined(separator: "\n"))
      switch node.kind {
      case .start: (vertex.shape, vertex.label) = ("f-circ", FlowLabel(""))
      case .end: (vertex.shape, vertex.label) = ("fr-circ", FlowLabel(""))
      case .choice: (vertex.shape, vertex.label) = ("diamond", FlowLabel(""))
      case .fork, .join:
        vertex.shape = "rect"
        vertex.label = FlowLabel("")
        vertex.styles = ["fill:#59636e", "stroke:#59636e"]
      case .note:
        vertex.shape = "rect"
        vertex.styles = ["fill:#fff5ad", "stroke:#aaaa33", "color:#1f2328"]
      case .state, .composite, .divider, .noteGroup: vertex.shape = "rounded"
      }
      vertex.styles += node.styles
      vertex.classes = node.classes
      chart.vertices.append(vertex)
    }
    for node in nodes where groups.contains(node.id) {
      let members = nodes.filter { drawnParent($0) == node.id && !noteGroups.contains($0.id) }.map(\.id)
      let title = node.kind == .composite ? node.label : ""
      chart.subgraphs.append(
        FlowSubgraph(id: node.id, title: FlowLabel(title), nodes: members, direction: node.direction, line: 0)
      )
    }
    for (index, transition) in transitions.enumerated() {
      chart.edges.append(
        FlowEdge(
          start: transition.from, end: transition.to, head: transition.isNote ? .open : .point,
          stroke: transition.isNote ? .dotted : .normal, length: 1,
          label: transition.label.isEmpty ? nil : FlowLabel(transition.label), id: "t\(index)",
          isUserDefinedID: false, line: 0))
    }
    return chart
  }

  /// Sizes that differ from what a label gives: forks and joins are bars across the flow.
  public func nodeSizes() -> [String: NodeSize] {
    var sizes: [String: NodeSize] = [:]
    for node in nodes where node.kind == .fork || node.kind == .join {
      let horizontal = direction == .leftToRight || direction == .rightToLeft
      sizes[node.id] = horizontal ? NodeSize(width: 8, height: 70) : NodeSize(width: 70, height: 8)
    }
    return sizes
  }

  /// The container a node is drawn in: a note goes where its state is.
  func drawnParent(_ node: StateNode) -> String? {
    guard node.kind == .note, let group = node.parent, group.hasSuffix("----parent") else {
      return node.parent
    }
    let state = String(group.dropLast("----parent".count))
    return nodes.first { $0.id == state }?.parent
  }
}
