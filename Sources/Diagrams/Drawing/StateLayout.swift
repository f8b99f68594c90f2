/// Lays out a state diagram with the flowchart engine (`StateDiagram.flowchart`): composite states are
/// subgraphs in their own direction, forks and joins bars across the flow. A note's dotted line runs
/// straight from its state to the note, as mermaid draws it, rather than along a routed path that can
/// double back when the note sits beside its state.
public enum StateLayout {
  public static func layout(_ diagram: StateDiagram, options: FlowchartLayout.Options = .init())
    -> FlowchartDrawing
  {
    var options = options
    options.nodeSizes.merge(diagram.nodeSizes()) { _, new in new }
    var drawing = FlowchartLayout.layout(diagram.flowchart, options: options)
    let boxes = Dictionary(drawing.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for index in drawing.edges.indices {
      let edge = drawing.edges[index].edge
      guard let number = Int(edge.id.dropFirst()), number < diagram.transitions.count,
        diagram.transitions[number].isNote, let from = boxes[edge.start], let to = boxes[edge.end]
      else { continue }
      drawing.edges[index].points = [
        border(of: from, toward: to.center), border(of: to, toward: from.center),
      ]
    }
    return drawing
  }

  /// Where the line from a box's centre toward `target` leaves the box.
  static func border(of node: FlowchartDrawing.Node, toward target: LayoutResult.Point) -> LayoutResult.Point
  {
    let dx = target.x - node.center.x
    let dy = target.y - node.center.y
    guard dx != 0 || dy != 0 else { return node.center }
    let scale = min(
      dx == 0 ? .infinity : (node.width / 2) / abs(dx), dy == 0 ? .infinity : (node.height / 2) / abs(dy))
    return LayoutResult.Point(x: node.center.x + dx * scale, y: node.center.y + dy * scale)
  }
}
