import Diagnostics
import FestivalModel

/// Nodes of the interface document's flowcharts should name its components and external systems, so
/// the drawing and the tables agree; a node that names neither is reported like any unknown name.
struct DiagramNameChecker: ContractChecker {
  /// A preview session's diagrams as read before; nil reads every diagram afresh.
  var memo: DiagramNamesCache?

  func check(_ contract: InterfaceContract) -> [Diagnostic] {
    guard !contract.isUnfilledTemplate, !contract.components.isEmpty
    else { return [] }
    let resolver = NameResolver(contract: contract)
    var found: [Diagnostic] = []
    for (kind, context) in [
      (DiagramSource.Kind.sequence, "sequence participant"), (.flowchart, "flowchart node"),
    ] {
      for diagram in contract.diagrams where diagram.kind == kind {
        guard let read = memo?.names(diagram) ?? DiagramNames(diagram) else { continue }
        for name in read.names {
          let location = SourceLocation(
            file: diagram.location.file, line: diagram.location.line + name.line - 1, column: name.column)
          let (_, finding) = resolver.resolve(name.text, at: location, context: context)
          if let finding { found.append(finding) }
        }
      }
    }
    return found
  }
}
