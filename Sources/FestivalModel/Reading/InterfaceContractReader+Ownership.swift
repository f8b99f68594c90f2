import Diagnostics
import Foundation

extension InterfaceContractReader {
  /// Fills in owners nobody wrote down: an event's publisher, a queue whose purpose or name names a
  /// component, an endpoint inside a service interface section or named like one of its operations.
  mutating func inferOwnership() {
    let components = contract.components.map(\.name)
    let names = ComponentNameIndex(components)
    var serviceByOperation: [String: ServiceInterface] = [:]
    for service in contract.serviceInterfaces {
      for operation in service.operations where serviceByOperation[TextFolding.fold(operation.name)] == nil {
        serviceByOperation[TextFolding.fold(operation.name)] = service
      }
    }
    for index in contract.events.indices where contract.events[index].owner == nil {
      if let target = contract.events[index].publisher?.target, target.kind == .component {
        contract.events[index].owner = Ownership(component: target.name, inferred: true, basis: "publisher")
      }
    }
    for index in contract.queues.indices where contract.queues[index].owner == nil {
      let queue = contract.queues[index]
      if let name = names.uniqueMention(in: queue.purpose) {
        contract.queues[index].owner = Ownership(component: name, inferred: true, basis: "purpose")
      } else if let prefix = queue.name.split(whereSeparator: { ".-_/".contains($0) }).first,
        let name = names.uniqueWordMatch(String(prefix))
      {
        contract.queues[index].owner = Ownership(component: name, inferred: true, basis: "queue name")
      }
    }
    for index in contract.endpoints.indices where contract.endpoints[index].owner == nil {
      let endpoint = contract.endpoints[index]
      let byOperation = serviceByOperation[TextFolding.fold(endpoint.name)]
      if let service = byOperation, let target = service.component?.target {
        contract.endpoints[index].owner = Ownership(
          component: target.name, inferred: true, basis: "operation name")
      } else if let segment = endpoint.urlPattern.split(separator: "/").first(where: {
        !$0.hasPrefix("{") && !$0.hasPrefix(":") && !["api", "v1", "v2", "v3"].contains($0.lowercased())
      }),
        let name = names.uniqueWordMatch(String(segment))
      {
        contract.endpoints[index].owner = Ownership(component: name, inferred: true, basis: "path")
      }
    }
    for name in components { resolver.add(name, as: .component) }
    for endpoint in contract.endpoints {
      resolver.add(endpoint.name, as: .endpoint)
      if let method = endpoint.method, !endpoint.urlPattern.isEmpty {
        resolver.add("\(method.rawValue) \(endpoint.urlPattern)", as: .endpoint)
      }
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations { resolver.add(operation.name, as: .operation) }
    }
  }
}
