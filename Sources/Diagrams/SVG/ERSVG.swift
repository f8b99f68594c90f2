/// Draws a laid-out ER diagram as a standalone SVG, by the flowchart's conventions: plain `<text>`,
/// colours through the theme's CSS variables, `data-id` on entities (their names), `data-from`/`data-to`
/// on relationships and their labels. Each end of a relationship carries its crow's-foot marker,
/// drawn as paths in `fd-er-ends` (`data-cardinality` names it).
public enum ERSVG {
  /// `entityLinks` maps entity names to the pages their tables link to.
  public static func render(
    _ drawing: ERDrawing, diagram: ERDiagram, idPrefix id: String, entityLinks: [String: String] = [:]
  ) -> String {
    var svg = SVGText.opening(
      id: id, kind: "er", width: drawing.width, height: drawing.height,
      title: diagram.accTitle ?? diagram.title,
      description: diagram.accDescr)
    svg += style(id)
    if !drawing.flow.clusters.isEmpty {
      svg += "<g class=\"fd-clusters\">\n"
      for cluster in drawing.flow.clusters {
        let group = Int(cluster.id.dropFirst()).flatMap {
          $0 < diagram.groups.count ? diagram.groups[$0] : nil
        }
        svg += SVGText.clusterBox(
          cluster, dataID: group?.title ?? cluster.id, lineHeight: drawing.flow.lineHeight)
      }
      svg += "</g>\n"
    }
    svg += "<g class=\"fd-edges\">\n"
    let routes = drawing.flow.edges.compactMap { edge -> (ERRelationship, [LayoutResult.Point])? in
      guard let index = Int(edge.edge.id.dropFirst()), index < drawing.relationships.count else { return nil }
      return (drawing.relationships[index], edge.points)
    }
    for (relationship, points) in routes {
      var path = "<path class=\"fd-edge\(relationship.identifying ? "" : " fd-dashed")\""
      path +=
        " data-from=\"\(SVGText.attribute(relationship.from))\" data-to=\"\(SVGText.attribute(relationship.to))\""
      svg += path + " d=\"\(CurvePath.d(points))\"/>\n"
    }
    svg += "</g>\n<g class=\"fd-er-ends\">\n"
    for (relationship, points) in routes {
      guard let first = points.first, let last = points.last else { continue }
      // Routes repeat their end points; the marks follow the first point that is somewhere else.
      let distinct = { (point: LayoutResult.Point, end: LayoutResult.Point) in
        abs(point.x - end.x) + abs(point.y - end.y) > 0.5
      }
      if let next = points.first(where: { distinct($0, first) }) {
        svg += ERMarker.path(relationship.fromCardinality, at: first, toward: next)
      }
      if let previous = points.last(where: { distinct($0, last) }) {
        svg += ERMarker.path(relationship.toCardinality, at: last, toward: previous)
      }
    }
    svg += "</g>\n<g class=\"fd-edge-labels\">\n"
    for edge in drawing.flow.edges {
      guard let index = Int(edge.edge.id.dropFirst()), index < drawing.relationships.count else { continue }
      let relationship = drawing.relationships[index]
      svg += SVGText.edgeLabel(
        edge, from: relationship.from, to: relationship.to, lineHeight: drawing.flow.lineHeight)
    }
    svg += "</g>\n<g class=\"fd-nodes\">\n"
    for table in drawing.tables {
      let drawn = self.table(table, diagram: diagram, lineHeight: drawing.flow.lineHeight)
      if let link = entityLinks[table.table.entity.name].flatMap(SVGText.safeHref) {
        svg += "<a href=\"\(SVGText.attribute(link))\">" + drawn + "</a>\n"
      } else {
        svg += drawn
      }
    }
    return svg + "</g>\n</svg>\n"
  }

  static func style(_ id: String) -> String {
    let scope = "#\(id)"
    return """
      <style>
      \(scope){font-family:var(--fd-diagram-font,"DejaVu Sans",sans-serif);font-size:14px}
      \(scope) .fd-entity .fd-shape{fill:var(--fd-bg,#ffffff);stroke:var(--fd-node-stroke,#3b5bdb);stroke-width:1.5}
      \(scope) .fd-entity .fd-er-title{fill:var(--fd-node-fill,#eef2ff)}
      \(scope) .fd-entity .fd-er-stripe{fill:var(--fd-subtle,#f6f8fa)}
      \(scope) .fd-entity line{stroke:var(--fd-border,#d1d9e0);stroke-width:1}
      \(scope) .fd-entity text,\(scope) .fd-edge-label text{fill:var(--fd-fg,#1f2328)}
      \(scope) .fd-entity .fd-er-key{fill:var(--fd-muted,#59636e)}
      \(scope) .fd-edge{fill:none;stroke:var(--fd-edge,#59636e);stroke-width:1.5}
      \(scope) .fd-edge.fd-dashed{stroke-dasharray:8 6}
      \(scope) .fd-er-ends path{fill:none;stroke:var(--fd-edge,#59636e);stroke-width:1.5}
      \(scope) .fd-er-ends circle{fill:var(--fd-bg,#ffffff);stroke:var(--fd-edge,#59636e);stroke-width:1.5}
      \(scope) .fd-er-ends .fd-er-parent{fill:var(--fd-edge,#59636e)}
      \(scope) .fd-edge-label rect{fill:var(--fd-bg,#ffffff);opacity:0.9}
      \(scope) .fd-cluster rect{fill:var(--fd-subtle,#f6f8fa);stroke:var(--fd-border,#d1d9e0);stroke-width:1}
      \(scope) .fd-cluster text{fill:var(--fd-muted,#59636e)}
      </style>

      """
  }

}
