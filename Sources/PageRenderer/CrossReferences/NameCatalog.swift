import Diagnostics
import FestivalModel
import Foundation
import SitePlan

/// Every named thing of one festival, in a stable order (by kind, then source order), and the things
/// grouped by name: a field called `id` in a hundred services is one entry of the index and one key for
/// mentions, so nothing grows with the square of the festival.
struct NameCatalog: Equatable {
  private(set) var things: [NamedThing] = []
  /// Things sharing a name (compared in lowercase), in order of first appearance.
  private(set) var groups: [[Int]] = []
  /// Thing index -> its group.
  private(set) var groupOfThing: [Int] = []

  init(_ contract: InterfaceContract?, plan: FestivalPlan) {
    defer { groupByName() }
    guard let contract, !contract.isUnfilledTemplate else { return }
    let interfaces = plan.interfaces ?? plan.home
    // A row is found in the document that defines it, at its anchor there.
    func row(_ location: SourceLocation) -> String {
      let page = plan.documents[location.file] ?? interfaces
      return plan.anchor(location.file, location.line).map { page + "#" + $0 } ?? page
    }
    func add(
      _ name: String, _ kind: NamedThing.Kind, _ path: String, alias: String? = nil, context: String? = nil
    ) {
      // Names come trimmed from the model; Foundation's trimming of thousands of them showed in serve.
      let trimmed =
        name.first?.isWhitespace == false && name.last?.isWhitespace == false
        ? name : name.trimmingSpaces()
      guard !trimmed.isEmpty else { return }
      things.append(NamedThing(name: trimmed, kind: kind, definition: path, alias: alias, context: context))
    }
    // Each element's page, found by its identity.
    func page(_ kind: ElementID.Kind, _ position: Int) -> String? {
      plan.page(of: contract.elements.id(kind, at: position))
    }
    for (index, component) in contract.components.enumerated() {
      if let path = page(.component, index) { add(component.name, .component, path) }
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        add(operation.name, .operation, row(operation.location), context: service.name)
      }
      for field in service.dataContract {
        add(field.name, .field, row(field.location), context: service.name)
      }
    }
    for (index, endpoint) in contract.endpoints.enumerated() {
      guard let path = page(.endpoint, index) else { continue }
      let route = SitePlanner.endpointSlugText(endpoint)
      add(endpoint.name, .endpoint, path, alias: route == endpoint.name ? nil : route)
    }
    for (index, entity) in contract.entities.enumerated() {
      if let path = page(.entity, index) { add(entity.name, .entity, path) }
      // A message's fields, defined where the message is written.
      for field in entity.fields { add(field.name, .field, row(field.location), context: entity.name) }
    }
    for (index, event) in contract.events.enumerated() {
      if let path = page(.event, index) { add(event.name, .event, path) }
    }
    for (index, queue) in contract.queues.enumerated() {
      if let path = page(.queue, index) { add(queue.name, .queue, path) }
    }
    for (index, system) in contract.externalSystems.enumerated() {
      if let path = page(.externalSystem, index) { add(system.name, .externalSystem, path) }
    }
    if let matrix = contract.authorization {
      for (index, role) in matrix.roles.enumerated() {
        if let path = page(.role, index) { add(role, .role, path) }
      }
      for (index, row) in matrix.rows.enumerated() {
        if let path = page(.resource, index) { add(row.resource, .resource, path) }
      }
    }
    for error in contract.errors where !error.code.isEmpty {
      add(error.code, .errorCode, row(error.location), context: error.errorType)
    }
    for metric in contract.monitoring {
      add(metric.metricName, .metric, row(metric.location), context: metric.metricType)
    }
  }

  /// A catalog of the given things (for tests).
  init(things: [NamedThing]) {
    self.things = things
    groupByName()
  }

  private mutating func groupByName() {
    var groupByName: [String: Int] = [:]
    for (index, thing) in things.enumerated() {
      let key = thing.name.lowercased()
      if let group = groupByName[key] {
        groups[group].append(index)
        groupOfThing.append(group)
      } else {
        groupByName[key] = groups.count
        groupOfThing.append(groups.count)
        groups.append([index])
      }
    }
  }
}
