extension ContractComparison {
  /// What a change can reach, by the kind of element that changed: an operation's or endpoint's
  /// callers, an entity's carriers, an event's subscribers, a queue's consumers, a role's and a
  /// resource's components, a component's or external system's direct callers.
  static func scope(of change: ContractChange, direct: [ImpactStep]) -> ImpactScope {
    let subject = change.subject
    let provider = change.components.first ?? ""
    switch change.kind {
    case .operation, .serviceInterface, .performance, .scalability:
      return .calls(provider: provider, names: subject.count > 1 ? [subject[1]] : [], route: nil)
    case .field:
      if let route = route(subject.first) {
        return .calls(provider: provider, names: [subject[0]], route: route)
      }
      return .calls(provider: provider, names: subject.count > 1 ? [subject[1]] : [], route: nil)
    case .endpoint, .parameter, .response:
      let route = route(change.after) ?? route(change.before) ?? route(subject.first)
      let written = subject.first ?? ""
      let path = written.split(separator: " ").last.map(String.init) ?? written
      return .calls(provider: provider, names: [written, path], route: route)
    case .entity: return .carriers(entity: subject.first ?? "")
    case .event: return .event(name: subject.first ?? "", subscribers: direct)
    case .queue: return .queue(name: subject.first ?? "")
    case .component:
      return change.rule == .componentChanged ? .none : .callers(of: [subject.first ?? ""])
    case .externalSystem: return .callers(of: [subject.first ?? ""])
    case .dependency:
      // The component depended on (or no longer) has to look: it gains or loses a caller.
      guard subject.count > 1 else { return .none }
      return .direct([ImpactStep(dependent: subject[1], dependency: provider, link: .calledBy, detail: nil)])
    case .protocolPair:
      // Both ends of a protocol pair change with it.
      let ends = change.components
      guard ends.count == 2 else { return .none }
      return .direct([
        ImpactStep(dependent: ends[0], dependency: ends[1], link: .protocolPair, detail: nil),
        ImpactStep(dependent: ends[1], dependency: ends[0], link: .calledBy, detail: nil),
      ])
    case .authorization:
      let isRole = [.authorizationRoleAdded, .authorizationRoleRemoved].contains(change.rule)
      let isResource = [.authorizationResourceAdded, .authorizationResourceRemoved].contains(change.rule)
      let named = subject.count > 1 ? subject[1] : nil
      if isRole { return .authorization(role: named, resource: nil) }
      if isResource { return .authorization(role: nil, resource: named) }
      return .authorization(role: subject.count > 2 ? subject[2] : nil, resource: named)
    case .document, .signOff, .errorCode: return direct.isEmpty ? .none : .direct(direct)
    }
  }

  /// `GET /orders/{}` from `GET /orders/{id}`, or nil for text that is no `METHOD /path`.
  static func route(_ text: String?) -> String? {
    guard let parts = text?.split(separator: " "), parts.count == 2, parts[1].hasPrefix("/"),
      parts[0].allSatisfy({ $0.isLetter })
    else { return nil }
    return DependencyGraph.routeKey(method: String(parts[0]), path: String(parts[1]))
  }
}
