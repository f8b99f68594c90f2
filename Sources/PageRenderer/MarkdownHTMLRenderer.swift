import Diagrams
import Foundation
import Markdown
import MarkupSafety

/// Renders a markdown tree to HTML for one page: links rewritten to pages (broken ones shown as such;
/// the resolve step reported them), raw HTML through the allow-list, GitHub-style heading anchors, row
/// ids on contract tables, diagrams drawn from what the resolve step parsed.
struct MarkdownHTMLRenderer {
  let documentPath: String
  let pagePath: String
  let resolver: LinkResolver
  /// Source line of a table row -> the id its `<tr>` gets.
  let rowAnchors: [Int: String]
  private var slugger = HeadingSlugger()
  /// Raw `<code>` tags open in the inline HTML of the text being written: text inside them is code.
  private var rawCodeDepth = 0
  /// Component pages by folded name, so diagram nodes naming a component link to it.
  var componentPages: [String: String] = [:]
  /// Entity stem -> its page, for ER diagrams whose tables name the contract's entities.
  var entityPages: [String: String] = [:]
  /// Drawings of earlier builds in the same preview session.
  var layouts: FlowchartLayoutCache?
  /// The document's mermaid blocks as the resolve step parsed them, by the line each starts on.
  var diagrams: [Int: ResolvedDiagram] = [:]
  /// Diagram files drawn for this page.
  private(set) var diagramFiles: [RenderedFile] = []

  init(documentPath: String, pagePath: String, resolver: LinkResolver, rowAnchors: [Int: String] = [:]) {
    self.documentPath = documentPath
    self.pagePath = pagePath
    self.resolver = resolver
    self.rowAnchors = rowAnchors
  }

  /// The anchors a document's headings get, in order; used to check links before rendering.
  static func headingAnchors(of document: MarkdownDocument) -> [String] {
    var slugger = HeadingSlugger()
    var anchors: [String] = []
    document.forEachHeading { anchors.append(slugger.slug(for: $0.content.plainText)) }
    return anchors
  }

  mutating func render(_ blocks: [Block]) -> Markup {
    blocks.map { render($0) }.joined(separator: "\n")
  }

  mutating func render(_ block: Block) -> Markup {
    switch block {
    case .heading(let heading):
      return render(heading, id: headingID(heading))
    case .paragraph(let paragraph):
      if let id = rowAnchors[paragraph.range.start.line] {
        return "<p id=\"\(attribute: id)\">\(inlines(paragraph.content))</p>"
      }
      return "<p>\(inlines(paragraph.content))</p>"
    case .blockQuote(let quote):
      return "<blockquote>\n\(render(quote.blocks))\n</blockquote>"
    case .list(let list):
      return renderList(list)
    case .codeBlock(let code):
      if code.language == "mermaid", let figure = renderDiagram(code) { return figure }
      let language = code.language.map { " class=\"language-\(HTML.attribute($0))\"" } ?? ""
      return .raw("<pre><code\(language)>\(anchoredCode(code))</code></pre>")
    case .htmlBlock(let html):
      return "<div class=\"raw-html\">\(RawHTMLFilter.filter(html.html))</div>"
    case .thematicBreak:
      return "<hr>"
    case .table(let table):
      return renderTable(table)
    }
  }

  /// The id the next heading gets: GitHub's slug, made unique among the headings drawn before it.
  mutating func headingID(_ heading: Heading) -> String {
    slugger.slug(for: heading.content.plainText)
  }

  /// A heading with the id `headingID(_:)` gave it.
  mutating func render(_ heading: Heading, id: String) -> Markup {
    let text = heading.content.plainText
    let level = min(max(heading.level, 1), 6)
    let title = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return anchor(at: heading.range.start.line)
      + Markup.heading(level: level, id: id, title: title, inlines(heading.content))
  }

  /// A flowchart or sequence diagram drawn inline from what the resolve step parsed; one too large or
  /// that does not parse stays as code with the reason beside it. Other kinds stay as code.
  private mutating func renderDiagram(_ code: CodeBlock) -> Markup? {
    guard let diagram = diagrams[code.range.start.line] else { return nil }
    let figure: DiagramFigure
    switch diagram {
    case .flowchart(let chart):
      figure = DiagramFigure.make(
        chart: chart, source: code.code, caption: chart.title, pagePath: pagePath,
        number: diagramFiles.count + 1,
        links: DiagramFigure.componentLinks(chart: chart, components: componentPages, pagePath: pagePath),
        layouts: layouts)
    case .sequence(let sequence):
      figure = DiagramFigure.make(
        sequence: sequence, source: code.code, pagePath: pagePath, number: diagramFiles.count + 1,
        links: DiagramFigure.participantLinks(
          diagram: sequence, components: componentPages, pagePath: pagePath))
    case .entityRelationship(let diagram):
      figure = DiagramFigure.make(
        er: diagram, source: code.code, pagePath: pagePath, number: diagramFiles.count + 1,
        links: DiagramFigure.entityLinks(diagram: diagram, entities: entityPages, pagePath: pagePath))
    case .state(let diagram):
      figure = DiagramFigure.make(
        state: diagram, source: code.code, pagePath: pagePath, number: diagramFiles.count + 1)
    case .classDiagram(let diagram):
      figure = DiagramFigure.make(
        classDiagram: diagram, source: code.code, pagePath: pagePath, number: diagramFiles.count + 1,
        links: DiagramFigure.classLinks(diagram: diagram, entities: entityPages, pagePath: pagePath))
    case .tooLarge(let refusal):
      return "<div class=\"diagram-error\"><p><strong>This diagram is too large to draw here</strong>: "
        + "\(text: refusal).</p>\(Self.mermaidSource(code.code))</div>"
    case .failed(let error, _):
      return
        "<div class=\"diagram-error\"><p><strong>This diagram does not parse</strong> (line \(error.line), column "
        + "\(error.column)): \(text: error.message)</p>\(Self.mermaidSource(code.code))</div>"
    }
    diagramFiles.append(figure.file)
    return figure.html
  }

  private static func mermaidSource(_ code: String) -> Markup {
    .raw("<pre><code class=\"language-mermaid\">\(HTMLEscaping.text(code))</code></pre>")
  }

  /// An empty element carrying the anchor of an interface element defined at `line`, if any.
  private func anchor(at line: Int) -> Markup {
    guard let id = rowAnchors[line] else { return "" }
    return "<span id=\"\(attribute: id)\"></span>"
  }

  private func itemID(_ item: ListItem) -> Markup {
    guard let id = rowAnchors[item.range.start.line] else { return "" }
    return " id=\"\(attribute: id)\""
  }

  /// A code block's text, escaped, with an empty anchor at the start of each line that defines an
  /// interface element (a protobuf `rpc`, `message` or field), so "defined at" links land on the line.
  private func anchoredCode(_ code: CodeBlock) -> String {
    let first = code.firstCodeLine
    // By scalars: a CRLF is one Character and would hide a line break.
    let lines = code.code.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    guard rowAnchors.keys.contains(where: { $0 >= first && $0 < first + lines.count }) else {
      return HTMLEscaping.text(code.code)
    }
    return lines.enumerated().map { offset, line in
      let id = rowAnchors[first + offset].map { "<span id=\"\(HTML.attribute($0))\"></span>" } ?? ""
      return id + HTMLEscaping.text(String(String.UnicodeScalarView(line)))
    }.joined(separator: "\n")
  }

  private mutating func renderList(_ list: ListBlock) -> Markup {
    let isTaskList = list.items.contains { $0.task != nil }
    let tag = list.isOrdered ? "ol" : "ul"
    let start = list.isOrdered && list.start != 1 ? " start=\"\(list.start)\"" : ""
    let classAttribute = isTaskList ? " class=\"task-list\"" : ""
    var html: Markup = "<\(tag)\(start)\(classAttribute)>"
    for item in list.items {
      var content: Markup
      if list.isTight, item.blocks.allSatisfy({ if case .paragraph = $0 { true } else { false } }) {
        var parts: [Markup] = []
        for case .paragraph(let paragraph) in item.blocks {
          parts.append(inlines(paragraph.content))
        }
        content = parts.joined(separator: "\n")
      } else {
        content = render(item.blocks)
      }
      if let task = item.task {
        let checked = task == .checked ? " checked" : ""
        content =
          "<input type=\"checkbox\" disabled\(checked) aria-label=\"\(task == .checked ? "done" : "not done")\"> "
          + content
        html += "<li class=\"task-list-item\"\(itemID(item))>\(content)</li>"
      } else {
        html += "<li\(itemID(item))>\(content)</li>"
      }
    }
    return html + "</\(tag)>"
  }

  private mutating func renderTable(_ table: Table) -> Markup {
    func alignment(_ index: Int) -> String {
      guard index < table.alignments.count else { return "" }
      switch table.alignments[index] {
      case .left: return " class=\"align-left\""
      case .center: return " class=\"align-center\""
      case .right: return " class=\"align-right\""
      case .none: return ""
      }
    }
    var html: Markup = "<div class=\"table-wrap\"><table>\n<thead><tr>"
    for (index, cell) in table.header.cells.enumerated() {
      html += "<th scope=\"col\"\(alignment(index))>\(inlines(cell.content))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      if let id = rowAnchors[row.range.start.line] {
        html += "<tr id=\"\(attribute: id)\">"
      } else {
        html += "<tr>"
      }
      for (index, cell) in row.cells.enumerated() {
        html += "<td\(alignment(index))>\(inlines(cell.content))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody></table></div>"
  }

  mutating func inlines(_ content: [Inline]) -> Markup {
    let outer = rawCodeDepth
    defer { rawCodeDepth = outer }
    return content.map { inline($0) }.joined()
  }

  private mutating func inline(_ inline: Inline) -> Markup {
    switch inline {
    case .text(let text): return rawCodeDepth > 0 ? .raw(HTMLEscaping.text(text)) : .text(text)
    case .code(let code): return .code(code)
    case .emphasis(let children): return "<em>\(inlines(children))</em>"
    case .strong(let children): return "<strong>\(inlines(children))</strong>"
    case .strikethrough(let children): return "<del>\(inlines(children))</del>"
    case .html(let html): return RawHTMLFilter.filter(html, codeDepth: &rawCodeDepth)
    case .softBreak: return "\n"
    case .lineBreak: return "<br>\n"
    case .link(let link): return renderLink(link)
    case .image(let image): return renderImage(image)
    }
  }

  private mutating func renderLink(_ link: Link) -> Markup {
    let label = inlines(link.content)
    let title = link.title.isEmpty ? "" : " title=\"\(HTML.attribute(link.title))\""
    switch resolver.resolve(link.destination, fromDocument: documentPath, onPage: pagePath) {
    case .page(let href):
      return .link(href, label, attributes: title)
    case .external(let url):
      return .link(url, label, attributes: title + " class=\"external\" rel=\"noopener\"")
    case .broken(let reason):
      return "<span class=\"broken-link\" title=\"\(attribute: "Broken link: " + reason)\">\(label)</span>"
    case .refused:
      return "<span class=\"broken-link\">\(label)</span>"
    }
  }

  /// Images of `static/` are shown; an external one becomes a link to it, since nothing is loaded from
  /// outside the site; any other stands as its alt text, with a warning.
  private mutating func renderImage(_ image: Image) -> Markup {
    let alt = image.content.plainText
    switch resolver.resolveImage(image.source, fromDocument: documentPath, onPage: pagePath) {
    case .page(let href):
      let title = image.title.isEmpty ? "" : " title=\"\(HTML.attribute(image.title))\""
      return "<img src=\"\(attribute: href)\" alt=\"\(attribute: alt)\"\(title) loading=\"lazy\">"
    case .external:
      return .link(
        image.source, .text(alt.isEmpty ? image.source : alt),
        attributes: " class=\"external image-link\" rel=\"noopener\"")
    case .broken, .refused:
      break
    }
    return "<span class=\"image-alt\" title=\"image not included in the site\">\(text: alt)</span>"
  }
}
