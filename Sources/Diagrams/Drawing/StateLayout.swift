/// Lays out a state diagram with the flowchart engine (`StateDiagram.flowchart`): composite states are
/// subgraphs in their own direction, forks and joins bars across the flow.
public enum StateLayout {
  public static func layout(_ diagram: StateDiagram, options: FlowchartLayout.Options = .init())
    -> FlowchartDrawing
  {
    var options = options
    options.nodeSizes.merge(diagram.nodeSizes()) { _, new in new }
    return FlowchartLayout.layout(diagram.flowchart, options: options)
  }
}
