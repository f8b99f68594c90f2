/// A block-level node.
public enum Block: Hashable, Sendable {
  case heading(Heading)
  case paragraph(Paragraph)
  case blockQuote(BlockQuote)
  case list(ListBlock)
  case codeBlock(CodeBlock)
  case htmlBlock(HTMLBlock)
  case thematicBreak(ThematicBreak)
  case table(Table)

  public var range: TextRange {
    switch self {
    case .heading(let node): node.range
    case .paragraph(let node): node.range
    case .blockQuote(let node): node.range
    case .list(let node): node.range
    case .codeBlock(let node): node.range
    case .htmlBlock(let node): node.range
    case .thematicBreak(let node): node.range
    case .table(let node): node.range
    }
  }
}
