/// A row of table cells.
public struct TableRow: Hashable, Sendable {
  public var cells: [TableCell]
  public var range: TextRange

  public init(cells: [TableCell], range: TextRange) {
    self.cells = cells
    self.range = range
  }
}
