/// Where a node starts and ends in its source.
public struct TextRange: Hashable, Sendable, Codable {
  public var start: TextPosition
  public var end: TextPosition

  public init(start: TextPosition, end: TextPosition) {
    self.start = start
    self.end = end
  }

  /// The same range moved down by `lines`, for markdown parsed after front matter was cut off.
  public func shifted(byLines lines: Int) -> TextRange {
    TextRange(
      start: TextPosition(line: start.line + lines, column: start.column),
      end: TextPosition(line: end.line + lines, column: end.column))
  }
}
