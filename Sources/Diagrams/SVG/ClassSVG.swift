/// Draws a laid-out class diagram as a standalone SVG, by the flowchart's conventions: plain `<text>`,
/// colours through the theme's CSS variables, `data-id` on classes (their ids), notes and interfaces,
/// `data-from`/`data-to` on relations and their labels. Each end of a relation carries its UML mark
/// in `fd-class-ends` (`data-end` names it); cardinalities stand beside the ends they belong to.
public enum ClassSVG {
  /// `classLinks` maps class ids to the pages their boxes link to; they win over a diagram's `click`.
  public static func render(
    _ drawing: ClassDrawing, diagram: ClassDiagram, idPrefix id: String, classLinks: [String: String] = [:]
  ) -> String {
    var svg = SVGText.opening(
      id: id, kind: "class", width: drawing.width, height: drawing.height,
      title: diagram.accTitle ?? diagram.title, description: diagram.accDescr)
    svg += style(id)
    if !drawing.flow.clusters.isEmpty {
      svg += "<g class=\"fd-clusters\">\n"
      for cluster in drawing.flow.clusters {
        let name = Int(cluster.id.dropFirst()).flatMap {
          $0 < diagram.namespaces.count ? diagram.namespaces[$0].id : nil
        }
        svg += SVGText.clusterBox(cluster, dataID: name ?? cluster.id, lineHeight: drawing.flow.lineHeight)
      }
      svg += "</g>\n"
    }
    let routes = relationRoutes(drawing, diagram)
    svg += "<g class=\"fd-edges\">\n"
    for edge in drawing.flow.edges where edge.edge.id.hasPrefix("m") {
      svg +=
        "<path class=\"fd-edge fd-note-line fd-dashed\" data-from=\"\(SVGText.attribute(nodeName(edge.edge.start, diagram)))\""
      svg +=
        " data-to=\"\(SVGText.attribute(nodeName(edge.edge.end, diagram)))\" d=\"\(CurvePath.d(edge.points))\"/>\n"
    }
    for (relation, points, _) in routes {
      svg += "<path class=\"fd-edge\(relation.isDotted ? " fd-dashed" : "")\""
      svg +=
        " data-from=\"\(SVGText.attribute(relation.from))\" data-to=\"\(SVGText.attribute(relation.to))\""
      svg += " d=\"\(CurvePath.d(points))\"/>\n"
    }
    svg += "</g>\n<g class=\"fd-class-ends\">\n"
    for (relation, points, _) in routes { svg += ends(relation, points).marks }
    svg += "</g>\n<g class=\"fd-edge-labels\">\n"
    for (relation, points, edge) in routes {
      svg += SVGText.edgeLabel(
        edge, from: relation.from, to: relation.to, lineHeight: drawing.flow.lineHeight)
      svg += ends(relation, points).cardinalities
    }
    svg += "</g>\n<g class=\"fd-nodes\">\n"
    for box in drawing.boxes {
      svg += self.box(box, diagram: diagram, link: classLinks[box.box.node.id])
    }
    for node in drawing.flow.nodes where !node.id.hasPrefix("c") {
      svg += node.id.hasPrefix("n") ? note(node, diagram, drawing) : interface(node, diagram, drawing)
    }
    return svg + "</g>\n</svg>\n"
  }

  /// Each relation the engine routed, with its route and the engine's edge (for the label's place).
  static func relationRoutes(_ drawing: ClassDrawing, _ diagram: ClassDiagram)
    -> [(ClassRelation, [LayoutResult.Point], FlowchartDrawing.Edge)]
  {
    drawing.flow.edges.compactMap { edge in
      guard edge.edge.id.hasPrefix("r"), let index = Int(edge.edge.id.dropFirst()),
        index < diagram.relations.count
      else { return nil }
      return (diagram.relations[index], edge.points, edge)
    }
  }

  /// The marks and cardinalities at both ends of a route.
  static func ends(_ relation: ClassRelation, _ points: [LayoutResult.Point])
    -> (marks: String, cardinalities: String)
  {
    guard let first = points.first, let last = points.last else { return ("", "") }
    // Routes repeat their end points; the marks follow the first point that is somewhere else.
    let distinct = { (point: LayoutResult.Point, end: LayoutResult.Point) in
      abs(point.x - end.x) + abs(point.y - end.y) > 0.5
    }
    var marks = ""
    var cardinalities = ""
    let ends = [
      (relation.fromEnd, relation.fromCardinality, first, points.first { distinct($0, first) }),
      (relation.toEnd, relation.toCardinality, last, points.last { distinct($0, last) }),
    ]
    for (end, cardinality, tip, next) in ends {
      guard let next else { continue }
      marks += ClassMarker.path(end, at: tip, toward: next)
      if let cardinality, !cardinality.isEmpty,
        let place = ClassMarker.cardinalityPlace(at: tip, toward: next)
      {
        let n = CurvePath.number
        cardinalities += "<text class=\"fd-cardinality\" text-anchor=\"middle\" x=\"\(n(place.x))\""
        cardinalities += " y=\"\(n(place.y + 4))\">\(SVGText.text(cardinality))</text>\n"
      }
    }
    return (marks, cardinalities)
  }

  /// What `data-id` a node of the engine carries: a class's id, a note's or an interface's.
  static func nodeName(_ engineID: String, _ diagram: ClassDiagram) -> String {
    guard let index = Int(engineID.dropFirst()) else { return engineID }
    switch engineID.first {
    case "c" where index < diagram.classes.count: return diagram.classes[index].id
    case "n" where index < diagram.notes.count: return diagram.notes[index].id
    case "i" where index < diagram.interfaces.count: return diagram.interfaces[index].id
    default: return engineID
    }
  }

  static func note(_ node: FlowchartDrawing.Node, _ diagram: ClassDiagram, _ drawing: ClassDrawing) -> String
  {
    let n = CurvePath.number
    let (x, y) = (node.center.x - node.width / 2, node.center.y - node.height / 2)
    var svg = "<g class=\"fd-node fd-note\" data-id=\"\(SVGText.attribute(nodeName(node.id, diagram)))\">"
    svg += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(node.width))\" height=\"\(n(node.height))\"/>"
    let top = node.center.y - Double(node.lines.count) * drawing.flow.lineHeight / 2
    svg += SVGText.block(node.lines, x: node.center.x, top: top, lineHeight: drawing.flow.lineHeight)
    return svg + "</g>\n"
  }

  static func interface(_ node: FlowchartDrawing.Node, _ diagram: ClassDiagram, _ drawing: ClassDrawing)
    -> String
  {
    var svg =
      "<g class=\"fd-node fd-interface\" data-id=\"\(SVGText.attribute(nodeName(node.id, diagram)))\">"
    let top = node.center.y - Double(node.lines.count) * drawing.flow.lineHeight / 2
    svg += SVGText.block(node.lines, x: node.center.x, top: top, lineHeight: drawing.flow.lineHeight)
    return svg + "</g>\n"
  }

  static func style(_ id: String) -> String {
    let scope = "#\(id)"
    return """
      <style>
      \(scope){font-family:var(--fd-diagram-font,"DejaVu Sans",sans-serif);font-size:14px}
      \(scope) .fd-class .fd-shape{fill:var(--fd-bg,#ffffff);stroke:var(--fd-node-stroke,#3b5bdb);stroke-width:1.5}
      \(scope) .fd-class .fd-class-title{fill:var(--fd-node-fill,#eef2ff)}
      \(scope) .fd-class line{stroke:var(--fd-node-stroke,#3b5bdb);stroke-width:1}
      \(scope) .fd-class text,\(scope) .fd-interface text,\(scope) .fd-edge-label text,\(scope) .fd-cardinality{fill:var(--fd-fg,#1f2328)}
      \(scope) .fd-class .fd-annotation{fill:var(--fd-muted,#59636e)}
      \(scope) .fd-note rect{fill:var(--fd-note-fill,#fff5c2);stroke:var(--fd-warn,#9a6700);stroke-width:1}
      \(scope) .fd-note text{fill:var(--fd-fg,#1f2328)}
      \(scope) .fd-edge{fill:none;stroke:var(--fd-edge,#59636e);stroke-width:1.5}
      \(scope) .fd-edge.fd-dashed{stroke-dasharray:8 6}
      \(scope) .fd-class-ends path,\(scope) .fd-class-ends circle{fill:var(--fd-edge,#59636e);stroke:var(--fd-edge,#59636e);stroke-width:1.5}
      \(scope) .fd-class-ends .fd-hollow{fill:var(--fd-bg,#ffffff)}
      \(scope) .fd-cardinality{font-size:12px}
      \(scope) .fd-edge-label rect{fill:var(--fd-bg,#ffffff);opacity:0.9}
      \(scope) .fd-cluster rect{fill:var(--fd-subtle,#f6f8fa);stroke:var(--fd-border,#d1d9e0);stroke-width:1}
      \(scope) .fd-cluster text{fill:var(--fd-muted,#59636e)}
      </style>

      """
  }
}
