/// Where one edge must leave its source and enter its target: offsets along the node's side from its
/// centre (`FlowchartLayout.Options.edgePorts`); nil leaves the place to the layout.
public struct EdgePorts: Hashable, Sendable {
  public var tail: Double?
  public var head: Double?

  public init(tail: Double? = nil, head: Double? = nil) {
    self.tail = tail
    self.head = head
  }
}
