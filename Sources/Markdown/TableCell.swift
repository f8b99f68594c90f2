/// One table cell: its inline content and where it stands in the source.
public struct TableCell: Hashable, Sendable {
  public var content: [Inline]
  public var range: TextRange

  public init(content: [Inline], range: TextRange) {
    self.content = content
    self.range = range
  }
}
