import Diagrams

/// A mermaid block as the resolve step found it: parsed once, before any page renders, and drawn from
/// this by the renderer.
public enum ResolvedDiagram: Sendable {
  case flowchart(Flowchart)
  case sequence(SequenceDiagram)
  case entityRelationship(ERDiagram)
  case state(StateDiagram)
  case classDiagram(ClassDiagram)
  /// Past `DiagramLimits`: shown as code, with the limit that refused it.
  case tooLarge(String)
  /// Does not parse: shown as code, with where and why.
  case failed(DiagramError, kind: DiagramKind)
}
