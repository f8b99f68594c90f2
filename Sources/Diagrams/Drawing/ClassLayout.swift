/// Lays out a class diagram with the flowchart engine: every class is a node the size of its box,
/// notes and lollipop interfaces are nodes of their text, relations and note lines are edges, and
/// namespaces are clusters, so ports, crossing reduction, label places and routing are the ones
/// flowcharts get. `A <|-- B` runs from A to B, so a base class sits above the classes that extend it.
public enum ClassLayout {
  public static func layout(_ diagram: ClassDiagram, options: FlowchartLayout.Options = .init())
    -> ClassDrawing
  {
    let boxes = diagram.classes.map { ClassBox($0, measurer: options.measurer) }
    var layoutOptions = options
    layoutOptions.portStep = portStep
    // Room for a UML end and a cardinality at each end of an edge.
    layoutOptions.extraRankSeparation = 24
    for (index, box) in boxes.enumerated() {
      layoutOptions.nodeSizes[classID(index)] = NodeSize(width: box.width, height: box.height)
    }
    var flow = FlowchartLayout.layout(flowchart(diagram), options: layoutOptions)
    let nodes = Dictionary(uniqueKeysWithValues: flow.nodes.map { ($0.id, $0) })
    for index in flow.edges.indices where flow.edges[index].edge.id.hasPrefix("r") {
      let edge = flow.edges[index].edge
      guard edge.start != edge.end, let from = nodes[edge.start], let to = nodes[edge.end] else { continue }
      flow.edges[index].points = EdgeStubs.withStubs(flow.edges[index].points, from: from, to: to)
    }
    let placed = boxes.enumerated().compactMap { index, box -> ClassDrawing.Box? in
      guard let node = nodes[classID(index)] else { return nil }
      return ClassDrawing.Box(
        box: box,
        origin: LayoutResult.Point(x: node.center.x - node.width / 2, y: node.center.y - node.height / 2),
        width: node.width, height: node.height)
    }
    return ClassDrawing(boxes: placed, flow: flow)
  }

  /// The diagram as the engine's input. Node ids stay plain whatever the class names hold.
  static func flowchart(_ diagram: ClassDiagram) -> Flowchart {
    var chart = Flowchart()
    chart.direction = diagram.direction
    var ids: [String: String] = [:]
    for (index, node) in diagram.classes.enumerated() {
      ids[node.id] = classID(index)
      var vertex = FlowVertex(id: classID(index), line: node.line, column: 1)
      vertex.label = FlowLabel(node.title)
      chart.vertices.append(vertex)
    }
    for (index, interface) in diagram.interfaces.enumerated() {
      ids[interface.id] = "i\(index)"
      var vertex = FlowVertex(id: "i\(index)", line: 0, column: 0)
      vertex.label = FlowLabel(interface.label)
      vertex.shape = "text"
      chart.vertices.append(vertex)
    }
    for (index, note) in diagram.notes.enumerated() {
      var vertex = FlowVertex(id: "n\(index)", line: note.line, column: 1)
      vertex.label = FlowLabel(note.text.replacingOccurrences(of: "\\n", with: "\n"))
      vertex.shape = "rect"
      chart.vertices.append(vertex)
      if let name = note.className, let target = ids[ClassParser.splitGeneric(name).name] {
        chart.edges.append(
          FlowEdge(
            start: "n\(index)", end: target, head: .open, stroke: .dotted, length: 1, label: nil,
            id: "m\(index)", isUserDefinedID: false, line: note.line))
      }
    }
    for (index, relation) in diagram.relations.enumerated() {
      guard let from = ids[relation.from], let to = ids[relation.to] else { continue }
      chart.edges.append(
        FlowEdge(
          start: from, end: to, head: .open, stroke: relation.isDotted ? .dotted : .normal, length: 1,
          label: relation.label.isEmpty ? nil : FlowLabel(relation.label), id: "r\(index)",
          isUserDefinedID: false, line: relation.line))
    }
    chart.subgraphs = namespaces(diagram, ids: ids)
    return chart
  }

  /// Namespaces holding a class or note somewhere below them, as clusters: each with its classes,
  /// notes and nested namespaces.
  static func namespaces(_ diagram: ClassDiagram, ids: [String: String]) -> [FlowSubgraph] {
    let places = Dictionary(diagram.namespaces.enumerated().map { ($1.id, $0) }) { first, _ in first }
    var members: [String: [String]] = [:]
    for (index, node) in diagram.classes.enumerated() {
      if let namespace = node.namespace { members[namespace, default: []].append(classID(index)) }
    }
    for (index, note) in diagram.notes.enumerated() {
      if let namespace = note.namespace { members[namespace, default: []].append("n\(index)") }
    }
    // Children come after their parents, so a walk from the end sees every child first.
    var drawn = Set<String>()
    for namespace in diagram.namespaces.reversed() {
      let children = namespace.children.filter { drawn.contains($0) }.compactMap { places[$0] }.map {
        "s\($0)"
      }
      if members[namespace.id] != nil || !children.isEmpty {
        members[namespace.id, default: []] += children
        drawn.insert(namespace.id)
      }
    }
    return diagram.namespaces.enumerated().compactMap { index, namespace in
      guard drawn.contains(namespace.id), let nodes = members[namespace.id] else { return nil }
      return FlowSubgraph(
        id: "s\(index)", title: FlowLabel(namespace.label), nodes: nodes, direction: nil, line: 0)
    }
  }

  /// Room between the ports of a side: a UML end is 12 px wide, with room for a cardinality beside it.
  static let portStep = 26.0

  static func classID(_ index: Int) -> String { "c\(index)" }
}
