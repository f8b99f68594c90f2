import ContractDiff
import Diagrams

/// The system's dependency graph with what a diff touches picked out: components that changed, the
/// components they affect, and components that are gone.
enum DiffGraph {
  /// Above this many components the picture would not be read; the tables say it all anyway.
  static let nodeLimit = 300

  static func svg(_ festival: FestivalDiff, idSeed: String) -> String? {
    let system = festival.system
    guard !system.nodes.isEmpty, system.nodes.count <= nodeLimit else { return nil }
    let serious = festival.changes.filter { $0.severity != .compatible }
    let changed = Set(serious.flatMap(\.components).map(key))
    let affected = Set(serious.flatMap(\.impact).map { key($0.component) })
    var chart = Flowchart()
    chart.direction = .leftToRight
    var ids: [String: String] = [:]
    for (index, node) in system.nodes.enumerated() {
      let id = "n\(index)"
      ids[key(node.name)] = id
      var vertex = FlowVertex(id: id, label: node.name, shape: node.isExternal ? .cylinder : .rounded)
      vertex.styles = style(
        changed: changed.contains(key(node.name)), affected: affected.contains(key(node.name)),
        removed: node.isRemoved)
      chart.vertices.append(vertex)
    }
    for edge in system.edges {
      guard let from = ids[key(edge.dependent)], let to = ids[key(edge.dependency)] else { continue }
      chart.edges.append(
        FlowEdge(
          start: from, end: to, head: .point, stroke: .normal, length: 1, label: nil, id: "d_\(from)_\(to)",
          isUserDefinedID: true, line: 0))
    }
    let drawing = FlowchartLayout.layout(chart)
    return FlowchartSVG.render(drawing, chart: chart, options: .init(idPrefix: SVGText.idPrefix(for: idSeed)))
  }

  private static func key(_ name: String) -> String { name.lowercased() }

  /// Fixed colours with dark text, readable on a light and a dark page alike.
  static func style(changed: Bool, affected: Bool, removed: Bool) -> [String] {
    var styles: [String] = []
    if changed {
      styles = ["fill:#f9d0cb", "stroke:#b3261e", "stroke-width:3px", "color:#1f1f1f"]
    } else if affected {
      styles = ["fill:#fbe5b6", "stroke:#9a6700", "stroke-width:2px", "color:#1f1f1f"]
    }
    if removed { styles += ["stroke-dasharray:6 4"] }
    return styles
  }
}
