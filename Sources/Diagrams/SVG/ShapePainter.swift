/// The SVG element of each node shape, drawn in its box.
enum ShapePainter {
  static func shape(_ node: FlowchartDrawing.Node, style: String) -> String {
    let n = CurvePath.number
    let x = node.center.x - node.width / 2
    let y = node.center.y - node.height / 2
    let w = node.width
    let h = node.height
    let styleAttribute = style.isEmpty ? "" : " style=\"\(SVGText.attribute(style))\""
    let open = "class=\"fd-shape\"\(styleAttribute)"
    func rect(_ radius: Double) -> String {
      "<rect \(open) x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" rx=\"\(n(radius))\"/>"
    }
    func polygon(_ outline: ShapeOutline) -> String {
      guard case .polygon(let corners) = outline else { return rect(0) }
      let points = corners.map { "\(n(node.center.x + $0.x * w)),\(n(node.center.y + $0.y * h))" }
      return "<polygon \(open) points=\"\(points.joined(separator: " "))\"/>"
    }
    func ellipse(_ rx: Double, _ ry: Double) -> String {
      "<ellipse \(open) cx=\"\(n(node.center.x))\" cy=\"\(n(node.center.y))\" rx=\"\(n(rx))\" ry=\"\(n(ry))\"/>"
    }
    switch node.shape {
    case .rectangle: return rect(0)
    case .rounded: return rect(8)
    case .stadium: return rect(h / 2)
    case .text:
      return
        "<rect class=\"fd-shape\" style=\"fill:none;stroke:none\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\"/>"
    case .subroutine:
      return rect(0)
        + "<path class=\"fd-shape\" style=\"fill:none\" d=\"M\(n(x + 8)),\(n(y))V\(n(y + h))M\(n(x + w - 8)),\(n(y))V\(n(y + h))\"/>"
    case .cylinder:
      let ry = 7.0
      let body =
        "M\(n(x)),\(n(y + ry))A\(n(w / 2)),\(n(ry)) 0 0 0 \(n(x + w)),\(n(y + ry))V\(n(y + h - ry))"
        + "A\(n(w / 2)),\(n(ry)) 0 0 1 \(n(x)),\(n(y + h - ry))Z"
      let top = "M\(n(x)),\(n(y + ry))A\(n(w / 2)),\(n(ry)) 0 0 1 \(n(x + w)),\(n(y + ry))"
      return "<path \(open) d=\"\(body)\"/><path class=\"fd-shape\" style=\"fill:none\" d=\"\(top)\"/>"
    case .circle, .smallCircle, .ellipse: return ellipse(w / 2, h / 2)
    // Mermaid fills a junction (`f-circ`) and the inner disc of a stop (`fr-circ`); an inline style,
    // because the theme's rule for shapes would win over a fill attribute.
    case .filledCircle:
      // The author's style follows the fill, so it can still change it.
      let filled = "fill:var(--fd-edge,#59636e)" + (style.isEmpty ? "" : ";" + style)
      return "<ellipse class=\"fd-shape\" style=\"\(SVGText.attribute(filled))\" cx=\"\(n(node.center.x))\""
        + " cy=\"\(n(node.center.y))\" rx=\"\(n(w / 2))\" ry=\"\(n(h / 2))\"/>"
    case .framedCircle:
      return ellipse(w / 2, h / 2)
        + "<ellipse class=\"fd-shape\" style=\"fill:var(--fd-edge,#59636e)\" cx=\"\(n(node.center.x))\" cy=\"\(n(node.center.y))\" rx=\"\(n(w / 2 - 5))\" ry=\"\(n(h / 2 - 5))\"/>"
    case .doubleCircle:
      return ellipse(w / 2, h / 2)
        + "<ellipse class=\"fd-shape\" style=\"fill:none\" cx=\"\(n(node.center.x))\" cy=\"\(n(node.center.y))\" rx=\"\(n(w / 2 - 5))\" ry=\"\(n(h / 2 - 5))\"/>"
    case .diamond:
      let points = [(0.0, -0.5), (0.5, 0.0), (0.0, 0.5), (-0.5, 0.0)].map {
        "\(n(node.center.x + $0.0 * w)),\(n(node.center.y + $0.1 * h))"
      }
      return "<polygon \(open) points=\"\(points.joined(separator: " "))\"/>"
    case .hexagon, .leanRight, .leanLeft, .trapezoid, .invTrapezoid, .odd:
      return polygon(node.shape.outline(width: w, height: h))
    case .document:
      let wave =
        "M\(n(x)),\(n(y))H\(n(x + w))V\(n(y + h - 8))Q\(n(x + w * 0.75)),\(n(y + h - 16)) \(n(x + w / 2)),\(n(y + h - 8))"
        + "T\(n(x)),\(n(y + h - 8))Z"
      return "<path \(open) d=\"\(wave)\"/>"
    }
  }
}
