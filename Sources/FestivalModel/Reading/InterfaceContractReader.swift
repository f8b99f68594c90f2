import Diagnostics
import Foundation
import Markdown
import Parallelism

/// Reads a document shaped like the interface template into an `InterfaceContract`.
/// Tables are found by their nearest section heading first, then by their header names.
struct InterfaceContractReader {
  let path: String
  /// The document's text, for the placeholder markers written outside tables.
  let text: String
  /// A preview session's readings of the blocks an edit left alone.
  let readings: BlockReadings?
  var contract: InterfaceContract
  var diagnostics: [Diagnostic] = []
  var resolver = NameResolver()
  var tables: [LocatedTable] = []
  /// Keyed by the line of the section heading that holds them.
  var serviceSections: [Int: DocumentSection] = [:]
  var endpointSections: [Int: DocumentSection] = [:]
  /// Component rows whose dependency cells wait until every name is known.
  var pendingDependencies: [(Int, TableView.Cell?)] = []
  /// Table shapes already classified, by the schemas their headings name and their column headers.
  var classifications: [TableShape.Key: TableShape] = [:]
  /// Column bindings by table kind and headers: a contract repeats the same table hundreds of times.
  var bindings: [TableKind: [[String]: [String: Int]]] = [:]
  /// Which schemas (indexes into `TableSchema.all`) a heading's words name, by heading.
  var schemasNamed: [String: [Int]] = [:]
  /// The figures of SLA and rate-limit cells by their text: a large contract repeats a few of them.
  var figuresRead: [String: [Quantity]] = [:]
  /// Comma-separated cells split, by their text.
  var listsRead: [String: [String]] = [:]
  /// Every top-level table's view in document order, made beforehand on another thread; the walk,
  /// which meets them in that order, takes the next one. Nil: made as they are met.
  var preparedViews: [(TableView, Diagnostic?)]?
  var nextPreparedView = 0
  /// The placeholder markers outside tables, found beforehand; nil: found when scanned.
  var preparedMarkers: [(line: Int, column: Int, text: String)]?

  /// `QuantityParser.quantities(in:)`, once per text.
  mutating func figures(in text: String) -> [Quantity] {
    if let known = figuresRead[text] { return known }
    let read = QuantityParser.quantities(in: text)
    figuresRead[text] = read
    return read
  }

  /// With more than one job (and no readings to reuse), the section tree and the placeholder markers are made
  /// beside every table's view, and the relationship graph beside the element table: the walk itself,
  /// which tables and names depend on in order, stays on one thread.
  static func read(
    path: String, title: String, body: MarkdownDocument, text: String, readings: BlockReadings? = nil,
    jobs: Int = 1
  ) -> (InterfaceContract, [Diagnostic]) {
    var reader = InterfaceContractReader(
      path: path, text: text, readings: readings,
      contract: InterfaceContract(path: path, title: title))
    let tree: DocumentSection
    if jobs > 1 && readings == nil {
      let ((sections, markers), views) = Concurrently.run(jobs: jobs) {
        (DocumentSection.tree(of: body), placeholderMarkers(in: text, body: body))
      } _: {
        tableViews(in: body, file: path)
      }
      (tree, reader.preparedMarkers, reader.preparedViews) = (sections, markers, views)
    } else {
      tree = DocumentSection.tree(of: body, readings: readings)
    }
    reader.run(tree, body: body)
    let contract = reader.contract
    (reader.contract.relationships, reader.contract.elements) = Concurrently.run(jobs: jobs) {
      ContractGraph(contract)
    } _: {
      ElementTable(contract)
    }
    readings?.finish()
    let result = (reader.contract, reader.diagnostics)
    // The reader's tables and sections are a tree of many small values; freeing them took a tenth of
    // a serve rebuild at 1,000 components, so another thread does it while the build goes on.
    BackgroundRelease.release((reader, tree))
    return result
  }

  private mutating func run(_ root: DocumentSection, body: MarkdownDocument) {
    visit(root, ancestors: [])
    contract.isUnfilledTemplate =
      PlaceholderDetector.containsTemplateBracket(contract.title) && contract.status == nil
    scanPlaceholderMarkers(body)
    if contract.isUnfilledTemplate {
      diagnostics.append(
        Diagnostic(
          .note, rule: .interfaceUnfilledTemplate,
          message: "this is the unfilled interface template; its example rows are not read as contract",
          at: at(1, 1)))
      for table in tables { recordTemplateRows(table.view) }
      return
    }
    let first: [TableKind] = [.components, .externalSystems]
    for table in tables where first.contains(table.kind) { read(table) }
    resolveDependencies()
    createServicesAndEndpoints()
    for table in tables where !first.contains(table.kind) && table.kind != .performance { read(table) }
    inferOwnership()
    for table in tables where table.kind == .performance { read(table) }
    reportPlaceholders()
  }

  // MARK: Walking

  /// Every top-level table's view, in document order (what the walk meets, section by section).
  static func tableViews(in body: MarkdownDocument, file: String) -> [(TableView, Diagnostic?)] {
    body.blocks.compactMap { block in
      guard case .table(let table) = block else { return nil }
      return TableView(table, file: file).limited()
    }
  }

  private mutating func takePreparedView() -> (TableView, Diagnostic?)? {
    guard let views = preparedViews, nextPreparedView < views.count else { return nil }
    nextPreparedView += 1
    return views[nextPreparedView - 1]
  }

  private mutating func visit(_ section: DocumentSection, ancestors: [DocumentSection]) {
    let chain = ancestors + [section]
    readFields(of: section, chain: chain)
    let inExample = chain.contains { $0.title.lowercased().containsBytes("example") }
    for block in section.blocks {
      switch block {
      case .table(let table):
        let (view, cut) =
          takePreparedView() ?? readings?.view(of: table, file: path)
          ?? TableView(table, file: path).limited()
        if let cut { diagnostics.append(cut) }
        if inExample {
          recordExample(view, section: section)
        } else if let kind = classify(view, chain: chain) {
          tables.append(LocatedTable(kind: kind, view: view, sections: chain))
          noteContext(kind, chain: chain)
        } else {
          contract.unrecognizedTables.append(
            UnrecognizedTable(section: section.title, headers: view.headers, location: view.location))
        }
      case .codeBlock(let code) where code.language == "mermaid":
        recordDiagram(code, section: section, chain: chain)
      case .list(let list) where section.title.lowercased().containsBytes("finalization criteria"):
        readCriteria(list)
      default:
        break
      }
    }
    for child in section.children { visit(child, ancestors: chain) }
  }

  /// Picks the schema for a table: the nearest heading that names a template table decides among the
  /// schemas it names (most columns bound wins); a table lacking a column there is still read, with a
  /// warning. Without such a heading, the complete schema with the most columns bound.
  /// What kind of table `view` is, from its headings and its columns. Contracts repeat the same table
  /// under the same headings hundreds of times, so each shape is worked out once.
  private mutating func classify(_ view: TableView, chain: [DocumentSection]) -> TableKind? {
    // The headings count only through the schemas they name: "Billing Service Interface" names none.
    let named = chain.reversed().map { section -> [Int] in
      if let known = schemasNamed[section.title] { return known }
      let title = section.title.lowercased()
      let found = TableSchema.all.indices.filter { index in
        TableSchema.all[index].headingWords.contains { title.containsBytes($0) }
      }
      schemasNamed[section.title] = found
      return found
    }.filter { !$0.isEmpty }
    let key = TableShape.Key(named: named, headers: view.headers)
    let shape: TableShape
    if let known = classifications[key] {
      shape = known
    } else {
      shape = Self.shape(of: view, named: named)
      classifications[key] = shape
    }
    if let kind = shape.kind, !shape.missing.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, rule: .tablesMissingColumn,
          message: "the \(kind.rawValue) table has no \(shape.missing.joined(separator: ", ")) column",
          at: view.location, fix: "add the column the template has"))
    }
    return shape.kind
  }

  /// The table's kind and, when a heading named it but a required column is missing, those columns.
  /// `named` holds, nearest heading first, the schemas each heading names.
  private static func shape(of view: TableView, named: [[Int]]) -> TableShape {
    func usable(_ schema: TableSchema) -> (bound: Int, complete: Bool)? {
      let bound = view.binding(for: schema)
      let complete = view.missingRequired(schema).isEmpty
      guard let first = schema.columns.first, bound[first.key] != nil else { return nil }
      if complete || bound.count >= 2 || bound.count * 2 >= schema.columns.count {
        return (bound.count, complete)
      }
      return nil
    }
    for schemas in named {
      let scored = schemas.map { TableSchema.all[$0] }.compactMap { schema in
        usable(schema).map { (schema, $0) }
      }
      guard
        let best = scored.max(by: {
          ($0.1.bound, $0.1.complete ? 1 : 0) < ($1.1.bound, $1.1.complete ? 1 : 0)
        })
      else { continue }
      let missing = best.1.complete ? [] : view.missingRequired(best.0).map { "'\($0.displayName)'" }
      return TableShape(kind: best.0.kind, missing: missing)
    }
    let complete = TableSchema.all.filter { view.missingRequired($0).isEmpty }
    let widest = complete.max { view.binding(for: $0).count < view.binding(for: $1).count }
    return TableShape(kind: widest?.kind, missing: [])
  }

  /// Remembers which sections hold service interfaces and endpoints.
  private mutating func noteContext(_ kind: TableKind, chain: [DocumentSection]) {
    switch kind {
    case .operations, .dataContract:
      if let owner = owningSection(
        chain, skipping: ["operations", "operationstable", "datacontracts", "datacontract"])
      {
        serviceSections[owner.line] = owner
      }
    case .parameters, .responses:
      if let owner = owningSection(
        chain,
        skipping: ["requestformat", "responseformat", "request", "response", "parameters", "responses"])
      {
        endpointSections[owner.line] = owner
      }
    default:
      break
    }
  }

  func owningSection(_ chain: [DocumentSection], skipping titles: Set<String>) -> DocumentSection? {
    chain.last { !titles.contains(TextFolding.fold($0.title)) && $0.level > 0 }
  }

  private mutating func recordDiagram(_ code: CodeBlock, section: DocumentSection, chain: [DocumentSection]) {
    let firstWord = code.code.split(whereSeparator: \.isWhitespace).first {
      !$0.hasPrefix("%%") && $0 != "---"
    }
    let kind: DiagramSource.Kind
    switch firstWord.map({ $0.lowercased() }) {
    case "flowchart", "graph": kind = .flowchart
    case "sequencediagram": kind = .sequence
    default: kind = .other
    }
    let diagram = DiagramSource(
      kind: kind, code: code.code, section: section.title, location: at(code.firstCodeLine, 1))
    contract.diagrams.append(diagram)
    if kind == .sequence, contract.authenticationFlow == nil,
      chain.contains(where: { $0.title.lowercased().contains("authentication") })
    {
      contract.authenticationFlow = diagram
    }
  }

  private mutating func recordExample(_ view: TableView, section: DocumentSection) {
    contract.examples.append(
      InterfaceExample(
        title: section.title, fields: section.fields.values.reduce(into: [:]) { $0[$1.key] = $1.value },
        headers: view.headers, rows: view.rows.map { $0.map(\.text) }, location: view.location))
  }

  func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: path, line: line, column: column)
  }
}
