import FestivalModel

/// Stable ids for the rows reviewers link to: `op-`, `field-`, `param-`, `response-`, `event-`, `queue-`,
/// `error-` and `metric-`, plus `component-`, `system-` and `entity-`. Keyed by the row's source line in
/// the interface document, so the document renderer can put them on the rows it draws.
enum RowAnchors {
  static func assign(_ contract: InterfaceContract) -> [Int: String] {
    var registry = SlugRegistry()
    var anchors: [Int: String] = [:]
    func add(_ line: Int, _ text: String) {
      guard anchors[line] == nil else { return }
      anchors[line] = registry.claim(text)
    }
    for component in contract.components { add(component.location.line, "component \(component.name)") }
    for system in contract.externalSystems { add(system.location.line, "system \(system.name)") }
    for entity in contract.entities { add(entity.location.line, "entity \(entity.name)") }
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        add(operation.location.line, "op \(service.name) \(operation.name)")
      }
      for field in service.dataContract { add(field.location.line, "field \(service.name) \(field.name)") }
    }
    for endpoint in contract.endpoints {
      let name = SitePlanner.endpointSlugText(endpoint)
      for parameter in endpoint.parameters { add(parameter.location.line, "param \(name) \(parameter.name)") }
      for response in endpoint.responses {
        add(response.location.line, "response \(name) \(response.statusWritten)")
      }
    }
    for event in contract.events { add(event.location.line, "event \(event.name)") }
    for queue in contract.queues { add(queue.location.line, "queue \(queue.name)") }
    for error in contract.errors {
      add(error.location.line, "error \(error.code.isEmpty ? error.errorType : error.code)")
    }
    for metric in contract.monitoring { add(metric.location.line, "metric \(metric.metricName)") }
    return anchors
  }
}
