/// A `---` rule between blocks.
public struct ThematicBreak: Hashable, Sendable {
  public var range: TextRange

  public init(range: TextRange) {
    self.range = range
  }
}
