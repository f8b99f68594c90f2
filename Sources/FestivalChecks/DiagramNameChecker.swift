import Diagnostics
import Diagrams
import FestivalModel

/// Nodes of the interface document's flowcharts should name its components and external systems, so
/// the drawing and the tables agree; a node that names neither is reported like any unknown name.
struct DiagramNameChecker: ContractChecker {
  func check(_ contract: InterfaceContract) -> [Diagnostic] {
    guard !contract.isUnfilledTemplate, !contract.components.isEmpty
    else { return [] }
    let resolver = NameResolver(contract: contract)
    var found: [Diagnostic] = []
    for diagram in contract.diagrams where diagram.kind == .sequence {
      guard let sequence = try? SequenceParser.parse(diagram.code) else { continue }
      // `actor` participants are people (a courier, a user); the others should be parts of the system.
      for actor in sequence.actors where actor.type != "actor" {
        let location = SourceLocation(
          file: diagram.location.file, line: diagram.location.line + actor.line - 1, column: 1)
        let (_, finding) = resolver.resolve(actor.description, at: location, context: "sequence participant")
        if let finding { found.append(finding) }
      }
    }
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
