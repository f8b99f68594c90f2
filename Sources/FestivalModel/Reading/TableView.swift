import Diagnostics
import Markdown

/// A table's cells as plain text with locations, and which column is which for a schema.
struct TableView {
  struct Cell {
    var text: String
    var inlines: [Inline]
    var location: SourceLocation
  }

  var headers: [String]
  var rows: [[Cell]]
  var location: SourceLocation
  var headerLocations: [SourceLocation]
  /// Column key -> index, set by `bind(to:)`.
  var columnIndex: [String: Int] = [:] {
    didSet {
      let bound = Set(columnIndex.values)
      unboundColumns = headers.indices.filter { !bound.contains($0) }
    }
  }
  /// The columns no key is bound to, worked out once per binding rather than for every row's extras.
  private(set) var unboundColumns: [Int]

  init(_ table: Table, file: String) {
    func cell(_ cell: TableCell) -> Cell {
      Cell(
        text: cell.content.plainText.trimmingSpaces(), inlines: cell.content,
        location: SourceLocation(file: file, line: cell.range.start.line, column: cell.range.start.column + 1)
      )
    }
    headers = table.header.cells.map { $0.content.plainText.trimmingSpaces() }
    headerLocations = table.header.cells.map { cell($0).location }
    rows = table.rows.map { $0.cells.map(cell) }
    location = SourceLocation(file: file, line: table.range.start.line, column: table.range.start.column)
    unboundColumns = Array(headers.indices)
  }

  var foldedHeaders: [String] { headers.map(TextFolding.fold) }

  /// Columns of `schema` found among the headers, each header used once, first spelling first.
  func binding(for schema: TableSchema) -> [String: Int] {
    var result: [String: Int] = [:]
    var used = Set<Int>()
    let folded = foldedHeaders
    for column in schema.columns {
      // Exact spellings before prefixes, so `Service/Endpoint` is not taken by a shorter alias.
      let exact = folded.indices.first { !used.contains($0) && column.aliases.contains(folded[$0]) }
      let loose = folded.indices.first { !used.contains($0) && column.matches(foldedHeader: folded[$0]) }
      if let index = exact ?? loose {
        result[column.key] = index
        used.insert(index)
      }
    }
    return result
  }

  func missingRequired(_ schema: TableSchema) -> [ColumnSpec] {
    let bound = binding(for: schema)
    return schema.columns.filter { $0.required && bound[$0.key] == nil }
  }

  func cell(_ key: String, in row: [Cell]) -> Cell? {
    guard let index = columnIndex[key], index < row.count else { return nil }
    return row[index]
  }

  func text(_ key: String, in row: [Cell]) -> String { cell(key, in: row)?.text ?? "" }

  /// Cells in columns the schema does not know, by header.
  func extra(in row: [Cell]) -> [String: String] {
    var result: [String: String] = [:]
    for index in unboundColumns where index < row.count {
      let header = headers[index]
      let key = header.isEmpty ? "column \(index + 1)" : header
      result[key] = row[index].text
    }
    return result
  }

  func rowLocation(_ row: [Cell]) -> SourceLocation {
    guard let first = row.first else { return location }
    return SourceLocation(file: first.location.file, line: first.location.line, column: 1)
  }
}
