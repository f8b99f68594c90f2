/// Draws a laid-out flowchart as a standalone SVG: plain `<text>`, colours through CSS variables with
/// fallbacks (so it reads alone and follows the site's theme inline), `data-id` on nodes and clusters,
/// `data-from`/`data-to` on edges, `<title>`/`<desc>` for assistive technology.
public enum FlowchartSVG {
  public struct Options: Sendable {
    /// A stable prefix for ids inside the SVG; derive it from the diagram (`SVGText.idPrefix`).
    public var idPrefix: String
    /// Links for nodes by id (a node naming a component links to its page); they win over `click`.
    public var nodeLinks: [String: String]

    public init(idPrefix: String, nodeLinks: [String: String] = [:]) {
      self.idPrefix = idPrefix
      self.nodeLinks = nodeLinks
    }
  }

  public static func render(_ drawing: FlowchartDrawing, chart: Flowchart, options: Options) -> String {
    let id = options.idPrefix
    var svg = SVGText.opening(
      id: id, kind: "flowchart", width: drawing.width, height: drawing.height,
      title: chart.accTitle ?? chart.title, description: chart.accDescr)
    svg += style(id) + markers(id, drawing)
    svg += "<g class=\"fd-clusters\">\n"
    for cluster in drawing.clusters { svg += self.cluster(cluster, drawing, chart: chart) }
    svg += "</g>\n<g class=\"fd-edges\">\n"
    for edge in drawing.edges { svg += self.edge(edge, id: id, chart: chart) }
    svg += "</g>\n<g class=\"fd-edge-labels\">\n"
    for edge in drawing.edges { svg += edgeLabel(edge, drawing) }
    svg += "</g>\n<g class=\"fd-nodes\">\n"
    for node in drawing.nodes { svg += self.node(node, drawing: drawing, chart: chart, options: options) }
    return svg + "</g>\n</svg>\n"
  }

  static func style(_ id: String) -> String {
    let scope = "#\(id)"
    return """
      <style>
      \(scope){font-family:var(--fd-diagram-font,"DejaVu Sans",sans-serif);font-size:14px}
      \(scope) .fd-node .fd-shape{fill:var(--fd-node-fill,#eef2ff);stroke:var(--fd-node-stroke,#3b5bdb);stroke-width:1.5}
      \(scope) .fd-node text,\(scope) .fd-cluster text,\(scope) .fd-edge-label text{fill:var(--fd-fg,#1f2328)}
      \(scope) .fd-cluster rect{fill:var(--fd-subtle,#f6f8fa);stroke:var(--fd-border,#d1d9e0);stroke-width:1}
      \(scope) .fd-edge{fill:none;stroke:var(--fd-edge,#59636e);stroke-width:1.5}
      \(scope) .fd-edge.fd-thick{stroke-width:3.5}
      \(scope) .fd-edge.fd-dotted{stroke-dasharray:3 4}
      \(scope) .fd-edge.fd-invisible{stroke:none}
      \(scope) .fd-marker{fill:var(--fd-edge,#59636e);stroke:var(--fd-edge,#59636e)}
      \(scope) .fd-edge-label rect{fill:var(--fd-bg,#ffffff);opacity:0.9}
      \(scope) a .fd-shape{stroke:var(--fd-accent,#2f55d4)}
      </style>

      """
  }

  static func markers(_ id: String, _ drawing: FlowchartDrawing) -> String {
    var kinds = Set<String>()
    for edge in drawing.edges where edge.edge.stroke != .invisible {
      switch edge.edge.head {
      case .point, .doublePoint: kinds.insert("point")
      case .cross, .doubleCross: kinds.insert("cross")
      case .circle, .doubleCircle: kinds.insert("circle")
      case .open: break
      }
    }
    guard !kinds.isEmpty else { return "" }
    var defs = "<defs>\n"
    if kinds.contains("point") {
      defs +=
        "<marker id=\"\(id)-point\" class=\"fd-marker\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
        + "markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0,0L10,5L0,10z\" stroke=\"none\"/></marker>\n"
    }
    if kinds.contains("cross") {
      defs +=
        "<marker id=\"\(id)-cross\" class=\"fd-marker\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" "
        + "markerWidth=\"11\" markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
        + "<path d=\"M2,1L8,9M8,1L2,9\" fill=\"none\" stroke-width=\"1.5\"/></marker>\n"
    }
    if kinds.contains("circle") {
      defs +=
        "<marker id=\"\(id)-circle\" class=\"fd-marker\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
        + "markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
        + "<circle cx=\"5\" cy=\"5\" r=\"4\" stroke=\"none\"/></marker>\n"
    }
    return defs + "</defs>\n"
  }

  static func cluster(_ cluster: FlowchartDrawing.Cluster, _ drawing: FlowchartDrawing, chart: Flowchart)
    -> String
  {
    let n = CurvePath.number
    var svg = "<g class=\"fd-cluster\" data-id=\"\(SVGText.attribute(cluster.id))\">"
    svg += "<rect x=\"\(n(cluster.origin.x))\" y=\"\(n(cluster.origin.y))\" width=\"\(n(cluster.width))\""
    svg += " height=\"\(n(cluster.height))\" rx=\"6\""
    // `style S ...` and `class S ...` name the subgraph's id: mermaid paints its box with them.
    let declarations = subgraphStyles(cluster.id, chart).filter { !$0.lowercased().hasPrefix("color:") }
    let style = SVGText.safeStyle(declarations)
    if !style.isEmpty { svg += " style=\"\(SVGText.attribute(style))\"" }
    svg += "/>"
    if !cluster.titleLines.isEmpty {
      svg += lines(
        cluster.titleLines, centerX: cluster.titleCenterX,
        top: cluster.origin.y + 10, lineHeight: drawing.lineHeight, weight: "600")
    }
    return svg + "</g>\n"
  }

  /// The class and style declarations written for the id of a subgraph.
  static func subgraphStyles(_ id: String, _ chart: Flowchart) -> [String] {
    guard let vertex = chart.vertices.first(where: { $0.id == id }) else { return [] }
    let classStyles = vertex.classes.flatMap { name in
      chart.classDefs.first(where: { $0.id == name })?.styles ?? []
    }
    return classStyles + vertex.styles
  }

  static func edge(_ drawn: FlowchartDrawing.Edge, id: String, chart: Flowchart) -> String {
    let edge = drawn.edge
    var classes = ["fd-edge"]
    if edge.stroke != .normal { classes.append("fd-\(edge.stroke.rawValue)") }
    var svg = "<path class=\"\(classes.joined(separator: " "))\" data-id=\"\(SVGText.attribute(edge.id))\""
    svg += " data-from=\"\(SVGText.attribute(edge.start))\" data-to=\"\(SVGText.attribute(edge.end))\""
    svg += " d=\"\(CurvePath.d(drawn.points))\""
    if edge.stroke != .invisible {
      let kind: String? =
        switch edge.head {
        case .point, .doublePoint: "point"
        case .cross, .doubleCross: "cross"
        case .circle, .doubleCircle: "circle"
        case .open: nil
        }
      if let kind {
        svg += " marker-end=\"url(#\(id)-\(kind))\""
        if edge.head.isDouble { svg += " marker-start=\"url(#\(id)-\(kind))\"" }
      }
    }
    let styles = SVGText.safeStyle(edge.styles.isEmpty ? chart.defaultEdgeStyles : edge.styles)
    if !styles.isEmpty { svg += " style=\"\(SVGText.attribute(styles))\"" }
    return svg + "/>\n"
  }

  static func edgeLabel(_ drawn: FlowchartDrawing.Edge, _ drawing: FlowchartDrawing) -> String {
    guard let center = drawn.labelCenter, !drawn.labelLines.isEmpty else { return "" }
    let n = CurvePath.number
    var svg = "<g class=\"fd-edge-label\" data-from=\"\(SVGText.attribute(drawn.edge.start))\""
    svg += " data-to=\"\(SVGText.attribute(drawn.edge.end))\">"
    svg += "<rect x=\"\(n(center.x - drawn.labelWidth / 2))\" y=\"\(n(center.y - drawn.labelHeight / 2))\""
    svg += " width=\"\(n(drawn.labelWidth))\" height=\"\(n(drawn.labelHeight))\" rx=\"3\"/>"
    let top = center.y - Double(drawn.labelLines.count) * drawing.lineHeight / 2
    let emphasised = drawn.edge.label.flatMap { label in
      label.type == .markdown ? LabelEmphasis.lines(drawn.labelLines, markdown: label.text) : nil
    }
    svg += SVGText.block(
      drawn.labelLines, x: center.x, top: top, lineHeight: drawing.lineHeight, markup: emphasised)
    return svg + "</g>\n"
  }

  static func node(
    _ node: FlowchartDrawing.Node, drawing: FlowchartDrawing, chart: Flowchart, options: Options
  ) -> String {
    var classStyles: [String] = []
    var textColor: String?
    for className in node.vertex.classes {
      if let definition = chart.classDefs.first(where: { $0.id == className }) {
        classStyles += definition.styles
      }
    }
    let declarations = classStyles + node.vertex.styles
    for declaration in declarations where declaration.lowercased().hasPrefix("color:") {
      textColor = SVGText.safeStyle(["fill:" + declaration.dropFirst(6)])
    }
    let shapeStyle = SVGText.safeStyle(declarations.filter { !$0.lowercased().hasPrefix("color:") })
    var svg = ""
    let href = options.nodeLinks[node.id] ?? node.vertex.link.flatMap(SVGText.safeHref)
    if let href {
      svg += "<a href=\"\(SVGText.attribute(href))\""
      if options.nodeLinks[node.id] == nil, let target = node.vertex.linkTarget,
        ["_blank", "_self", "_parent", "_top"].contains(target)
      {
        svg += " target=\"\(target)\""
        if target == "_blank" { svg += " rel=\"noopener noreferrer\"" }
      }
      svg += ">"
    }
    svg += "<g class=\"fd-node\" data-id=\"\(SVGText.attribute(node.id))\">"
    if let tooltip = node.vertex.tooltip { svg += "<title>\(SVGText.text(tooltip))</title>" }
    svg += ShapePainter.shape(node, style: shapeStyle)
    if node.shape.showsLabel {
      let top = node.center.y - Double(node.lines.count) * drawing.lineHeight / 2
      let emphasised = node.vertex.label.flatMap { label in
        label.type == .markdown ? LabelEmphasis.lines(node.lines, markdown: label.text) : nil
      }
      svg += SVGText.block(
        node.lines, x: node.center.x, top: top, lineHeight: drawing.lineHeight, style: textColor,
        markup: emphasised)
    }
    svg += "</g>"
    if href != nil { svg += "</a>" }
    return svg + "\n"
  }

  /// Centred lines of text, the first line's top at `top`.
  static func lines(
    _ lines: [String], centerX: Double, top: Double, lineHeight: Double, weight: String? = nil,
    style: String? = nil
  ) -> String {
    SVGText.block(lines, x: centerX, top: top, lineHeight: lineHeight, weight: weight, style: style)
  }
}
