import Diagnostics
import Diagrams
import FestivalModel

/// Nodes of the interface document's flowcharts should name its components and external systems, so
/// the drawing and the tables agree; a node that names neither is reported like any unknown name.
struct DiagramNameChecker: FestivalChecker {
  func check(_ festival: Festival) -> [Diagnostic] {
    guard let contract = festival.interfaces, !contract.isUnfilledTemplate, !contract.components.isEmpty
    else { return [] }
    let resolver = NameResolver(contract: contract)
    var found: [Diagnostic] = []
    for diagram in contract.diagrams where diagram.kind == .flowchart {
      // A flowchart that does not parse is reported when its page is drawn.
      guard let chart = try? FlowchartParser.parse(diagram.code) else { continue }
      let subgraphs = Set(chart.subgraphs.map(\.id))
      for vertex in chart.vertices where !subgraphs.contains(vertex.id) {
        let location = SourceLocation(
          file: diagram.location.file, line: diagram.location.line + vertex.line - 1, column: vertex.column)
        let (_, finding) = resolver.resolve(vertex.displayText, at: location, context: "flowchart node")
        if let finding { found.append(finding) }
      }
    }
    return found
  }
}
