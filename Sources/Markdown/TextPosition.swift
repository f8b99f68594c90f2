/// A line and column in markdown source, both from 1. Columns count UTF-8 bytes, as cmark-gfm does.
public struct TextPosition: Hashable, Comparable, Sendable, Codable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
