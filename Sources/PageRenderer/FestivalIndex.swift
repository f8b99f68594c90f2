import FestivalModel
import SitePlan

/// Look-ups by folded name for one festival's contract, built once per build rather than once per page:
/// names to elements, and the reverse relations component pages show (what it owns, who uses it).
struct FestivalIndex: Sendable {
  var components: [String: Int] = [:]
  var systems: [String: Int] = [:]
  var events: [String: Int] = [:]
  var endpoints: [String: Int] = [:]
  /// Folded component key -> indexes of what it owns or appears in.
  var endpointsByOwner: [String: [Int]] = [:]
  var entitiesByOwner: [String: [Int]] = [:]
  var queuesByOwner: [String: [Int]] = [:]
  var eventsByPublisher: [String: [Int]] = [:]
  var eventsBySubscriber: [String: [Int]] = [:]
  var servicesByComponent: [String: [Int]] = [:]
  var performanceBySubject: [String: [Int]] = [:]
  var scalabilityByComponent: [String: [Int]] = [:]
  /// External system key -> the components that depend on it, each once, in contract order.
  var systemUsers: [String: [Int]] = [:]
  /// External system key -> its first row in the integration table.
  var integrations: [String: Int] = [:]
  /// Component key -> components that depend on it; and its own dependencies' keys.
  var dependents: [String: [Int]] = [:]
  var dependencies: [String: [String]] = [:]
  /// Protocol pairs by their ends' keys.
  var pairsFrom: [String: [Int]] = [:]
  var pairsTo: [String: [Int]] = [:]
  /// Authorization rows by the stem of their resource (`Shipments` and `Shipment` alike).
  var resourcesByStem: [String: [Int]] = [:]
  /// Entity stem -> the first entity of that name.
  var entitiesByStem: [String: Int] = [:]
  /// Folded names in contract order.
  var componentKeys: [String] = []
  var systemKeys: [String] = []
  /// "from\0to" -> protocol (both orders for two-way pairs, the first pair written winning).
  var protocols: [String: String] = [:]
  /// Folded component name -> its page (the last component written under a name wins).
  var componentPages: [String: String] = [:]
  /// Entity stem -> its page (the first entity of that stem).
  var entityPages: [String: String] = [:]
  /// The authorization matrix's anomalies, found once for the grid and every role and resource page.
  var authorizationAnomalies: [AuthorizationAnomaly] = []
  /// Content path -> the elements defined there, for document pages and the review dashboard.
  var elementsByFile: [String: [DefinedElement]] = [:]
  /// Folded message name -> the rpcs that take or return it (service, operation, "request" or
  /// "response") and the events whose payload names it first.
  var messageUses: [String: [(service: Int, operation: Int, role: String)]] = [:]
  var payloadEvents: [String: [Int]] = [:]
  /// The entity pages' section title: "Entities" when every one is an entity, else "Data contracts";
  /// worked out once, not on each of thousands of entity pages.
  var entitiesTitle = "Entities"
  /// Each distinct authorization cell's HTML, once drawn.
  let authorizationCells = AuthorizationCellCache()

  init(_ contract: InterfaceContract?, plan: FestivalPlan? = nil) {
    guard let contract else { return }
    authorizationAnomalies = contract.authorization?.anomalies ?? []
    if let plan {
      for (component, page) in zip(contract.components, plan.pages(.component, in: contract.elements)) {
        if let page { componentPages[Fold.key(component.name)] = page }
      }
      for (entity, page) in zip(contract.entities, plan.pages(.entity, in: contract.elements)) {
        if let page, entityPages[Fold.stem(entity.name)] == nil { entityPages[Fold.stem(entity.name)] = page }
      }
    }
    indexComponentsAndSystems(contract)
    indexEventsAndEndpoints(contract)
    indexOwnedElements(contract)
    indexRows(contract)
    indexProtocols(contract)
    elementsByFile = DefinedElement.byFile(contract)
    indexMessageUses(contract)
    entitiesTitle = contract.entities.allSatisfy { $0.form == .entity } ? "Entities" : "Data contracts"
  }

  private static func target(_ reference: NameReference?) -> String? {
    reference?.target.map { Fold.key($0.name) }
  }

  private static func componentTarget(_ reference: NameReference?) -> String? {
    reference?.target?.kind == .component ? target(reference) : nil
  }

  /// Components and external systems by name; who depends on whom; who integrates which system.
  private mutating func indexComponentsAndSystems(_ contract: InterfaceContract) {
    componentKeys = contract.components.map { Fold.key($0.name) }
    systemKeys = contract.externalSystems.map { Fold.key($0.name) }
    for (index, key) in componentKeys.enumerated() where components[key] == nil { components[key] = index }
    // Relationships come from the contract's one graph, as the reader resolved them.
    let graph = contract.relationships
    for edge in graph.edges where edge.kind == .dependsOn && !edge.byWrittenName {
      let key = componentKeys[edge.from.index]
      let dependencyKey = graph.key(edge.to)
      dependencies[key, default: []].append(dependencyKey)
      if edge.to.kind == .component { dependents[dependencyKey, default: []].append(edge.from.index) }
      if edge.to.kind == .externalSystem, systemUsers[dependencyKey]?.last != edge.from.index {
        systemUsers[dependencyKey, default: []].append(edge.from.index)
      }
    }
    for (index, system) in contract.externalSystems.enumerated() where systems[Fold.key(system.name)] == nil {
      systems[Fold.key(system.name)] = index
    }
    for (index, integration) in contract.externalIntegrations.enumerated() {
      let key = Fold.key(integration.integration.target?.name ?? integration.integration.written)
      if integrations[key] == nil { integrations[key] = index }
    }
  }

  /// Events by name, publisher and subscriber; endpoints by name and by method and path.
  private mutating func indexEventsAndEndpoints(_ contract: InterfaceContract) {
    let graph = contract.relationships
    for (index, event) in contract.events.enumerated() {
      if events[Fold.key(event.name)] == nil { events[Fold.key(event.name)] = index }
      let node = ContractGraph.Node(kind: .event, index: index)
      let byComponents = graph.edges(to: node).filter { !$0.byWrittenName && $0.from.kind == .component }
      if let publisher = byComponents.first(where: { $0.kind == .publishes }) {
        eventsByPublisher[graph.key(publisher.from), default: []].append(index)
      }
      for subscriber in Set(byComponents.filter { $0.kind == .subscribes }.map { graph.key($0.from) })
        .sorted()
      {
        eventsBySubscriber[subscriber, default: []].append(index)
      }
    }
    for (index, endpoint) in contract.endpoints.enumerated() {
      for key in [
        Fold.key(endpoint.name), Fold.key("\(endpoint.method?.rawValue ?? "") \(endpoint.urlPattern)"),
      ]
      where endpoints[key] == nil {
        endpoints[key] = index
      }
      if let owner = endpoint.owner { endpointsByOwner[Fold.key(owner.component), default: []].append(index) }
    }
  }

  /// Endpoints', entities', queues' and service interfaces' owning components; entities by stem.
  private mutating func indexOwnedElements(_ contract: InterfaceContract) {
    for (index, entity) in contract.entities.enumerated() {
      if let owner = entity.owner { entitiesByOwner[Fold.key(owner.component), default: []].append(index) }
    }
    for (index, queue) in contract.queues.enumerated() {
      if let owner = queue.owner { queuesByOwner[Fold.key(owner.component), default: []].append(index) }
    }
    for (index, service) in contract.serviceInterfaces.enumerated() {
      if let component = Self.componentTarget(service.component) {
        servicesByComponent[component, default: []].append(index)
      }
    }
    for (index, entity) in contract.entities.enumerated() where entitiesByStem[Fold.stem(entity.name)] == nil
    {
      entitiesByStem[Fold.stem(entity.name)] = index
    }
  }

  /// Performance and scalability rows by subject; authorization rows by resource stem.
  private mutating func indexRows(_ contract: InterfaceContract) {
    for (index, row) in contract.performance.enumerated() {
      if let subject = Self.target(row.subject) { performanceBySubject[subject, default: []].append(index) }
    }
    for (index, row) in contract.scalability.enumerated() {
      if let component = Self.componentTarget(row.component) {
        scalabilityByComponent[component, default: []].append(index)
      }
    }
    for (index, row) in (contract.authorization?.rows ?? []).enumerated() {
      resourcesByStem[Fold.stem(row.resource), default: []].append(index)
    }
  }

  /// Protocol pairs from and to each name, and the protocol between two names (both ways if bidirectional).
  private mutating func indexProtocols(_ contract: InterfaceContract) {
    for (index, pair) in contract.protocolPairs.enumerated() {
      let from = Fold.key(pair.from.target?.name ?? pair.from.written)
      let to = Fold.key(pair.to.target?.name ?? pair.to.written)
      pairsFrom[from, default: []].append(index)
      pairsTo[to, default: []].append(index)
      if protocols[from + "\u{0}" + to] == nil { protocols[from + "\u{0}" + to] = pair.protocol }
      if pair.bidirectional && protocols[to + "\u{0}" + from] == nil {
        protocols[to + "\u{0}" + from] = pair.protocol
      }
    }
  }

  private mutating func indexMessageUses(_ contract: InterfaceContract) {
    for (s, service) in contract.serviceInterfaces.enumerated() {
      for (o, operation) in service.operations.enumerated() {
        for (name, role) in [(operation.input, "request"), (operation.output, "response")] where !name.isEmpty
        {
          messageUses[Fold.key(name), default: []].append((s, o, role))
        }
      }
    }
    for (index, event) in contract.events.enumerated() {
      let whole = Fold.key(event.payload)
      let first = event.payload.split(separator: " ").first.map { Fold.key(String($0)) }
      payloadEvents[whole, default: []].append(index)
      if let first, first != whole { payloadEvents[first, default: []].append(index) }
    }
  }
}
