import Foundation
import Yams

extension FlowchartParser {
  /// The text of a `@{ ... }` block; `}` inside quotes does not close it, and a new line inside quotes
  /// becomes `<br/>`, as in mermaid.
  mutating func shapeDataBlock() throws -> String {
    let start = cursor.offset
    cursor.advance(2)
    var content = ""
    var inQuotes = false
    while let character = cursor.current {
      if character == "\"" {
        inQuotes.toggle()
        content.append(character)
        cursor.advance()
      } else if inQuotes && character == "\n" {
        content += "<br/>"
        cursor.advance()
        cursor.skipSpaces()
      } else if !inQuotes && character == "}" {
        cursor.advance()
        return content
      } else {
        content.append(character)
        cursor.advance()
      }
    }
    throw cursor.error("'@{' is not closed with '}'", at: start)
  }

  static func yamlMapping(_ content: String) -> [String: Node]? {
    let yaml = content.contains("\n") ? content + "\n" : "{\n" + content + "\n}"
    guard case .mapping(let mapping)? = try? Yams.compose(yaml: yaml, .default, .default, .utf8) else {
      return nil
    }
    var result: [String: Node] = [:]
    for (key, value) in mapping { if let name = key.string { result[name] = value } }
    return result
  }

  mutating func applyShapeData(_ content: String, to id: String, at start: Int) throws {
    guard let data = Self.yamlMapping(content) else {
      throw cursor.error("the node data of '\(id)' is not valid YAML", at: start)
    }
    guard let index = builder.chart.vertices.firstIndex(where: { $0.id == id }) else { return }
    if let shape = data["shape"]?.string {
      if shape != shape.lowercased() || shape.contains("_") {
        throw cursor.error("No such shape: \(shape). Shape names should be lowercase.", at: start)
      }
      guard FlowShapes.canonical(shape) != nil else {
        throw cursor.error("No such shape: \(shape).", at: start)
      }
      builder.chart.vertices[index].shape = shape
    }
    if let label = data["label"]?.string, !label.isEmpty {
      builder.chart.vertices[index].label = FlowLabel(label, type: .markdown)
    }
    // An icon or image with no label of its own shows no text (its id is not a caption), as in mermaid.
    let blank = (data["label"]?.string ?? "").trimmingCharacters(in: .whitespaces).isEmpty
    if data["icon"] != nil || data["img"] != nil, blank, builder.chart.vertices[index].displayText == id {
      builder.chart.vertices[index].label = FlowLabel(
        "", type: builder.chart.vertices[index].label?.type ?? .text)
    }
    for (key, value) in data where key != "shape" && key != "label" {
      builder.chart.vertices[index].data[key] = value.string ?? String(describing: value.any)
    }
  }

  mutating func applyEdgeData(_ content: String, toEdge id: String, at start: Int) throws {
    guard let data = Self.yamlMapping(content) else {
      throw cursor.error("the edge data of '\(id)' is not valid YAML", at: start)
    }
    for index in builder.chart.edges.indices where builder.chart.edges[index].id == id {
      if let curve = data["curve"]?.string { builder.chart.edges[index].interpolate = curve }
      if let animate = data["animate"]?.bool { builder.chart.edges[index].animate = animate }
    }
  }
}
