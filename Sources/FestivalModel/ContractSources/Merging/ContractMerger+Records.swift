import Diagnostics

/// Merging data elements, events and errors.
extension ContractMerger {
  mutating func add(_ entity: DataEntity) {
    let key = Self.key(entity.name)
    guard let known = Self.known(key, &entityIndex, &contract.entities, entity) else { return }
    note("entity", key, entity.location)
    var result = contract.entities[known]
    if let detail = Self.fieldDifference(result.fields, entity.fields) {
      conflict("'\(result.name)'", result.location, entity.location, detail)
    }
    if result.fields.isEmpty { result.fields = entity.fields }
    if result.values.isEmpty { result.values = entity.values }
    if result.purpose.isEmpty { result.purpose = entity.purpose }
    if result.owner == nil { result.owner = entity.owner }
    if result.group == nil { result.group = entity.group }
    if result.package == nil { result.package = entity.package }
    // A message found in protobuf or a field table says more than a mention in a schema list.
    if result.form == .schema && entity.form != .schema { result.form = entity.form }
    let users = Set(result.usedBy.map { Self.key($0.written) })
    result.usedBy += entity.usedBy.filter { !users.contains(Self.key($0.written)) }
    contract.entities[known] = result
  }

  mutating func add(_ event: EventContract) {
    let key = Self.key(event.name)
    guard let known = Self.known(key, &eventIndex, &contract.events, event) else { return }
    note("event", key, event.location)
    var result = contract.events[known]
    if let first = result.publisher, let second = event.publisher,
      Self.key(first.written) != Self.key(second.written),
      Self.key(first.target?.name ?? "") != Self.key(second.written)
    {
      conflict(
        "event '\(result.name)'", result.location, event.location,
        "published by '\(first.written)' against '\(second.written)'")
    }
    if result.publisher == nil { result.publisher = event.publisher }
    let subscribers = Set(result.subscribers.map { Self.key($0.target?.name ?? $0.written) })
    result.subscribers += event.subscribers.filter { !subscribers.contains(Self.key($0.written)) }
    if result.payload.isEmpty { result.payload = event.payload }
    if result.trigger.isEmpty { result.trigger = event.trigger }
    if result.owner == nil { result.owner = event.owner }
    contract.events[known] = result
  }

  mutating func add(_ error: ErrorStandard) {
    let key = Self.errorKey(error)
    guard !key.isEmpty else { return }
    guard let known = Self.known(key, &errorIndex, &contract.errors, error) else { return }
    var result = contract.errors[known]
    if let first = result.httpStatus, let second = error.httpStatus, first != second {
      conflict(
        "error '\(error.code.isEmpty ? error.errorType : error.code)'", result.location, error.location,
        "HTTP status \(first) against \(second)")
    }
    if result.httpStatus == nil { result.httpStatus = error.httpStatus }
    if result.errorType.isEmpty { result.errorType = error.errorType }
    contract.errors[known] = result
  }
}
