import Foundation

/// The crow's-foot marks at one end of a relationship, drawn along the edge from the entity's side:
/// bars for "one", a ring for "zero", three spreading lines for "many", a filled diamond for a
/// multi-dimensional parent. Positions are measured from the end, so the marks read the same at any
/// angle.
enum ERMarker {
  static let spread = 8.0
  static let footLength = 14.0

  static func path(_ cardinality: ERCardinality, at end: LayoutResult.Point, toward next: LayoutResult.Point)
    -> String
  {
    let dx = next.x - end.x
    let dy = next.y - end.y
    let length = (dx * dx + dy * dy).squareRoot()
    guard length > 0 else { return "" }
    let along = (x: dx / length, y: dy / length)
    let across = (x: -along.y, y: along.x)
    func point(_ distance: Double, _ side: Double) -> String {
      let n = CurvePath.number
      return
        "\(n(end.x + along.x * distance + across.x * side)),\(n(end.y + along.y * distance + across.y * side))"
    }
    func bar(_ distance: Double) -> String { "M\(point(distance, -spread))L\(point(distance, spread))" }
    let foot =
      "M\(point(0, -spread))L\(point(footLength, 0))L\(point(0, spread))M\(point(0, 0))L\(point(footLength, 0))"
    func ring(_ distance: Double) -> String {
      let n = CurvePath.number
      let cx = end.x + along.x * distance
      let cy = end.y + along.y * distance
      return "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5\"/>"
    }
    let attributes = "data-cardinality=\"\(cardinality.rawValue)\""
    switch cardinality {
    case .exactlyOne:
      return "<path \(attributes) d=\"\(bar(8))\(bar(14))\"/>\n"
    case .zeroOrOne:
      return "<g \(attributes)><path d=\"\(bar(8))\"/>\(ring(19))</g>\n"
    case .oneOrMore:
      return "<path \(attributes) d=\"\(foot)\(bar(19))\"/>\n"
    case .zeroOrMore:
      return "<g \(attributes)><path d=\"\(foot)\"/>\(ring(20))</g>\n"
    case .unspecified:
      return ""
    case .parent:
      let diamond = "M\(point(0, 0))L\(point(7, -5))L\(point(14, 0))L\(point(7, 5))Z"
      return "<path class=\"fd-er-parent\" \(attributes) d=\"\(diamond)\"/>\n"
    }
  }
}
