import FestivalModel
import Foundation
import SitePlan

/// Every named thing of one festival, in a stable order (by kind, then source order), and the things
/// grouped by name: a field called `id` in a hundred services is one entry of the index and one key for
/// mentions, so nothing grows with the square of the festival.
struct NameCatalog {
  private(set) var things: [NamedThing] = []
  /// Things sharing a name (compared in lowercase), in order of first appearance.
  private(set) var groups: [[Int]] = []
  /// Thing index -> its group.
  private(set) var groupOfThing: [Int] = []

  init(_ contract: InterfaceContract?, plan: FestivalPlan) {
    defer { groupByName() }
    guard let contract, !contract.isUnfilledTemplate else { return }
    let interfaces = plan.interfaces ?? plan.home
    func row(_ line: Int) -> String {
      plan.rowAnchors[line].map { interfaces + "#" + $0 } ?? interfaces
    }
    func add(
      _ name: String, _ kind: NamedThing.Kind, _ path: String, alias: String? = nil, context: String? = nil
    ) {
      // Names come trimmed from the model; Foundation's trimming of thousands of them showed in serve.
      let trimmed =
        name.first?.isWhitespace == false && name.last?.isWhitespace == false
        ? name : name.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty else { return }
      things.append(NamedThing(name: trimmed, kind: kind, definition: path, alias: alias, context: context))
    }
    for (index, component) in contract.components.enumerated() where index < plan.components.count {
      add(component.name, .component, plan.components[index])
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        add(operation.name, .operation, row(operation.location.line), context: service.name)
      }
      for field in service.dataContract {
        add(field.name, .field, row(field.location.line), context: service.name)
      }
    }
    for (index, endpoint) in contract.endpoints.enumerated() where index < plan.endpoints.count {
      let route = SitePlanner.endpointSlugText(endpoint)
      add(endpoint.name, .endpoint, plan.endpoints[index], alias: route == endpoint.name ? nil : route)
    }
    for (index, entity) in contract.entities.enumerated() where index < plan.entities.count {
      add(entity.name, .entity, plan.entities[index])
    }
    for (index, event) in contract.events.enumerated() where index < plan.events.count {
      add(event.name, .event, plan.events[index])
    }
    for (index, queue) in contract.queues.enumerated() where index < plan.queues.count {
      add(queue.name, .queue, plan.queues[index])
    }
    for (index, system) in contract.externalSystems.enumerated() where index < plan.externalSystems.count {
      add(system.name, .externalSystem, plan.externalSystems[index])
    }
    if let matrix = contract.authorization {
      for (index, role) in matrix.roles.enumerated() where index < plan.roles.count {
        add(role, .role, plan.roles[index])
      }
      for (index, row) in matrix.rows.enumerated() where index < plan.resources.count {
        add(row.resource, .resource, plan.resources[index])
      }
    }
    for error in contract.errors where !error.code.isEmpty {
      add(error.code, .errorCode, row(error.location.line), context: error.errorType)
    }
    for metric in contract.monitoring {
      add(metric.metricName, .metric, row(metric.location.line), context: metric.metricType)
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
