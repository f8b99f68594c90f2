extension Block {
  /// This block's direct child blocks (quote content, list item content).
  public var childBlocks: [Block] {
    switch self {
    case .blockQuote(let quote): quote.blocks
    case .list(let list): list.items.flatMap(\.blocks)
    default: []
    }
  }
}

extension MarkdownDocument {
  /// Every block in document order, depth first, nested ones after their parent.
  public var allBlocks: [Block] {
    var result: [Block] = []
    func visit(_ blocks: [Block]) {
      for block in blocks {
        result.append(block)
        visit(block.childBlocks)
      }
    }
    visit(blocks)
    return result
  }

  /// Every list item in document order, including nested ones.
  public var allListItems: [ListItem] {
    allBlocks.flatMap { block -> [ListItem] in
      if case .list(let list) = block { return list.items }
      return []
    }
  }
}
