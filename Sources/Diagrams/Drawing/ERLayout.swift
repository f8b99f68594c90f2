/// Lays out an ER diagram with the flowchart engine: every entity is a node the size of its table,
/// every relationship an edge with its label, so ports, crossing reduction, label places and routing
/// are the ones flowcharts get.
public enum ERLayout {
  public static func layout(_ diagram: ERDiagram, options: FlowchartLayout.Options = .init()) -> ERDrawing {
    let measurer = options.measurer
    let tables = diagram.entities.map { ERTable($0, measurer: measurer) }
    var chart = Flowchart()
    chart.direction = diagram.direction
    var layoutOptions = options
    layoutOptions.portStep = portStep
    layoutOptions.extraRankSeparation = 24
    var degree: [String: Int] = [:]
    for relationship in diagram.relationships where relationship.from != relationship.to {
      degree[relationship.from, default: 0] += 1
      degree[relationship.to, default: 0] += 1
    }
    let horizontal = diagram.direction == .leftToRight || diagram.direction == .rightToLeft
    for (index, table) in tables.enumerated() {
      let id = nodeID(index)
      var vertex = FlowVertex(id: id, line: table.entity.line, column: 1)
      vertex.label = FlowLabel(table.entity.displayName)
      chart.vertices.append(vertex)
      // Room for every relationship's marks side by side, should they all use one side.
      let room = Double(max(0, (degree[table.entity.name] ?? 0) - 1)) * portStep / LayoutState.portSpan
      layoutOptions.nodeSizes[id] =
        horizontal
        ? NodeSize(width: table.width, height: max(table.height, room))
        : NodeSize(width: max(table.width, room.rounded(.up)), height: table.height)
    }
    let places = Dictionary(diagram.entities.enumerated().map { ($1.name, $0) }) { first, _ in first }
    func rowOffset(_ entity: Int, _ attribute: String?) -> Double? {
      guard let attribute,
        let row = tables[entity].entity.attributes.firstIndex(where: { $0.name == attribute }),
        let size = layoutOptions.nodeSizes[nodeID(entity)]
      else { return nil }
      return tables[entity].rowCenter(row) - size.height / 2
    }
    for (index, relationship) in diagram.relationships.enumerated() {
      guard let from = places[relationship.from], let to = places[relationship.to] else { continue }
      let ports = EdgePorts(
        tail: rowOffset(from, relationship.fromAttribute), head: rowOffset(to, relationship.toAttribute))
      if ports.tail != nil || ports.head != nil { layoutOptions.edgePorts["r\(index)"] = ports }
      chart.edges.append(
        FlowEdge(
          start: nodeID(from), end: nodeID(to), head: .open,
          stroke: relationship.identifying ? .normal : .dotted,
          length: 1, label: relationship.label.isEmpty ? nil : FlowLabel(relationship.label), id: "r\(index)",
          isUserDefinedID: false, line: relationship.line))
    }
    var grouped = Set<String>()
    for (number, group) in diagram.groups.enumerated() {
      let members = group.entities.compactMap { places[$0] }.filter { grouped.insert(nodeID($0)).inserted }
      guard !members.isEmpty else { continue }
      chart.subgraphs.append(
        FlowSubgraph(
          id: "g\(number)", title: FlowLabel(group.title), nodes: members.map(nodeID), direction: nil, line: 0
        ))
    }
    var flow = FlowchartLayout.layout(chart, options: layoutOptions)
    let boxes = Dictionary(uniqueKeysWithValues: flow.nodes.map { ($0.id, $0) })
    for index in flow.edges.indices {
      let edge = flow.edges[index].edge
      guard edge.start != edge.end, let from = boxes[edge.start], let to = boxes[edge.end],
        let number = Int(edge.id.dropFirst()), number < diagram.relationships.count
      else { continue }
      let relationship = diagram.relationships[number]
      var route = flow.edges[index].points
      if let offset = rowOffset(Int(edge.start.dropFirst()) ?? 0, relationship.fromAttribute) {
        route = attached(route, atStart: true, to: from, y: from.center.y + offset)
      }
      if let offset = rowOffset(Int(edge.end.dropFirst()) ?? 0, relationship.toAttribute) {
        route = attached(route, atStart: false, to: to, y: to.center.y + offset)
      }
      flow.edges[index].points = EdgeStubs.withStubs(route, from: from, to: to)
    }
    let placed = flow.nodes.map { node in
      let index = Int(node.id.dropFirst()) ?? 0
      return ERDrawing.Table(
        table: tables[index],
        origin: LayoutResult.Point(x: node.center.x - node.width / 2, y: node.center.y - node.height / 2),
        width: node.width, height: node.height)
    }
    return ERDrawing(
      // In the diagram's order: entity names are unique, each at its place.
      tables: placed.sorted { (places[$0.table.entity.name] ?? 0) < (places[$1.table.entity.name] ?? 0) },
      relationships: diagram.relationships, flow: flow)
  }

  /// Room between the ports of a side: a crow's foot is 16 px wide.
  static let portStep = 30.0
  /// The route with one end moved to a row: on the table's left or right side, whichever the route
  /// leaves by (or turns toward, from a top or bottom side), at the row's height.
  static func attached(
    _ points: [LayoutResult.Point], atStart: Bool, to node: FlowchartDrawing.Node, y: Double
  ) -> [LayoutResult.Point] {
    guard points.count > 1 else { return points }
    var route = points
    let end = atStart ? route[0] : route[route.count - 1]
    let next = atStart ? route[1] : route[route.count - 2]
    let left = node.center.x - node.width / 2
    let right = node.center.x + node.width / 2
    let onLeft = abs(end.x - left) < 1.5 || (abs(end.x - right) >= 1.5 && next.x < node.center.x)
    let moved = LayoutResult.Point(x: onLeft ? left : right, y: y)
    // Repeats of the old end go too, so nothing runs back to where the end was.
    if atStart {
      while route.count > 2 && abs(route[1].x - end.x) + abs(route[1].y - end.y) < 0.5 { route.remove(at: 1) }
      route[0] = moved
    } else {
      while route.count > 2
        && abs(route[route.count - 2].x - end.x) + abs(route[route.count - 2].y - end.y) < 0.5
      {
        route.remove(at: route.count - 2)
      }
      route[route.count - 1] = moved
    }
    return route
  }

  /// Entity names may hold any character; the engine's node ids stay plain.
  static func nodeID(_ index: Int) -> String { "e\(index)" }
}
