import Diagrams
import Foundation
import SitePlan

/// A diagram drawn into a page: the SVG inline, and the same SVG as a file of its own beside the page so
/// it can be opened full size and downloaded. The page's text gains the diagram's labels, its links the
/// nodes' links, taken from the diagram rather than from the drawing.
struct DiagramFigure {
  var html: Markup
  var file: RenderedFile

  /// `pagePath`'s n-th diagram file: `shop/interfaces.html` -> `shop/interfaces-diagram-1.svg`.
  static func filePath(pagePath: String, number: Int) -> String {
    let base = pagePath.hasSuffix(".html") ? String(pagePath.dropLast(5)) : pagePath
    return "\(base)-diagram-\(number).svg"
  }

  static func make(
    chart: Flowchart, source: String, caption: String?, pagePath: String, number: Int,
    links: [String: String],
    layouts: FlowchartLayoutCache? = nil, drawn: FlowchartDrawing? = nil
  ) -> DiagramFigure {
    let drawing = drawn ?? layouts?.drawing(for: chart) ?? FlowchartLayout.layout(chart)
    let prefix = SVGText.idPrefix(for: source + "\u{0}\(number)")
    // The same SVG inline and as the standalone file: that lives beside the page, so the page's relative
    // links work from it too.
    let svg = FlowchartSVG.render(drawing, chart: chart, options: .init(idPrefix: prefix, nodeLinks: links))
    let labels =
      chart.subgraphs.map(\.title.text) + chart.vertices.map(\.displayText)
      + chart.edges.compactMap(\.label?.text)
    return wrap(
      .raw(svg, text: labels.joined(separator: " "), links: links.values.sorted()), caption: caption,
      pagePath: pagePath, number: number)
  }

  static func make(
    sequence diagram: SequenceDiagram, source: String, pagePath: String, number: Int, links: [String: String]
  ) -> DiagramFigure {
    let prefix = SVGText.idPrefix(for: source + "\u{0}\(number)")
    let svg = SequenceSVG.render(
      SequenceLayout.layout(diagram), diagram: diagram, idPrefix: prefix, participantLinks: links)
    let labels = diagram.actors.map(\.description) + diagram.messages.map(\.text)
    return wrap(
      .raw(svg, text: labels.joined(separator: " "), links: links.values.sorted()), caption: diagram.title,
      pagePath: pagePath, number: number)
  }

  static func make(
    er diagram: ERDiagram, source: String, pagePath: String, number: Int, links: [String: String]
  ) -> DiagramFigure {
    let prefix = SVGText.idPrefix(for: source + "\u{0}\(number)")
    let svg = ERSVG.render(ERLayout.layout(diagram), diagram: diagram, idPrefix: prefix, entityLinks: links)
    let labels =
      diagram.entities.flatMap { [$0.displayName] + $0.attributes.map(\.name) }
      + diagram.relationships.map(\.label)
    return wrap(
      .raw(svg, text: labels.joined(separator: " "), links: links.values.sorted()), caption: diagram.title,
      pagePath: pagePath, number: number)
  }

  /// A state diagram, drawn by the flowchart engine (`StateDiagram.flowchart`).
  static func make(state diagram: StateDiagram, source: String, pagePath: String, number: Int)
    -> DiagramFigure
  {
    let prefix = SVGText.idPrefix(for: source + "\u{0}\(number)")
    let svg = FlowchartSVG.render(
      StateLayout.layout(diagram), chart: diagram.flowchart, options: .init(idPrefix: prefix))
    let labels = diagram.nodes.map(\.label) + diagram.transitions.map(\.label)
    return wrap(
      .raw(svg, text: labels.joined(separator: " "), links: []), caption: diagram.title, pagePath: pagePath,
      number: number)
  }

  /// A class diagram, its classes linking to the contract's entities they name.
  static func make(
    classDiagram diagram: ClassDiagram, source: String, pagePath: String, number: Int, links: [String: String]
  ) -> DiagramFigure {
    let prefix = SVGText.idPrefix(for: source + "\u{0}\(number)")
    let svg = ClassSVG.render(
      ClassLayout.layout(diagram), diagram: diagram, idPrefix: prefix, classLinks: links)
    let labels =
      diagram.classes.flatMap { [$0.label] + ($0.members + $0.methods).map(\.displayText) }
      + diagram.relations.map(\.label) + diagram.notes.map(\.text)
    return wrap(
      .raw(svg, text: labels.joined(separator: " "), links: links.values.sorted()), caption: diagram.title,
      pagePath: pagePath, number: number)
  }

  /// Classes whose id or label names one of the contract's entities (a message type is often one) link
  /// to its page.
  static func classLinks(diagram: ClassDiagram, entities: [String: String], pagePath: String) -> [String:
    String]
  {
    var links: [String: String] = [:]
    for node in diagram.classes {
      if let page = entities[Fold.stem(node.id)] ?? entities[Fold.stem(node.label)] {
        links[node.id] = RelativeURL.link(from: pagePath, to: page)
      }
    }
    return links
  }

  /// Tables whose name or alias names one of the contract's entities link to its page.
  static func entityLinks(diagram: ERDiagram, entities: [String: String], pagePath: String) -> [String:
    String]
  {
    var links: [String: String] = [:]
    for entity in diagram.entities {
      if let page = entities[Fold.stem(entity.name)] ?? entities[Fold.stem(entity.alias)] {
        links[entity.name] = RelativeURL.link(from: pagePath, to: page)
      }
    }
    return links
  }

  /// `drawing` is the SVG with what it says.
  static func wrap(_ drawing: Markup, caption: String?, pagePath: String, number: Int) -> DiagramFigure {
    let path = filePath(pagePath: pagePath, number: number)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var html: Markup =
      "<figure class=\"diagram\">\n<div class=\"diagram-canvas\">\n\(drawing)</div>\n<figcaption>"
    if let caption, !caption.isEmpty { html += "<span>\(HTML.text(caption))</span> " }
    html += "<a href=\"\(HTML.attribute(name))\">Open full size</a> · "
    html += "<a href=\"\(HTML.attribute(name))\" download>Download SVG</a></figcaption>\n</figure>"
    return DiagramFigure(html: html, file: RenderedFile(path: path, data: Data(drawing.html.utf8)))
  }

  /// Participants whose name or alias names a component link to its page.
  static func participantLinks(diagram: SequenceDiagram, components: [String: String], pagePath: String)
    -> [String: String]
  {
    var links: [String: String] = [:]
    for actor in diagram.actors {
      if let page = components[Fold.key(actor.description)] ?? components[Fold.key(actor.name)] {
        links[actor.name] = RelativeURL.link(from: pagePath, to: page)
      }
    }
    return links
  }

  /// Links for nodes whose label (or id) names a component: by folded name to the component's page.
  static func componentLinks(
    chart: Flowchart, components: [String: String], pagePath: String
  ) -> [String: String] {
    var links: [String: String] = [:]
    for vertex in chart.vertices {
      let label = Fold.key(vertex.displayText)
      if let page = components[label] ?? components[Fold.key(vertex.id)] {
        links[vertex.id] = RelativeURL.link(from: pagePath, to: page)
      }
    }
    return links
  }
}
