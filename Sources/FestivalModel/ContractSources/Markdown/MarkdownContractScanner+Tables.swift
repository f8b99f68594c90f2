import Diagnostics

/// Tables in a free document: each kind read into its elements.
extension MarkdownContractScanner {
  mutating func readTable(_ table: TableView, context: SourceContext) {
    let (view, cut) = table.limited()
    if let cut { diagnostics.append(cut) }
    let columns = SourceColumns(view.headers)
    let endpointCells =
      view.rows.first.map { row in
        row.contains { EndpointMention.at(start: $0.text) != nil }
      } ?? false
    let underErrors =
      context.headings.last.map { $0.contains("error") || $0.contains("status code") } ?? false
    guard let kind = columns.kind(endpointCells: endpointCells, underErrors: underErrors) else {
      reportPartial(view, columns: columns, context: context)
      return
    }
    switch kind {
    case .components: readComponents(view, columns)
    case .endpoints: readEndpoints(view, columns, context: context)
    case .operations: readOperations(view, columns, context: context)
    case .events: readEvents(view, columns, context: context)
    case .queues: readQueues(view, columns, context: context)
    case .errors: readErrors(view, columns, context: context)
    case .schemas: readSchemas(view, columns, context: context)
    case .fields: readFields(view, columns, context: context)
    }
  }

  /// A table under an rpc, endpoint or message that names its fields but not their types.
  private mutating func reportPartial(_ view: TableView, columns: SourceColumns, context: SourceContext) {
    guard context.target != nil, columns.has(.name), !columns.has(.type) else { return }
    diagnostics.append(
      Diagnostic(
        .warning, rule: .sourcesPartialTable,
        message: "this looks like a field table but has no Type column; its fields are read without types",
        at: view.location, fix: "add a Type column"))
    readFields(view, columns, context: context)
  }

  func cell(_ row: [TableView.Cell], _ column: Int?) -> String {
    guard let column, column < row.count else { return "" }
    return row[column].text
  }

  /// The columns no role took, by header: kept with the element as written.
  func extra(_ row: [TableView.Cell], _ columns: SourceColumns, used: [SourceColumns.Role]) -> [String:
    String]
  {
    let taken = Set(used.compactMap { columns.column($0) })
    var result: [String: String] = [:]
    for (index, header) in columns.headers.enumerated() where !taken.contains(index) && index < row.count {
      if !row[index].text.isEmpty {
        result[header.isEmpty ? "column \(index + 1)" : header] = row[index].text
      }
    }
    return result
  }

  static func isEmptyCell(_ text: String) -> Bool {
    let folded = TextFolding.fold(text)
    return folded.isEmpty || ["na", "none", "tbd", "n", "nil", "null"].contains(folded)
      || PlaceholderDetector.isTemplateValue(text)
  }

  /// Names written in one cell: `Billing, Audit Log`, `Optogon → Atlas`, `a and b`.
  static func names(in text: String) -> [String] {
    var parts = [text]
    for separator in [",", ";", " + ", "<br>", " and ", " & ", " / ", "\n"] {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.map(cleanName).filter { !isEmptyCell($0) && $0.count <= 120 }
  }

  private mutating func readComponents(_ view: TableView, _ columns: SourceColumns) {
    for row in view.rows {
      let name = Self.cleanName(cell(row, columns.column(.component)))
      guard !Self.isEmptyCell(name) else { continue }
      let location = view.rowLocation(row)
      contract.components.append(
        Component(
          name: name, responsibility: cell(row, columns.column(.responsibility)),
          technology: Self.names(in: cell(row, columns.column(.technology))),
          dependencies: Self.names(in: cell(row, columns.column(.dependencies))).map {
            NameReference(written: $0, target: nil, match: .unresolved, location: location)
          }, owner: nil,
          extra: extra(row, columns, used: [.component, .responsibility, .technology, .dependencies]),
          location: location))
    }
  }

  private mutating func readEndpoints(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    for row in view.rows {
      let mention =
        row.lazy.compactMap { EndpointMention.at(start: $0.text) }.first
        ?? EndpointMention.at(
          start: cell(row, columns.column(.method)) + " " + cell(row, columns.column(.route)))
      guard let mention else { continue }
      let summary =
        cell(row, columns.column(.description)).isEmpty
        ? (mention.rest.isEmpty ? cell(row, columns.column(.responsibility)) : mention.rest)
        : cell(row, columns.column(.description))
      var owner = context.owner
      let written = Self.cleanName(cell(row, columns.column(.component)))
      if !Self.isEmptyCell(written) {
        owner = Ownership(
          component: written, inferred: false,
          basis: "the \(columns.headers[columns.column(.component)!]) column")
      }
      let index = addEndpoint(mention, summary: summary, line: view.rowLocation(row).line, owner: owner)
      if contract.endpoints[index].owner == nil { contract.endpoints[index].owner = owner }
    }
  }

  private mutating func readOperations(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    for row in view.rows {
      let name = Self.cleanName(cell(row, columns.column(.rpc)))
      guard !Self.isEmptyCell(name) else { continue }
      let line = view.rowLocation(row).line
      let declared = RPCDeclaration(name) ?? RPCDeclaration(name + "()")
      guard var declared else { continue }
      if declared.request.isEmpty { declared.request = Self.cleanName(cell(row, columns.column(.request))) }
      if declared.response.isEmpty {
        declared.response = Self.cleanName(cell(row, columns.column(.response)))
      }
      if case .operation(let s, let o) = operationTarget(declared, line: line, context: context) {
        let summary = cell(row, columns.column(.description))
        if contract.serviceInterfaces[s].operations[o].summary.isEmpty {
          contract.serviceInterfaces[s].operations[o].summary = summary
        }
      }
    }
  }
}
