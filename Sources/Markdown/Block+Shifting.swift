extension Block {
  /// The same block `lines` further down its source: every range in it moved, columns kept.
  func shifted(byLines lines: Int) -> Block {
    switch self {
    case .heading(var node):
      node.range = node.range.shifted(byLines: lines)
      return .heading(node)
    case .paragraph(var node):
      node.range = node.range.shifted(byLines: lines)
      return .paragraph(node)
    case .blockQuote(var node):
      node.range = node.range.shifted(byLines: lines)
      node.blocks = node.blocks.map { $0.shifted(byLines: lines) }
      return .blockQuote(node)
    case .list(var node):
      node.range = node.range.shifted(byLines: lines)
      node.items = node.items.map { item in
        var moved = item
        moved.range = item.range.shifted(byLines: lines)
        moved.blocks = item.blocks.map { $0.shifted(byLines: lines) }
        return moved
      }
      return .list(node)
    case .codeBlock(var node):
      node.range = node.range.shifted(byLines: lines)
      return .codeBlock(node)
    case .htmlBlock(var node):
      node.range = node.range.shifted(byLines: lines)
      return .htmlBlock(node)
    case .thematicBreak(var node):
      node.range = node.range.shifted(byLines: lines)
      return .thematicBreak(node)
    case .table(var node):
      node.range = node.range.shifted(byLines: lines)
      node.header = node.header.shifted(byLines: lines)
      node.rows = node.rows.map { $0.shifted(byLines: lines) }
      return .table(node)
    }
  }
}
