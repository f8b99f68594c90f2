import FestivalModel

extension DependencyGraph {
  /// An entity reaches the operations, endpoints and events that carry it (name it in their input,
  /// output, fields, responses or payload), then their users as a change to each would.
  func carriers(of entity: String, into reach: inout ImpactReach) {
    guard let contract else { return }
    for interface in contract.serviceInterfaces {
      guard let provider = interface.component.map(Self.name(of:)) else { continue }
      for operation in interface.operations {
        let texts =
          [operation.input, operation.output]
          + (operation.requestFields + operation.responseFields).map(\.type)
        guard texts.contains(where: { mentions($0, entity) }) else { continue }
        let carrying = ImpactStep(
          dependent: provider, dependency: entity, link: .carries, detail: operation.name)
        calls(provider, names: [operation.name], route: nil, tail: [carrying], into: &reach)
      }
    }
    for endpoint in contract.endpoints {
      guard let provider = endpoint.owner?.component else { continue }
      let texts =
        endpoint.responses.flatMap { [$0.structure, $0.description] } + endpoint.responseFields.map(\.type)
        + endpoint.parameters.map(\.type)
      guard texts.contains(where: { mentions($0, entity) }) else { continue }
      let route = Self.routeKey(endpoint)
      let carrying = ImpactStep(dependent: provider, dependency: entity, link: .carries, detail: route)
      calls(
        provider, names: [endpoint.name, endpoint.urlPattern], route: route, tail: [carrying], into: &reach)
    }
    for event in contract.events where mentions(event.payload, entity) {
      let publisher = event.publisher.map(Self.name(of:)) ?? ""
      for subscriber in event.subscribers {
        let key = TextFolding.fold(Self.name(of: subscriber))
        guard names[key] != nil else { continue }
        let step = ImpactStep(dependent: name(key), dependency: publisher, link: .event, detail: event.name)
        let carrying = ImpactStep(
          dependent: publisher, dependency: entity, link: .carries, detail: event.name)
        reach.affect(key, impact(key, [step, carrying]))
      }
    }
  }

  /// A role reaches the components acting in it (named like it, or whose responsibility names it:
  /// inferred); a resource reaches its owners (the component owning the entity or endpoint it names, or
  /// the component it names).
  func authorization(role: String?, resource: String?, into reach: inout ImpactReach) {
    guard let contract else { return }
    if let role, !role.isEmpty {
      for component in contract.components {
        let key = TextFolding.fold(component.name)
        let named = mentions(component.name, role) || mentions(role, component.name)
        guard named || mentions(component.responsibility, role) else { continue }
        let step = ImpactStep(
          dependent: component.name, dependency: "Authorization", link: .authorization,
          detail: "role \(role)",
          inferred: named ? nil : "inferred: its responsibility names \(role)")
        reach.affect(key, impact(key, [step]))
      }
    }
    guard let resource, !resource.isEmpty else { return }
    var owners: [String] = []
    for entity in contract.entities where mentions(resource, entity.name) {
      if let owner = entity.owner?.component { owners.append(owner) }
    }
    for endpoint in contract.endpoints
    where mentions(resource, endpoint.urlPattern) || mentions(resource, endpoint.name) {
      if let owner = endpoint.owner?.component { owners.append(owner) }
    }
    for component in contract.components where mentions(resource, component.name) {
      owners.append(component.name)
    }
    for owner in owners {
      let key = TextFolding.fold(owner)
      guard names[key] != nil else { continue }
      let step = ImpactStep(
        dependent: name(key), dependency: "Authorization", link: .authorization, detail: "owns \(resource)")
      reach.affect(key, impact(key, [step]))
    }
  }
}
