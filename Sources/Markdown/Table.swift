/// A GFM table: a header row, body rows and one alignment per column.
public struct Table: Hashable, Sendable {
  public var header: TableRow
  public var rows: [TableRow]
  public var alignments: [TableAlignment]
  public var range: TextRange

  public init(header: TableRow, rows: [TableRow], alignments: [TableAlignment], range: TextRange) {
    self.header = header
    self.rows = rows
    self.alignments = alignments
    self.range = range
  }
}
