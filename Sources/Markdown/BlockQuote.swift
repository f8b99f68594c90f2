/// A `>` quote holding blocks.
public struct BlockQuote: Hashable, Sendable {
  public var blocks: [Block]
  public var range: TextRange

  public init(blocks: [Block], range: TextRange) {
    self.blocks = blocks
    self.range = range
  }
}
