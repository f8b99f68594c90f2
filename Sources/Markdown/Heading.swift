/// An ATX or setext heading, level 1 to 6.
public struct Heading: Hashable, Sendable {
  public var level: Int
  public var content: [Inline]
  public var range: TextRange

  public init(level: Int, content: [Inline], range: TextRange) {
    self.level = level
    self.content = content
    self.range = range
  }
}
