import CCmarkGFM

/// Walks a cmark-gfm node tree once and builds the Swift values. Only this file touches C nodes.
enum CTreeConverter {
  typealias Node = OpaquePointer

  /// `lines` moves every position down: the blocks of a part of a text that starts below its first line.
  static func blocks(under parent: Node, movedBy lines: Int = 0) -> [Block] {
    children(of: parent).compactMap { block($0, movedBy: lines) }
  }

  static func children(of parent: Node) -> [Node] {
    var result: [Node] = []
    var child = cmark_node_first_child(parent)
    while let node = child {
      result.append(node)
      child = cmark_node_next(node)
    }
    return result
  }

  private static func typeName(_ node: Node) -> String {
    guard let name = cmark_node_get_type_string(node) else { return "" }
    return String(cString: name)
  }

  /// cmark leaves some nodes without a position (line 0); they take their nearest positioned
  /// ancestor's, so every diagnostic points at a real line.
  private static func range(_ node: Node, movedBy lines: Int) -> TextRange {
    var positioned = node
    while cmark_node_get_start_line(positioned) <= 0, let parent = cmark_node_parent(positioned) {
      positioned = parent
    }
    let start = TextPosition(
      line: max(1, Int(cmark_node_get_start_line(positioned))) + lines,
      column: max(1, Int(cmark_node_get_start_column(positioned))))
    var end = TextPosition(
      line: Int(cmark_node_get_end_line(positioned)) + lines,
      column: Int(cmark_node_get_end_column(positioned)))
    if end.line < start.line { end = start }
    return TextRange(start: start, end: end)
  }

  private static func literal(_ node: Node) -> String {
    guard let text = cmark_node_get_literal(node) else { return "" }
    return String(cString: text)
  }

  static func block(_ node: Node, movedBy lines: Int = 0) -> Block? {
    let nodeRange = range(node, movedBy: lines)
    switch typeName(node) {
    case "heading":
      return .heading(
        Heading(
          level: Int(cmark_node_get_heading_level(node)), content: inlines(under: node), range: nodeRange))
    case "paragraph":
      return .paragraph(Paragraph(content: inlines(under: node), range: nodeRange))
    case "block_quote":
      return .blockQuote(BlockQuote(blocks: blocks(under: node, movedBy: lines), range: nodeRange))
    case "list":
      let items = children(of: node).map { listItem($0, movedBy: lines) }
      return .list(
        ListBlock(
          isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
          start: Int(cmark_node_get_list_start(node)),
          isTight: cmark_node_get_list_tight(node) != 0,
          items: items, range: nodeRange))
    case "code_block":
      let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      var fenceLength: Int32 = 0
      var offset: Int32 = 0
      var fenceChar: CChar = 0
      let fenced = cmark_node_get_fenced(node, &fenceLength, &offset, &fenceChar) != 0
      return .codeBlock(CodeBlock(info: info, code: literal(node), isFenced: fenced, range: nodeRange))
    case "html_block":
      return .htmlBlock(HTMLBlock(html: literal(node), range: nodeRange))
    case "thematic_break":
      return .thematicBreak(ThematicBreak(range: nodeRange))
    case "table":
      return .table(table(node, range: nodeRange, movedBy: lines))
    default:
      // Footnote definitions and custom blocks carry blocks; keep their content in place.
      let inner = blocks(under: node, movedBy: lines)
      return inner.isEmpty ? nil : .blockQuote(BlockQuote(blocks: inner, range: nodeRange))
    }
  }

  private static func listItem(_ node: Node, movedBy lines: Int) -> ListItem {
    var task: TaskState?
    if typeName(node) == "tasklist" {
      task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? .checked : .unchecked
    }
    return ListItem(
      task: task, blocks: blocks(under: node, movedBy: lines), range: range(node, movedBy: lines))
  }

  private static func table(_ node: Node, range nodeRange: TextRange, movedBy lines: Int) -> Table {
    let columnCount = Int(cmark_gfm_extensions_get_table_columns(node))
    var alignments: [TableAlignment] = []
    if let raw = cmark_gfm_extensions_get_table_alignments(node) {
      for index in 0..<columnCount {
        switch UInt8(raw[index]) {
        case UInt8(ascii: "l"): alignments.append(.left)
        case UInt8(ascii: "c"): alignments.append(.center)
        case UInt8(ascii: "r"): alignments.append(.right)
        default: alignments.append(.none)
        }
      }
    }
    var header = TableRow(cells: [], range: nodeRange)
    var rows: [TableRow] = []
    for rowNode in children(of: node) {
      let cells = children(of: rowNode).map {
        TableCell(content: inlines(under: $0), range: range($0, movedBy: lines))
      }
      let row = TableRow(cells: cells, range: range(rowNode, movedBy: lines))
      if cmark_gfm_extensions_get_table_row_is_header(rowNode) != 0 {
        header = row
      } else {
        rows.append(row)
      }
    }
    return Table(header: header, rows: rows, alignments: alignments, range: nodeRange)
  }

  private static func inlines(under parent: Node) -> [Inline] {
    var result: [Inline] = []
    for node in children(of: parent) {
      guard let value = inline(node) else { continue }
      // cmark splits text at `[`, `!` and entities; joined runs are easier to read downstream.
      if case .text(let next) = value, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + next)
      } else {
        result.append(value)
      }
    }
    return result
  }

  private static func inline(_ node: Node) -> Inline? {
    switch typeName(node) {
    case "text": return .text(literal(node))
    case "code": return .code(literal(node))
    case "emph": return .emphasis(inlines(under: node))
    case "strong": return .strong(inlines(under: node))
    case "strikethrough": return .strikethrough(inlines(under: node))
    case "html_inline": return .html(literal(node))
    case "softbreak": return .softBreak
    case "linebreak": return .lineBreak
    case "link":
      return .link(
        Link(
          destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
          title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
          content: inlines(under: node)))
    case "image":
      return .image(
        Image(
          source: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
          title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
          content: inlines(under: node)))
    case "footnote_reference":
      return .text("[^\(literal(node))]")
    default:
      let inner = inlines(under: node)
      return inner.isEmpty ? (literal(node).isEmpty ? nil : .text(literal(node))) : .emphasis(inner)
    }
  }
}
