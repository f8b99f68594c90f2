import Foundation

/// Collects what the parser reads the way mermaid's flowchart database does: vertices in first-mention
/// order, later mentions adding text, shape, styles and classes; edges with mermaid's ids.
struct FlowchartBuilder {
  var chart = Flowchart()
  private var vertexIndex: [String: Int] = [:]
  private var subgraphCount = 0

  mutating func vertex(_ id: String, line: Int, column: Int) -> Int {
    if let index = vertexIndex[id] { return index }
    chart.vertices.append(FlowVertex(id: id, line: line, column: column))
    vertexIndex[id] = chart.vertices.count - 1
    return chart.vertices.count - 1
  }

  mutating func addVertex(
    _ id: String, label: FlowLabel? = nil, shape: String? = nil, styles: [String] = [],
    classes: [String] = [],
    props: [String: String] = [:], line: Int, column: Int
  ) {
    let index = vertex(id, line: line, column: column)
    if let label {
      var text = label.text.trimmingCharacters(in: .whitespacesAndNewlines)
      if text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") {
        text = String(text.dropFirst().dropLast())
      }
      chart.vertices[index].label = FlowLabel(text, type: label.type)
    }
    if let shape { chart.vertices[index].shape = shape }
    chart.vertices[index].styles += styles
    chart.vertices[index].classes += classes
    for (key, value) in props { chart.vertices[index].props[key] = value }
  }

  func edgeIndex(withID id: String) -> Int? { chart.edges.firstIndex { $0.id == id } }

  mutating func addEdge(
    from start: String, to end: String, link: LinkToken, label: FlowLabel?, userID: String?, line: Int
  ) {
    var text = label?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    if let value = text, value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
      text = String(value.dropFirst().dropLast())
    }
    let id: String
    // A name already taken by another edge is ignored, as mermaid ignores it.
    let userID = userID.flatMap { name in chart.edges.contains { $0.id == name } ? nil : name }
    if let userID {
      id = userID
    } else {
      let existing = chart.edges.filter { $0.start == start && $0.end == end }.count
      id = "L_\(start)_\(end)_\(existing == 0 ? 0 : existing + 1)"
    }
    chart.edges.append(
      FlowEdge(
        start: start, end: end, head: link.head, stroke: link.stroke, length: link.length,
        label: text.map { FlowLabel($0, type: label?.type ?? .text) }, id: id, isUserDefinedID: userID != nil,
        line: line))
  }

  mutating func addClassDef(_ names: String, styles: [String]) {
    for name in names.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      var textStyles: [String] = []
      for style in styles where style.contains("color") {
        textStyles.append(style.replacingOccurrences(of: "fill", with: "bgFill"))
      }
      if let index = chart.classDefs.firstIndex(where: { $0.id == name }) {
        chart.classDefs[index].styles += styles
        chart.classDefs[index].textStyles += textStyles
      } else {
        chart.classDefs.append(FlowClassDef(id: name, styles: styles, textStyles: textStyles))
      }
    }
  }

  mutating func setClass(_ ids: String, _ className: String) {
    for id in ids.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      if let index = vertexIndex[id] { chart.vertices[index].classes.append(className) }
      for index in chart.edges.indices where chart.edges[index].id == id {
        chart.edges[index].classes.append(className)
      }
      if let index = chart.subgraphs.firstIndex(where: { $0.id == id }) {
        chart.subgraphs[index].classes.append(className)
      }
    }
  }

  mutating func setLink(_ id: String, url: String, target: String?) {
    if let index = vertexIndex[id] {
      chart.vertices[index].link = url
      chart.vertices[index].linkTarget = target
    }
    setClass(id, "clickable")
  }

  mutating func setCallback(_ id: String, function: String) {
    if let index = vertexIndex[id] { chart.vertices[index].callback = function }
    setClass(id, "clickable")
  }

  mutating func setTooltip(_ id: String, _ tooltip: String) {
    if let index = vertexIndex[id] { chart.vertices[index].tooltip = tooltip }
  }

  /// Closes a subgraph: members not already in an earlier (inner) subgraph, duplicates dropped.
  mutating func addSubgraph(
    id: String?, title: FlowLabel, members: [String], direction: String?, line: Int
  ) -> String {
    var seen = Set<String>()
    let claimed = Set(chart.subgraphs.flatMap(\.nodes))
    let nodes = members.filter { member in
      guard !member.trimmingCharacters(in: .whitespaces).isEmpty, !seen.contains(member) else { return false }
      seen.insert(member)
      return !claimed.contains(member)
    }
    let finalID = id ?? "subGraph\(subgraphCount)"
    subgraphCount += 1
    chart.subgraphs.append(
      FlowSubgraph(
        id: finalID, title: FlowLabel(title.text.trimmingCharacters(in: .whitespaces), type: title.type),
        nodes: nodes, direction: direction.flatMap(FlowDirection.init(mermaid:)), line: line))
    chart.subgraphs[chart.subgraphs.count - 1].directionWritten = direction
    return finalID
  }
}
