/// The UML end of a class relation, drawn along the edge from the class's side with mermaid's
/// proportions: a hollow triangle for extension, a filled diamond for composition, a hollow one for
/// aggregation, a barbed arrowhead for dependency, a ring for a lollipop interface. Hollow marks are
/// filled with the background so the line under them does not show.
enum ClassMarker {
  static let length = 17.0
  static let halfWidth = 6.0

  static func path(_ end: ClassRelationEnd, at tip: LayoutResult.Point, toward next: LayoutResult.Point)
    -> String
  {
    guard end != .none, let frame = frame(tip, toward: next) else { return "" }
    let attributes = "data-end=\"\(end.rawValue)\""
    switch end {
    case .extension:
      let d = "M\(frame(0, 0))L\(frame(length, -halfWidth))L\(frame(length, halfWidth))Z"
      return "<path class=\"fd-hollow\" \(attributes) d=\"\(d)\"/>\n"
    case .composition, .aggregation:
      let d =
        "M\(frame(0, 0))L\(frame(length / 2, -halfWidth))L\(frame(length, 0))L\(frame(length / 2, halfWidth))Z"
      return "<path\(end == .aggregation ? " class=\"fd-hollow\"" : "") \(attributes) d=\"\(d)\"/>\n"
    case .dependency:
      let d = "M\(frame(0, 0))L\(frame(9, -halfWidth))L\(frame(4, 0))L\(frame(9, halfWidth))Z"
      return "<path \(attributes) d=\"\(d)\"/>\n"
    case .lollipop:
      let center = frame.point(halfWidth + 1, 0)
      let n = CurvePath.number
      return
        "<circle class=\"fd-hollow\" \(attributes) cx=\"\(n(center.x))\" cy=\"\(n(center.y))\" r=\"\(n(halfWidth))\"/>\n"
    case .none:
      return ""
    }
  }

  /// Where a cardinality written at this end goes: a little way along the edge, beside it.
  static func cardinalityPlace(at tip: LayoutResult.Point, toward next: LayoutResult.Point) -> LayoutResult
    .Point?
  {
    frame(tip, toward: next)?.point(length + 4, 12)
  }

  /// Points measured from the tip: `along` the edge, `side` across it.
  struct Frame {
    let tip: LayoutResult.Point
    let along: (x: Double, y: Double)

    func point(_ distance: Double, _ side: Double) -> LayoutResult.Point {
      LayoutResult.Point(
        x: tip.x + along.x * distance - along.y * side, y: tip.y + along.y * distance + along.x * side)
    }

    func callAsFunction(_ distance: Double, _ side: Double) -> String {
      let place = point(distance, side)
      return "\(CurvePath.number(place.x)),\(CurvePath.number(place.y))"
    }
  }

  static func frame(_ tip: LayoutResult.Point, toward next: LayoutResult.Point) -> Frame? {
    let dx = next.x - tip.x
    let dy = next.y - tip.y
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 0 else { return nil }
    return Frame(tip: tip, along: (dx / length, dy / length))
  }
}
