import Diagnostics
import FestivalModel

/// Stable ids for the rows reviewers link to: `op-`, `field-`, `param-`, `response-`, `event-`, `queue-`,
/// `error-` and `metric-`, plus `component-`, `system-` and `entity-`. Keyed by the row's file and line, so the document renderer can put them on the rows it draws.
enum RowAnchors {
  static func assign(_ contract: InterfaceContract) -> [String: [Int: String]] {
    var registry = SlugRegistry()
    var anchors = ByFile()
    // The text is made only for a line without an anchor yet.
    func add(_ location: SourceLocation, _ text: @autoclosure () -> String) {
      anchors.claim(location) { registry.claim(text()) }
    }
    for system in contract.externalSystems { add(system.location, "system \(system.name)") }
    for entity in contract.entities {
      add(entity.location, "entity \(entity.name)")
      for field in entity.fields { add(field.location, "field \(entity.name) \(field.name)") }
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        add(operation.location, "op \(service.name) \(operation.name)")
        for field in operation.requestFields + operation.responseFields {
          add(field.location, "field \(operation.name) \(field.name)")
        }
      }
      for field in service.dataContract { add(field.location, "field \(service.name) \(field.name)") }
    }
    for endpoint in contract.endpoints {
      let name = SitePlanner.endpointSlugText(endpoint)
      add(endpoint.location, "endpoint \(name)")
      for field in endpoint.responseFields { add(field.location, "field \(name) \(field.name)") }
      for parameter in endpoint.parameters { add(parameter.location, "param \(name) \(parameter.name)") }
      for response in endpoint.responses {
        add(response.location, "response \(name) \(response.statusWritten)")
      }
    }
    for event in contract.events { add(event.location, "event \(event.name)") }
    for queue in contract.queues { add(queue.location, "queue \(queue.name)") }
    for error in contract.errors {
      add(error.location, "error \(error.code.isEmpty ? error.errorType : error.code)")
    }
    for metric in contract.monitoring { add(metric.location, "metric \(metric.metricName)") }
    // A component a table only names shares its line with what named it: that element keeps the line.
    for component in contract.components { add(component.location, "component \(component.name)") }
    // The other places an element is defined, so each "defined at" link lands on its line.
    for kind in ElementID.Kind.allCases {
      for id in contract.elements.all(kind) {
        guard let position = contract.elements.position(of: id) else { continue }
        let name = Self.name(kind, position, in: contract) ?? id.key
        for site in contract.sites(of: id).dropFirst() { add(site, "\(kind.rawValue) \(name)") }
      }
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        for site in operation.alsoDefinedAt { add(site, "op \(service.name) \(operation.name)") }
      }
    }
    return anchors.all
  }

  /// Anchors by file and line. Nearly every row of a contract comes from one file, so that file's lines
  /// are held apart: a long path is not hashed again for each of thousands of rows.
  struct ByFile {
    private var done: [String: [Int: String]] = [:]
    private var file: String?
    private var lines: [Int: String] = [:]

    mutating func claim(_ location: SourceLocation, _ make: () -> String) {
      if location.file != file {
        if let file { done[file] = lines }
        lines = done.removeValue(forKey: location.file) ?? [:]
        file = location.file
      }
      guard lines[location.line] == nil else { return }
      lines[location.line] = make()
    }

    var all: [String: [Int: String]] {
      var result = done
      if let file { result[file] = lines }
      return result
    }
  }

  /// The name an element's anchors are made from.
  static func name(_ kind: ElementID.Kind, _ position: Int, in contract: InterfaceContract) -> String? {
    switch kind {
    case .component: contract.components[position].name
    case .endpoint: SitePlanner.endpointSlugText(contract.endpoints[position])
    case .entity: contract.entities[position].name
    case .event: contract.events[position].name
    case .queue: contract.queues[position].name
    case .externalSystem: contract.externalSystems[position].name
    case .role, .resource: nil
    }
  }
}
