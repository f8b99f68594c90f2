import Diagnostics
import FestivalModel

/// Stable ids for the rows reviewers link to: `op-`, `field-`, `param-`, `response-`, `event-`, `queue-`,
/// `error-` and `metric-`, plus `component-`, `system-` and `entity-`. Keyed by the row's file and line, so the document renderer can put them on the rows it draws.
enum RowAnchors {
  /// The anchors of `requests`, in their order: the first request of a line gives its anchor, and its
  /// text is slugged only then.
  static func assign(_ requests: [AnchorRequest]) -> [String: [Int: String]] {
    var registry = SlugRegistry()
    var anchors = ByFile()
    for request in requests {
      anchors.claim(request.location) { registry.claim(request.text) }
    }
    return anchors.all
  }

  /// Every row that asks for an anchor, in the order anchors are claimed. The plan's anchors depend on
  /// nothing else of the contract, which lets a preview keep them while only the rows' text changes.
  static func requests(_ contract: InterfaceContract) -> [AnchorRequest] {
    var requests: [AnchorRequest] = []
    for system in contract.externalSystems { requests.append(.init(system.location, "system", system.name)) }
    for entity in contract.entities {
      requests.append(.init(entity.location, "entity", entity.name))
      for field in entity.fields { requests.append(.init(field.location, "field", entity.name, field.name)) }
    }
    requestOperations(contract, into: &requests)
    requestEndpoints(contract, into: &requests)
    for event in contract.events { requests.append(.init(event.location, "event", event.name)) }
    for queue in contract.queues { requests.append(.init(queue.location, "queue", queue.name)) }
    for error in contract.errors {
      requests.append(.init(error.location, "error", error.code.isEmpty ? error.errorType : error.code))
    }
    for metric in contract.monitoring { requests.append(.init(metric.location, "metric", metric.metricName)) }
    // A component a table only names shares its line with what named it: that element keeps the line.
    for component in contract.components {
      requests.append(.init(component.location, "component", component.name))
    }
    // The other places an element is defined, so each "defined at" link lands on its line.
    for kind in ElementID.Kind.allCases {
      for id in contract.elements.all(kind) {
        let sites = contract.sites(of: id)
        guard sites.count > 1, let position = contract.elements.position(of: id) else { continue }
        let name = Self.name(kind, position, in: contract) ?? id.key
        for site in sites.dropFirst() { requests.append(.init(site, kind.rawValue, name)) }
      }
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        for site in operation.alsoDefinedAt {
          requests.append(.init(site, "op", service.name, operation.name))
        }
      }
    }
    return requests
  }

  private static func requestOperations(_ contract: InterfaceContract, into requests: inout [AnchorRequest]) {
    for service in contract.serviceInterfaces {
      for operation in service.operations {
        requests.append(.init(operation.location, "op", service.name, operation.name))
        for field in operation.requestFields + operation.responseFields {
          requests.append(.init(field.location, "field", operation.name, field.name))
        }
      }
      for field in service.dataContract {
        requests.append(.init(field.location, "field", service.name, field.name))
      }
    }
  }

  private static func requestEndpoints(_ contract: InterfaceContract, into requests: inout [AnchorRequest]) {
    for endpoint in contract.endpoints {
      let name = SitePlanner.endpointSlugText(endpoint)
      requests.append(.init(endpoint.location, "endpoint", name))
      for field in endpoint.responseFields {
        requests.append(.init(field.location, "field", name, field.name))
      }
      for parameter in endpoint.parameters {
        requests.append(.init(parameter.location, "param", name, parameter.name))
      }
      for response in endpoint.responses {
        requests.append(.init(response.location, "response", name, response.statusWritten))
      }
    }
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
