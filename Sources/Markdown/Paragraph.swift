/// A paragraph of inline content.
public struct Paragraph: Hashable, Sendable {
  public var content: [Inline]
  public var range: TextRange

  public init(content: [Inline], range: TextRange) {
    self.content = content
    self.range = range
  }
}
