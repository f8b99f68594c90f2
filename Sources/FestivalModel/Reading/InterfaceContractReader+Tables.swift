import Diagnostics
import Foundation

extension InterfaceContractReader {
  /// Reads one recognized table into the contract.
  mutating func read(_ table: LocatedTable) {
    var view = table.view
    guard let schema = TableSchema.all.first(where: { $0.kind == table.kind }) else { return }
    if let known = bindings[table.kind]?[view.headers] {
      view.columnIndex = known
    } else {
      view.columnIndex = view.binding(for: schema)
      bindings[table.kind, default: [:]][view.headers] = view.columnIndex
    }
    let rows = contentRows(view)
    switch table.kind {
    case .components: readComponents(view, rows)
    case .externalSystems: readExternalSystems(view, rows)
    case .protocolPairs: readProtocolPairs(view, rows)
    case .externalIntegrations: readIntegrations(view, rows)
    case .entities: readEntities(view, rows)
    case .consistency: readConsistency(view, rows)
    case .operations, .dataContract: readServiceTable(table, view, rows)
    case .parameters, .responses: readEndpointTable(table, view, rows)
    case .events: readEvents(view, rows)
    case .queues: readQueues(view, rows)
    case .authorization: readAuthorization(view, rows)
    case .security: readSecurity(view, rows)
    case .performance: readPerformance(view, rows)
    case .scalability: readScalability(view, rows)
    case .errors: readErrors(view, rows)
    case .monitoring: readMonitoring(view, rows)
    case .developmentStandards: contract.developmentStandards += guidelines(view, rows)
    case .testingStrategy: contract.testingStrategy += guidelines(view, rows)
    case .reviewChecklist: readChecklist(view, rows)
    case .signOff: readSignOffs(view, rows)
    }
  }

  private mutating func readComponents(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let name = view.text("name", in: row)
      resolver.add(name, as: .component)
      contract.components.append(
        Component(
          name: name, responsibility: view.text("responsibility", in: row),
          technology: list(view.text("technology", in: row)), dependencies: [],
          owner: view.text("owner", in: row).isEmpty ? nil : view.text("owner", in: row),
          extra: view.extra(in: row), location: view.rowLocation(row)))
    }
    // Dependencies may name later rows or external systems, so they resolve once all names are known.
    let offset = contract.components.count - rows.count
    for (index, row) in rows.enumerated() {
      pendingDependencies.append((offset + index, view.cell("dependencies", in: row)))
    }
  }

  mutating func resolveDependencies() {
    for (index, cell) in pendingDependencies {
      contract.components[index].dependencies = references(cell, context: "dependency")
    }
    pendingDependencies = []
  }

  private mutating func readExternalSystems(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let name = view.text("name", in: row)
      resolver.add(name, as: .externalSystem)
      contract.externalSystems.append(
        ExternalSystem(
          name: name, purpose: view.text("purpose", in: row), protocol: view.text("protocol", in: row),
          sla: view.text("sla", in: row),
          slaFigures: figures(in: view.text("sla", in: row)),
          extra: view.extra(in: row), location: view.rowLocation(row)))
    }
  }

  private mutating func readProtocolPairs(_ view: TableView, _ rows: [[TableView.Cell]]) {
    let separators: [(String, Bool)] = [
      ("↔", true), ("<->", true), ("<=>", true), ("⇄", true), ("⟷", true), ("→", false), ("->", false),
      ("=>", false), ("⟶", false),
    ]
    for row in rows {
      guard let cell = view.cell("pair", in: row) else { continue }
      guard let (separator, both) = separators.first(where: { cell.text.contains($0.0) }) else {
        flag("service pair", cell.text, at: cell.location, fix: "write 'A ↔ B' or 'A → B'")
        continue
      }
      let parts = cell.text.components(separatedBy: separator).map { $0.trimmingSpaces() }
      guard parts.count == 2 else {
        flag("service pair", cell.text, at: cell.location, fix: "name exactly two services")
        continue
      }
      contract.protocolPairs.append(
        ProtocolPair(
          written: cell.text, from: reference(parts[0], at: cell.location, context: "service pair end"),
          to: reference(parts[1], at: cell.location, context: "service pair end"), bidirectional: both,
          protocol: view.text("protocol", in: row), justification: view.text("justification", in: row),
          fallback: view.text("fallback", in: row), extra: view.extra(in: row),
          location: view.rowLocation(row)))
    }
  }

  private mutating func readIntegrations(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      guard let cell = view.cell("name", in: row) else { continue }
      let rateLimits = view.text("rateLimits", in: row)
      contract.externalIntegrations.append(
        ExternalIntegration(
          integration: reference(cell.text, at: cell.location, context: "integration"),
          protocol: view.text("protocol", in: row), authentication: view.text("authentication", in: row),
          rateLimits: rateLimits, rateLimitFigures: figures(in: rateLimits),
          errorHandling: view.text("errorHandling", in: row), extra: view.extra(in: row),
          location: view.rowLocation(row)))
    }
  }

  private mutating func readEntities(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let owner = ownerColumn(view, row)
      let relationships = view.text("relationships", in: row)
      contract.entities.append(
        DataEntity(
          name: view.text("name", in: row), purpose: view.text("purpose", in: row),
          storage: view.text("storage", in: row), relationships: self.relationships(relationships),
          relationshipsWritten: relationships, accessPatterns: list(view.text("accessPatterns", in: row)),
          owner: owner, extra: view.extra(in: row), location: view.rowLocation(row)))
    }
  }

  private mutating func readConsistency(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let cell = view.cell("level", in: row)
      let written = cell?.text ?? ""
      let level = ConsistencyLevel(rawValue: TextFolding.words(written).first ?? "")
      if level == nil, let cell, !written.isEmpty {
        flag("consistency level", written, at: cell.location, fix: "write Strong, Causal, Eventual or Weak")
      }
      contract.consistencyRules.append(
        ConsistencyRule(
          operation: view.text("operation", in: row), level: level, levelWritten: written,
          justification: view.text("justification", in: row), fallback: view.text("fallback", in: row),
          extra: view.extra(in: row), location: view.rowLocation(row)))
    }
  }
}
