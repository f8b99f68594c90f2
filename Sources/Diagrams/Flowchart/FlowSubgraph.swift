/// A subgraph: a titled cluster of nodes (and nested subgraphs) with an optional direction of its own.
public struct FlowSubgraph: Hashable, Sendable {
  public var id: String
  public var title: FlowLabel
  /// Members: node ids and the ids of directly nested subgraphs, in document order.
  public var nodes: [String]
  public var direction: FlowDirection?
  /// The direction as written (`TD` stays `TD`), as mermaid keeps it.
  public var directionWritten: String?
  public var classes: [String] = []
  public var line: Int

  public init(id: String, title: FlowLabel, nodes: [String], direction: FlowDirection?, line: Int) {
    self.id = id
    self.title = title
    self.nodes = nodes
    self.direction = direction
    self.line = line
  }
}
