/// A line and column in markdown source, both from 1. Columns count UTF-8 bytes, as cmark-gfm does.
///
/// Stored as 32-bit numbers: every node of a parsed document carries two positions, and a large contract has
/// millions of nodes. The public face stays `Int`, as the coded form does.
public struct TextPosition: Hashable, Comparable, Sendable, Codable {
  private var storedLine: Int32
  private var storedColumn: Int32

  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Self.clamped(newValue) }
  }

  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Self.clamped(newValue) }
  }

  public init(line: Int, column: Int) {
    storedLine = Self.clamped(line)
    storedColumn = Self.clamped(column)
  }

  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
  }

  private enum CodingKeys: String, CodingKey {
    case line, column
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      line: try container.decode(Int.self, forKey: .line),
      column: try container.decode(Int.self, forKey: .column))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }

  private static func clamped(_ value: Int) -> Int32 {
    Int32(clamping: value)
  }
}
