/// The UML symbols mermaid draws for sequence participants of type boundary, control and entity (a small
/// figure with the name below, as for an actor), and the boxes of collections (a stack) and queue (a
/// cylinder on its side).
enum ParticipantSymbol {
  /// A circle of radius 12, with a bar on the left (boundary), an arrowhead on top (control) or a line
  /// underneath (entity).
  static func path(_ type: String, centerX cx: Double, top: Double) -> String {
    let n = CurvePath.number
    let cy = top + 15
    var d = "M\(n(cx - 12)),\(n(cy))a12,12 0 1,0 24,0a12,12 0 1,0 -24,0"
    switch type {
    case "boundary":
      d =
        "M\(n(cx - 6)),\(n(cy))a12,12 0 1,0 24,0a12,12 0 1,0 -24,0"
        + "M\(n(cx - 20)),\(n(cy - 11))V\(n(cy + 11))M\(n(cx - 20)),\(n(cy))H\(n(cx - 6))"
    case "control":
      d += "M\(n(cx + 4)),\(n(cy - 17))L\(n(cx - 2)),\(n(cy - 12))L\(n(cx + 4)),\(n(cy - 7))"
    default:
      d += "M\(n(cx - 12)),\(n(cy + 14))H\(n(cx + 12))"
    }
    return "<path class=\"fd-figure\" data-symbol=\"\(type)\" d=\"\(d)\"/>"
  }

  static func box(_ type: String, x: Double, top: Double, width: Double, height: Double) -> String {
    let n = CurvePath.number
    if type == "collections" {
      return
        "<rect x=\"\(n(x + 5))\" y=\"\(n(top - 5))\" width=\"\(n(width))\" height=\"\(n(height))\" rx=\"3\"/>"
        + "<rect data-symbol=\"collections\" x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(height))\" rx=\"3\"/>"
    }
    let r = min(10, height / 2)
    let right = x + width
    let bottom = top + height
    return
      "<path class=\"fd-shape\" data-symbol=\"queue\" d=\"M\(n(x + r)),\(n(top))H\(n(right - r))"
      + "A\(n(r)),\(n(height / 2)) 0 0 1 \(n(right - r)),\(n(bottom))H\(n(x + r))"
      + "A\(n(r)),\(n(height / 2)) 0 0 1 \(n(x + r)),\(n(top))Z"
      + "M\(n(right - r)),\(n(top))A\(n(r)),\(n(height / 2)) 0 0 0 \(n(right - r)),\(n(bottom))\"/>"
  }
}
