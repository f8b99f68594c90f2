/// An immutable markdown tree: what cmark-gfm parsed, as Swift values.
public struct MarkdownDocument: Hashable, Sendable {
  public var blocks: [Block]

  public init(blocks: [Block]) {
    self.blocks = blocks
  }
}
