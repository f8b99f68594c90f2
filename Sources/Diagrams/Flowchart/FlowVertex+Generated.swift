extension FlowVertex {
  /// A node drawn from data rather than parsed (the contract's generated graphs): a label and a shape.
  public init(id: String, label: String, shape: NodeShape) {
    self.init(id: id, line: 0, column: 0)
    self.label = FlowLabel(label)
    self.shape = shape.mermaidName
  }
}
