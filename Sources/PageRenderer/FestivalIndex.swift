import FestivalModel

/// Look-ups by folded name for one festival's contract, built once per build, not once per page.
struct FestivalIndex: Sendable {
  var components: [String: Int] = [:]
  var systems: [String: Int] = [:]
  var events: [String: Int] = [:]
  var endpoints: [String: Int] = [:]

  init(_ contract: InterfaceContract?) {
    guard let contract else { return }
    for (index, component) in contract.components.enumerated()
    where components[Fold.key(component.name)] == nil {
      components[Fold.key(component.name)] = index
    }
    for (index, system) in contract.externalSystems.enumerated() where systems[Fold.key(system.name)] == nil {
      systems[Fold.key(system.name)] = index
    }
    for (index, event) in contract.events.enumerated() where events[Fold.key(event.name)] == nil {
      events[Fold.key(event.name)] = index
    }
    for (index, endpoint) in contract.endpoints.enumerated() {
      for key in [
        Fold.key(endpoint.name), Fold.key("\(endpoint.method?.rawValue ?? "") \(endpoint.urlPattern)"),
      ]
      where endpoints[key] == nil {
        endpoints[key] = index
      }
    }
  }
}
