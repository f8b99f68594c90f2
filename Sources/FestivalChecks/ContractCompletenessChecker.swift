import Diagnostics
import FestivalModel

/// What a contract leaves open: components others depend on without an interface section, operations
/// without error cases, endpoints without an error response, events nobody hears, queues without a dead
/// letter strategy.
struct ContractCompletenessChecker: ContractChecker {
  func check(_ contract: InterfaceContract) -> [Diagnostic] {
    guard !contract.isUnfilledTemplate else { return [] }
    var found: [Diagnostic] = []
    let withInterface = Set(contract.serviceInterfaces.compactMap { $0.component?.target?.name })
    let depended = Set(
      contract.components.flatMap { $0.dependencies.compactMap(\.target) }.filter { $0.kind == .component }
        .map(\.name)
        + contract.protocolPairs.compactMap(\.to.target).filter { $0.kind == .component }.map(\.name))
    // A component nothing calls (a web or mobile client) offers no interface to document.
    for component in contract.components
    where depended.contains(component.name) && !withInterface.contains(component.name) {
      found.append(
        Diagnostic(
          .warning, rule: .contractComponentWithoutInterface,
          message: "'\(component.name)' is used by other components but has no service interface section",
          at: component.location, fix: "add a '#### \(component.name) Interface' section under Step 4"))
    }
    for service in contract.serviceInterfaces {
      for operation in service.operations where operation.errorCases.isEmpty {
        found.append(
          Diagnostic(
            .warning, rule: .contractOperationWithoutErrors,
            message: "operation '\(operation.name)' of \(service.name) lists no error cases",
            at: operation.location, fix: "name what can go wrong in the Error Cases column"))
      }
    }
    for endpoint in contract.endpoints
    where !endpoint.responses.contains(where: { ($0.statusCode ?? 0) >= 400 }) {
      found.append(
        Diagnostic(
          .warning, rule: .contractEndpointWithoutErrorResponse,
          message: "endpoint '\(endpoint.name)' documents no error response (4xx or 5xx)",
          at: endpoint.location, fix: "add the error responses to its Response Format table"))
    }
    for event in contract.events where event.subscribers.isEmpty {
      found.append(
        Diagnostic(
          .warning, rule: .contractEventWithoutSubscribers,
          message: "event '\(event.name)' has no subscribers",
          at: event.location, fix: "name the subscribers, or drop the event"))
    }
    for queue in contract.queues where TextEmptiness.isEmpty(queue.deadLetter) {
      found.append(
        Diagnostic(
          .warning, rule: .contractQueueWithoutDeadLetter,
          message: "queue '\(queue.name)' has no dead letter strategy",
          at: queue.location, fix: "say what happens to messages that keep failing"))
    }
    return found
  }
}
