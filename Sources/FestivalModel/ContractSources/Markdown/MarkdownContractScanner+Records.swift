import Diagnostics

/// Event, queue, error, schema and field tables.
extension MarkdownContractScanner {
  func reference(_ name: String, _ location: SourceLocation) -> NameReference {
    NameReference(written: name, target: nil, match: .unresolved, location: location)
  }

  mutating func readEvents(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    for row in view.rows {
      let name = Self.cleanName(cell(row, columns.column(.event) ?? columns.column(.topic)))
      guard !Self.isEmptyCell(name) else { continue }
      let location = view.rowLocation(row)
      let publisher = Self.names(in: cell(row, columns.column(.publisher))).first
      var event = EventContract(
        name: name, publisher: publisher.map { reference($0, location) },
        subscribers: Self.names(in: cell(row, columns.column(.subscribers))).map { reference($0, location) },
        trigger: cell(row, columns.column(.trigger)), payload: cell(row, columns.column(.payload)),
        deliveryGuarantee: nil, guaranteeWritten: "",
        owner: publisher.map { Ownership(component: $0, inferred: false, basis: "its publisher") }
          ?? context.owner,
        extra: extra(row, columns, used: [.event, .publisher, .subscribers, .trigger, .payload]),
        location: location)
      if columns.has(.topic), columns.column(.topic) != columns.column(.event) {
        event.extra["Topic"] = cell(row, columns.column(.topic))
      }
      contract.events.append(event)
    }
  }

  mutating func readQueues(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    for row in view.rows {
      let name = Self.cleanName(cell(row, columns.column(.topic)))
      guard !Self.isEmptyCell(name) else { continue }
      let consumers = Self.names(in: cell(row, columns.column(.subscribers)))
      let producer = Self.names(in: cell(row, columns.column(.publisher))).first
      contract.queues.append(
        MessageQueue(
          name: name, purpose: cell(row, columns.column(.description)),
          messageFormat: cell(row, columns.column(.payload)).isEmpty
            ? cell(row, columns.column(.event)) : cell(row, columns.column(.payload)),
          consumers: consumers.joined(separator: ", "),
          consumerCount: consumers.isEmpty ? nil : consumers.count,
          deadLetter: cell(row, columns.column(.deadLetter)),
          owner: producer.map { Ownership(component: $0, inferred: false, basis: "its producer") }
            ?? context.owner,
          extra: extra(
            row, columns, used: [.topic, .description, .payload, .subscribers, .publisher, .deadLetter]),
          location: view.rowLocation(row)))
    }
  }

  mutating func readErrors(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    let first = contract.errors.count
    defer { attachErrors(from: first, context: context) }
    for row in view.rows {
      let code = Self.cleanName(cell(row, columns.column(.code)))
      guard !Self.isEmptyCell(code) else { continue }
      let statusWritten = cell(row, columns.column(.httpStatus))
      var meaning = cell(row, columns.column(.meaning))
      if columns.column(.meaning) == columns.column(.code) { meaning = "" }
      contract.errors.append(
        ErrorStandard(
          errorType: meaning, httpStatus: Self.httpStatus(statusWritten), statusWritten: statusWritten,
          code: code, responseFormat: "", userAction: "",
          extra: extra(row, columns, used: [.code, .httpStatus, .meaning]), location: view.rowLocation(row)))
    }
  }

  static func httpStatus(_ text: String) -> Int? {
    let digits = text.prefix { $0.isNumber }
    guard digits.count == 3, let value = Int(digits), (100...599).contains(value) else { return nil }
    return value
  }

  mutating func readSchemas(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    let group = context.headings.isEmpty ? nil : Self.groupName(view, context: context)
    for row in view.rows {
      let written = Self.cleanName(cell(row, columns.column(.schema)))
      guard !Self.isEmptyCell(written) else { continue }
      let location = view.rowLocation(row)
      var name = written
      for suffix in [".json", ".yaml", ".yml", ".avsc", ".proto", ".xsd"]
      where name.lowercased().hasSuffix(suffix) {
        name = String(name.dropLast(suffix.count))
      }
      let purpose = cell(row, columns.column(.description) ?? columns.column(.responsibility))
      var entity = ProtobufContractReader.data(name, .schema, comment: purpose, package: nil, at: location)
      entity.group = group
      entity.owner = context.owner
      let users = [columns.column(.usedBy), columns.column(.publisher), columns.column(.subscribers)]
        .compactMap { $0 }.flatMap { Self.names(in: cell(row, $0)) }
      entity.usedBy = users.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        .map { reference($0, location) }
      entity.extra = extra(row, columns, used: [.schema, .description, .responsibility, .usedBy])
      if name != written { entity.extra["File"] = written }
      contract.entities.append(entity)
      if messages[fold(name)] == nil { messages[fold(name)] = contract.entities.count - 1 }
    }
  }

  /// The heading above a schema table without its count: "Aegis Fabric (7 schemas)" -> "Aegis Fabric".
  static func groupName(_ view: TableView, context: SourceContext) -> String? {
    guard let heading = context.headingTitles.last else { return nil }
    var name = heading
    if let open = name.lastIndex(of: "("), name.hasSuffix(")") { name = String(name[..<open]) }
    name = name.trimmingSpaces()
    return name.isEmpty ? nil : name
  }

  mutating func readFields(_ view: TableView, _ columns: SourceColumns, context: SourceContext) {
    let fields = view.rows.compactMap { row -> DataField? in
      let name = Self.cleanName(cell(row, columns.column(.name)))
      guard !Self.isEmptyCell(name) else { return nil }
      let requiredWritten = cell(row, columns.column(.required))
      var description = cell(row, columns.column(.description))
      if columns.column(.description) == columns.column(.name) { description = "" }
      return DataField(
        name: name, type: Self.cleanName(cell(row, columns.column(.type))),
        required: Self.required(
          requiredWritten, header: columns.column(.required).map { columns.headers[$0] }),
        requiredWritten: requiredWritten, validation: "",
        defaultValue: columns.has(.defaultValue) ? cell(row, columns.column(.defaultValue)) : nil,
        description: description,
        extra: extra(row, columns, used: [.name, .type, .required, .description, .defaultValue, .placement]),
        location: view.rowLocation(row))
    }
    guard !fields.isEmpty else { return }
    attach(fields, placements: view.rows.map { cell($0, columns.column(.placement)) }, context: context)
  }

  /// yes / no / true / false / ✓ / required / optional; "Optional" as the header turns the answer over.
  static func required(_ text: String, header: String?) -> Bool? {
    let folded = TextFolding.fold(text)
    var answer: Bool?
    if ["yes", "y", "true", "required", "req", "mandatory", "x"].contains(folded) || text.contains("✓")
      || text.contains("✔")
    {
      answer = true
    } else if ["no", "n", "false", "optional", "opt"].contains(folded) || folded.isEmpty && text.contains("✗")
    {
      answer = false
    }
    if let value = answer, header.map(TextFolding.fold) == "optional" { return !value }
    return answer
  }
}
