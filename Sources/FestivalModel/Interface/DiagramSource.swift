import Diagnostics

/// A ```` ```mermaid ```` block, kept as source for the diagram engines.
public struct DiagramSource: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    case flowchart
    case sequence
    case other
  }

  public var kind: DiagramSource.Kind
  public var code: String
  /// The heading of the section it stands in.
  public var section: String
  /// The first line of the code (below the fence).
  public var location: SourceLocation
}
