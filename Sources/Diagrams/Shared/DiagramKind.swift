import Foundation

/// Which mermaid language a diagram is in, from its first statement.
public enum DiagramKind: String, Hashable, Sendable {
  case flowchart
  case sequence
  case unknown

  /// Looks past front matter, directives, comments and blank lines at the first word.
  public static func detect(_ source: String) -> DiagramKind {
    let prepared = DiagramPreprocessor.process(source)
    for line in prepared.text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      let word = trimmed.prefix { !$0.isWhitespace && $0 != ";" }
      switch word {
      case "flowchart", "graph", "flowchart-elk": return .flowchart
      case "sequenceDiagram": return .sequence
      default: return .unknown
      }
    }
    return .unknown
  }
}
