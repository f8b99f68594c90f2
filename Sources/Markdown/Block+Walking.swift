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
  /// Calls `body` with every heading in document order, nested ones included, without gathering the
  /// document's blocks first (a large contract has tens of thousands).
  public func forEachHeading(_ body: (Heading) -> Void) {
    func visit(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .heading(let heading): body(heading)
        case .blockQuote(let quote): visit(quote.blocks)
        case .list(let list): for item in list.items { visit(item.blocks) }
        default: continue
        }
      }
    }
    visit(blocks)
  }

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
