import Diagnostics
import Foundation

/// Adding one fragment's elements: new ones appended, known ones completed, differences reported.
extension ContractMerger {
  mutating func add(_ fragment: InterfaceContract) {
    for component in fragment.components { add(component) }
    for system in fragment.externalSystems
    where !contract.externalSystems.contains(where: {
      Self.key($0.name) == Self.key(system.name)
    }) {
      contract.externalSystems.append(system)
    }
    for service in fragment.serviceInterfaces where !(service.name.isEmpty && service.component == nil) {
      add(service)
    }
    candidates += fragment.serviceInterfaces.filter { $0.name.isEmpty && $0.component == nil }
      .flatMap(\.operations)
    for endpoint in fragment.endpoints { add(endpoint) }
    for entity in fragment.entities { add(entity) }
    for event in fragment.events { add(event) }
    for queue in fragment.queues {
      if let known = queueIndex[Self.key(queue.name)] {
        note("queue", Self.key(queue.name), queue.location)
        if contract.queues[known].purpose.isEmpty { contract.queues[known].purpose = queue.purpose }
      } else {
        queueIndex[Self.key(queue.name)] = contract.queues.count
        contract.queues.append(queue)
      }
    }
    for error in fragment.errors { add(error) }
    // One matrix per contract: the template's, else the first a document writes.
    if contract.authorization == nil { contract.authorization = fragment.authorization }
    contract.diagrams += fragment.diagrams
    contract.examples += fragment.examples
  }

  private mutating func add(_ component: Component) {
    let key = Self.key(component.name)
    guard let known = Self.known(key, &componentIndex, &contract.components, component) else { return }
    note("component", key, component.location)
    var merged = contract.components[known]
    if merged.responsibility.isEmpty { merged.responsibility = component.responsibility }
    for technology in component.technology where !merged.technology.contains(technology) {
      merged.technology.append(technology)
    }
    let written = Set(merged.dependencies.map { Self.key($0.written) })
    merged.dependencies += component.dependencies.filter { !written.contains(Self.key($0.written)) }
    merged.namedOnly = merged.namedOnly && component.namedOnly
    for (key, value) in component.extra where merged.extra[key] == nil { merged.extra[key] = value }
    contract.components[known] = merged
  }

  mutating func add(_ service: ServiceInterface) {
    let key = serviceKey(service)
    guard let known = serviceIndex[key] else {
      serviceIndex[key] = contract.serviceInterfaces.count
      contract.serviceInterfaces.append(service)
      return
    }
    if contract.serviceInterfaces[known].purpose == nil {
      contract.serviceInterfaces[known].purpose = service.purpose
    }
    for operation in service.operations {
      let operations = contract.serviceInterfaces[known].operations
      guard let index = operations.firstIndex(where: { Self.key($0.name) == Self.key(operation.name) }) else {
        contract.serviceInterfaces[known].operations.append(operation)
        continue
      }
      contract.serviceInterfaces[known].operations[index] = merged(
        operations[index], operation, service: service.name)
    }
  }

  mutating func merged(_ first: Operation, _ second: Operation, service: String) -> Operation {
    var result = first
    let what = "operation '\(service).\(first.name)'"
    if !first.input.isEmpty, !second.input.isEmpty, Self.key(first.input) != Self.key(second.input) {
      conflict(what, first.location, second.location, "request '\(first.input)' against '\(second.input)'")
    } else if !first.output.isEmpty, !second.output.isEmpty, Self.key(first.output) != Self.key(second.output)
    {
      conflict(what, first.location, second.location, "response '\(first.output)' against '\(second.output)'")
    } else if let detail = Self.fieldDifference(first.requestFields, second.requestFields)
      ?? Self.fieldDifference(first.responseFields, second.responseFields)
    {
      conflict(what, first.location, second.location, detail)
    }
    if result.input.isEmpty { result.input = second.input }
    if result.output.isEmpty { result.output = second.output }
    if result.requestFields.isEmpty { result.requestFields = second.requestFields }
    if result.responseFields.isEmpty { result.responseFields = second.responseFields }
    if result.summary.isEmpty { result.summary = second.summary }
    result.alsoDefinedAt += [second.location] + second.alsoDefinedAt
    result.clientStreaming = result.clientStreaming || second.clientStreaming
    result.serverStreaming = result.serverStreaming || second.serverStreaming
    return result
  }

  /// A type as compared: folded, with the spellings of one type made one (`Integer`/`int`, `boolean`/`bool`,
  /// `[]T`/`T[]`/`array of T`/`repeated T`), so a table and a protobuf that agree are no conflict.
  static func typeKey(_ type: String) -> String {
    var text = type.lowercased().trimmingSpaces()
    var list = false
    for prefix in ["repeated ", "array of ", "list of ", "[]"] where text.hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
      list = true
    }
    for suffix in ["[]", "s list"] where text.hasSuffix(suffix) {
      text = String(text.dropLast(suffix.count))
      list = true
    }
    let aliases = [
      "integer": "int", "number": "int", "boolean": "bool", "str": "string", "text": "string",
      "google.protobuf.timestamp": "timestamp", "datetime": "timestamp",
    ]
    text = aliases[text] ?? text
    return (list ? "list:" : "") + key(text)
  }

  /// Whether two written types name one type: equal keys, or a bare `int` beside a sized one.
  static func sameType(_ first: String, _ second: String) -> Bool {
    let (a, b) = (typeKey(first), typeKey(second))
    if a == b || first.isEmpty || second.isEmpty { return true }
    let sized = ["int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64"]
    return (a == "int" && sized.contains(b)) || (b == "int" && sized.contains(a))
  }

  /// How two field lists differ, when both are written and they do: names and types compared.
  static func fieldDifference(_ first: [DataField], _ second: [DataField]) -> String? {
    guard !first.isEmpty, !second.isEmpty else { return nil }
    func signature(_ fields: [DataField]) -> [String: String] {
      Dictionary(fields.map { (key($0.name), $0.type) }, uniquingKeysWith: { a, _ in a })
    }
    let (a, b) = (signature(first), signature(second))
    let only = { (x: [String: String], y: [String: String], list: [DataField]) in
      list.filter { y[key($0.name)] == nil }.map(\.name)
    }
    let missing = only(a, b, first)
    let added = only(b, a, second)
    let retyped = first.filter { field in
      b[key(field.name)].map { !sameType(field.type, $0) } ?? false
    }.map(\.name)
    guard !missing.isEmpty || !added.isEmpty || !retyped.isEmpty else { return nil }
    var parts: [String] = []
    if !missing.isEmpty { parts.append("fields only in the first: " + missing.joined(separator: ", ")) }
    if !added.isEmpty { parts.append("fields only here: " + added.joined(separator: ", ")) }
    if !retyped.isEmpty { parts.append("types differ: " + retyped.joined(separator: ", ")) }
    return parts.joined(separator: "; ")
  }

  private mutating func add(_ endpoint: Endpoint) {
    let key = Self.routeKey(endpoint)
    guard let known = Self.known(key, &endpointIndex, &contract.endpoints, endpoint) else { return }
    note("endpoint", Self.routeKey(contract.endpoints[known]), endpoint.location)
    var result = contract.endpoints[known]
    let what = "endpoint '\(result.methodWritten) \(result.urlPattern)'"
    let asFields = { (parameters: [EndpointParameter]) in
      parameters.map {
        DataField(
          name: $0.name, type: $0.type, required: $0.required, requiredWritten: $0.requiredWritten,
          validation: "", defaultValue: nil, description: "", extra: [:], location: $0.location)
      }
    }
    if let detail = Self.fieldDifference(asFields(result.parameters), asFields(endpoint.parameters))
      ?? Self.fieldDifference(result.responseFields, endpoint.responseFields)
    {
      conflict(what, result.location, endpoint.location, detail)
    }
    if (result.purpose ?? "").isEmpty { result.purpose = endpoint.purpose }
    if result.owner == nil || (result.owner?.inferred == true && endpoint.owner?.inferred == false) {
      result.owner = endpoint.owner ?? result.owner
    }
    if result.parameters.isEmpty { result.parameters = endpoint.parameters }
    if result.responses.isEmpty { result.responses = endpoint.responses }
    if result.responseFields.isEmpty { result.responseFields = endpoint.responseFields }
    result.extra.merge(endpoint.extra) { first, _ in first }
    contract.endpoints[known] = result
  }
}
