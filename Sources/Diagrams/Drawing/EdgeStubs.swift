/// Straight runs out of a box at both ends of an edge, so the marks an edge ends in (crow's feet, UML
/// ends) stand square to the side they touch, whatever angle the route leaves at.
enum EdgeStubs {
  /// How far an edge runs straight out of its box before it turns.
  static let stub = 24.0

  /// The route with a straight run out of each box's side at both ends, no longer than half the way
  /// to the route's next point along that side's outward direction (so it never overshoots and folds
  /// back).
  static func withStubs(
    _ points: [LayoutResult.Point], from: FlowchartDrawing.Node, to: FlowchartDrawing.Node
  ) -> [LayoutResult.Point] {
    guard points.count > 1 else { return points }
    var route = points
    let distinct = { (point: LayoutResult.Point, end: LayoutResult.Point) in
      abs(point.x - end.x) + abs(point.y - end.y) > 0.5
    }
    // Routes repeat their end points; the stub goes between the repeats and the first other point.
    if let next = route.firstIndex(where: { distinct($0, route[0]) }),
      let stub = stubPoint(route[0], next: route[next], box: from)
    {
      route.insert(stub, at: next)
    }
    let end = route[route.count - 1]
    if let previous = route.lastIndex(where: { distinct($0, end) }),
      let stub = stubPoint(end, next: route[previous], box: to)
    {
      route.insert(stub, at: previous + 1)
    }
    return route
  }

  static func stubPoint(_ end: LayoutResult.Point, next: LayoutResult.Point, box: FlowchartDrawing.Node)
    -> LayoutResult.Point?
  {
    guard let out = outward(end, of: box) else { return nil }
    let ahead = (next.x - end.x) * out.x + (next.y - end.y) * out.y
    let length = min(stub, ahead / 2)
    guard length > 4 else { return nil }
    return LayoutResult.Point(x: end.x + out.x * length, y: end.y + out.y * length)
  }

  /// The outward direction of the side of `node`'s box that `point` lies on, or nil off the box.
  static func outward(_ point: LayoutResult.Point, of node: FlowchartDrawing.Node) -> (x: Double, y: Double)?
  {
    let left = node.center.x - node.width / 2
    let top = node.center.y - node.height / 2
    let sides: [(Double, (x: Double, y: Double))] = [
      (abs(point.y - top), (0, -1)), (abs(point.y - (top + node.height)), (0, 1)),
      (abs(point.x - left), (-1, 0)), (abs(point.x - (left + node.width)), (1, 0)),
    ]
    guard let nearest = sides.min(by: { $0.0 < $1.0 }), nearest.0 < 1.5 else { return nil }
    return nearest.1
  }
}
