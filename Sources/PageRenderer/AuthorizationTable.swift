import FestivalModel

/// Authorization rows as a grid: each cell the author's words with the parsed capabilities and scope.
enum AuthorizationTable {
  static func render(_ roles: [String], _ rows: [AuthorizationRow], _ festival: FestivalContext) -> String {
    HTML.table(
      ["Resource"] + roles,
      rows.map { row in
        [HTML.text(row.resource)]
          + row.cells.map { cell in
            let parsed =
              cell.understood
              ? (cell.capabilities.isEmpty
                ? "no access"
                : cell.capabilities.map(\.rawValue).joined(separator: ", ") + " · " + cell.scope.rawValue)
              : "not understood"
            return "\(HTML.text(cell.written))<br><span class=\"muted\">\(HTML.text(parsed))</span>"
          }
      })
  }
}
