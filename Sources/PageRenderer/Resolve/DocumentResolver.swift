import Diagnostics
import Diagrams
import Markdown

/// Walks one document as its page will show it: every link and image resolved (the broken and refused
/// ones reported on the line the renderer is on), every mermaid block parsed.
struct DocumentResolver {
  let documentPath: String
  let pagePath: String
  let resolver: LinkResolver
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var diagrams: [Int: ResolvedDiagram] = [:]
  /// The anchors this document's links point at (`LinkResolver.anchorTarget`).
  private(set) var anchorTargets: Set<AnchorTarget> = []
  /// Parsed blocks of an earlier build, by their start line, reused when the source is unchanged.
  var known: [Int: (source: String, diagram: ResolvedDiagram)] = [:]
  private(set) var parsed: [Int: (source: String, diagram: ResolvedDiagram)] = [:]
  /// The line of the block being walked, for findings about its inlines; moves as the renderer's does.
  private var currentLine = 1

  init(documentPath: String, pagePath: String, resolver: LinkResolver) {
    self.documentPath = documentPath
    self.pagePath = pagePath
    self.resolver = resolver
  }

  mutating func walk(_ blocks: [Block]) {
    for block in blocks { walk(block) }
  }

  private mutating func walk(_ block: Block) {
    currentLine = block.range.start.line
    switch block {
    case .heading(let heading): inlines(heading.content)
    case .paragraph(let paragraph): inlines(paragraph.content)
    case .blockQuote(let quote): walk(quote.blocks)
    case .list(let list): walkList(list)
    case .codeBlock(let code): if code.language == "mermaid" { resolveDiagram(code) }
    case .htmlBlock, .thematicBreak: break
    case .table(let table):
      for cell in table.header.cells + table.rows.flatMap(\.cells) {
        currentLine = cell.range.start.line
        inlines(cell.content)
      }
    }
  }

  private mutating func walkList(_ list: ListBlock) {
    for item in list.items {
      if list.isTight, item.blocks.allSatisfy({ if case .paragraph = $0 { true } else { false } }) {
        for case .paragraph(let paragraph) in item.blocks {
          currentLine = paragraph.range.start.line
          inlines(paragraph.content)
        }
      } else {
        walk(item.blocks)
      }
    }
  }

  private mutating func inlines(_ content: [Inline]) {
    for inline in content {
      switch inline {
      case .text, .code, .html: continue
      case .emphasis(let children), .strong(let children), .strikethrough(let children): inlines(children)
      case .softBreak, .lineBreak: currentLine += 1
      case .link(let link):
        // The label first, as the page renders it: a break inside it moves the line.
        inlines(link.content)
        resolveLink(link)
      case .image(let image): resolveImage(image)
      }
    }
  }

  private mutating func resolveLink(_ link: Link) {
    if let target = resolver.anchorTarget(of: link.destination, fromDocument: documentPath) {
      anchorTargets.insert(target)
    }
    switch resolver.resolve(link.destination, fromDocument: documentPath, onPage: pagePath) {
    case .page, .external: return
    case .broken(let reason):
      warn(.linksBroken, "broken link: \(reason)", fix: "point the link at an existing document or heading")
    case .refused:
      warn(.linksUnsafe, "link with a scheme that is never followed is shown as text")
    }
  }

  private mutating func resolveImage(_ image: Image) {
    switch resolver.resolveImage(image.source, fromDocument: documentPath, onPage: pagePath) {
    case .page, .external: return
    case .broken(let reason):
      warn(
        .linksBroken, "broken image: \(reason)",
        fix: "put the image under static/ and point at it relative to this document")
    case .refused:
      warn(.linksUnsafe, "image with a scheme that is never loaded is shown as text")
    }
  }

  /// Flowcharts, sequence and ER diagrams are parsed and held for the renderer; other kinds stay code,
  /// with a note naming the kind so the author knows it was seen.
  private mutating func resolveDiagram(_ code: CodeBlock) {
    let line = code.range.start.line
    let start = SourceLocation(file: documentPath, line: line, column: code.range.start.column)
    let diagram: ResolvedDiagram
    if let known = known[line], known.source == code.code {
      diagram = known.diagram
    } else {
      guard let fresh = Self.parse(code.code) else {
        if let kind = DiagramKind.declaredName(code.code) {
          diagnostics.append(
            Diagnostic(
              .note, rule: .diagramsUnsupported,
              message:
                "a mermaid '\(kind)' diagram is shown as code: festdoc draws flowcharts, sequence, ER, "
                + "state and class diagrams", at: start,
              fix: "draw it with mermaid's own tools, or keep it as the code reference it is now"))
        }
        return
      }
      diagram = fresh
    }
    parsed[line] = (code.code, diagram)
    diagrams[line] = diagram
    switch diagram {
    case .flowchart, .sequence, .entityRelationship, .state, .classDiagram: return
    case .tooLarge(let refusal):
      diagnostics.append(
        Diagnostic(
          .warning, rule: .limitsDiagramSize, message: refusal + "; it is shown as code", at: start,
          fix: "split the diagram, or draw it with `festdoc diagram`"))
    case .failed(let error, let kind):
      let name = kind.displayName
      diagnostics.append(
        Diagnostic(
          .error, rule: .diagramsParse, message: "the \(name) does not parse: \(error.message)",
          at: SourceLocation(
            file: documentPath, line: code.firstCodeLine + error.line - 1, column: error.column),
          fix: "check the diagram in mermaid's live editor"))
    }
  }

  /// A mermaid block parsed, or nil when it is a kind festdoc does not draw.
  static func parse(_ source: String) -> ResolvedDiagram? {
    let kind = DiagramKind.detect(source)
    do {
      switch kind {
      case .flowchart:
        let chart = try FlowchartParser.parse(source)
        return DiagramLimits.refusal(chart).map(ResolvedDiagram.tooLarge) ?? .flowchart(chart)
      case .sequence:
        let diagram = try SequenceParser.parse(source)
        return DiagramLimits.refusal(diagram).map(ResolvedDiagram.tooLarge) ?? .sequence(diagram)
      case .entityRelationship:
        let diagram = try ERParser.parse(source)
        return DiagramLimits.refusal(diagram).map(ResolvedDiagram.tooLarge) ?? .entityRelationship(diagram)
      case .state:
        let diagram = try StateParser.parse(source)
        return DiagramLimits.refusal(diagram).map(ResolvedDiagram.tooLarge) ?? .state(diagram)
      case .classDiagram:
        let diagram = try ClassParser.parse(source)
        return DiagramLimits.refusal(diagram).map(ResolvedDiagram.tooLarge) ?? .classDiagram(diagram)
      case .unknown:
        return nil
      }
    } catch let error as DiagramError {
      return .failed(error, kind: kind)
    } catch {
      return nil
    }
  }

  /// A warning about the link or image on the line being walked.
  private mutating func warn(_ rule: RuleID, _ message: String, fix: String? = nil) {
    diagnostics.append(
      Diagnostic(
        .warning, rule: rule, message: message,
        at: SourceLocation(file: documentPath, line: currentLine, column: 1), fix: fix))
  }
}
