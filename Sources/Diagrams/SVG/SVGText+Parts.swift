extension SVGText {
  /// A cluster's box (a group, a namespace) with its title at the top, as ER and class diagrams draw
  /// them; `dataID` names it for tests and scripts.
  static func clusterBox(_ cluster: FlowchartDrawing.Cluster, dataID: String, lineHeight: Double) -> String {
    let n = CurvePath.number
    var svg = "<g class=\"fd-cluster\" data-id=\"\(attribute(dataID))\">"
    svg += "<rect x=\"\(n(cluster.origin.x))\" y=\"\(n(cluster.origin.y))\" width=\"\(n(cluster.width))\""
    svg += " height=\"\(n(cluster.height))\" rx=\"6\"/>"
    svg += block(
      cluster.titleLines, x: cluster.titleCenterX, top: cluster.origin.y + 10, lineHeight: lineHeight,
      weight: "600")
    return svg + "</g>\n"
  }

  /// An edge's label on a backing rectangle, carrying the names of the edge's ends.
  static func edgeLabel(_ edge: FlowchartDrawing.Edge, from: String, to: String, lineHeight: Double) -> String
  {
    guard let center = edge.labelCenter, !edge.labelLines.isEmpty else { return "" }
    let n = CurvePath.number
    var svg = "<g class=\"fd-edge-label\" data-from=\"\(attribute(from))\" data-to=\"\(attribute(to))\">"
    svg += "<rect x=\"\(n(center.x - edge.labelWidth / 2))\" y=\"\(n(center.y - edge.labelHeight / 2))\""
    svg += " width=\"\(n(edge.labelWidth))\" height=\"\(n(edge.labelHeight))\" rx=\"3\"/>"
    let top = center.y - Double(edge.labelLines.count) * lineHeight / 2
    svg += block(edge.labelLines, x: center.x, top: top, lineHeight: lineHeight)
    return svg + "</g>\n"
  }
}
