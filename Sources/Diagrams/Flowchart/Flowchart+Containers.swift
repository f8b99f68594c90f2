extension Flowchart {
  /// The subgraph a node is drawn in (the first that lists it), or nil at the top level.
  public func container(of id: String) -> String? {
    subgraphs.first { $0.nodes.contains(id) }?.id
  }
}
