import Foundation

/// Which mermaid language a diagram is in, from its first statement.
public enum DiagramKind: String, Hashable, Sendable {
  case flowchart
  case sequence
  case entityRelationship
  case state
  case classDiagram
  case unknown

  /// Looks past front matter, directives, comments and blank lines at the first word.
  public static func detect(_ source: String) -> DiagramKind {
    switch declaredName(source) {
    case "flowchart", "graph", "flowchart-elk": .flowchart
    case "sequenceDiagram": .sequence
    case "erDiagram": .entityRelationship
    case "stateDiagram", "stateDiagram-v2": .state
    case "classDiagram", "classDiagram-v2": .classDiagram
    default: .unknown
    }
  }

  /// The diagram's first word (`gantt`, `pie`, `erDiagram` ...), past front matter, directives,
  /// comments and blank lines; nil for an empty diagram.
  public static func declaredName(_ source: String) -> String? {
    let prepared = DiagramPreprocessor.process(source)
    for line in prepared.text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      return String(trimmed.prefix { !$0.isWhitespace && $0 != ";" && $0 != "{" })
    }
    return nil
  }

  /// What a reader calls a diagram of this kind.
  public var displayName: String {
    switch self {
    case .flowchart: "flowchart"
    case .sequence: "sequence diagram"
    case .entityRelationship: "ER diagram"
    case .state: "state diagram"
    case .classDiagram: "class diagram"
    case .unknown: "diagram"
    }
  }
}
