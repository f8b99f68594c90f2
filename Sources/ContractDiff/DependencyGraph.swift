import FestivalModel

/// Who relies on whom in one contract, read from its relationship graph: callers by the components
/// table's dependencies and the protocol pairs, subscribers by the event catalog, what carries each
/// entity, which components pass elements on (gateways), and which calls the contract's sequence
/// diagrams state. `reach` answers, for one changed element, who is affected and who may be.
struct DependencyGraph {
  struct Edge: Hashable {
    var dependent: String
    var link: ImpactStep.Link
    var detail: String?
  }

  /// How a component passes its providers' elements on to its own callers.
  enum Passing: Hashable {
    /// Everything: stated (a protocol pair that routes or proxies) or inferred (`reason`).
    case all(inferred: String?)
    /// The routes it lists as its own endpoints, and nothing else.
    case routes(Set<String>)
  }

  /// Display names and owners by folded name.
  var names: [String: String] = [:]
  var owners: [String: String] = [:]
  /// Folded provider -> the components calling it, in contract order.
  var callers: [String: [Edge]] = [:]
  var passing: [String: Passing] = [:]
  /// Calls the contract's sequence diagrams state: caller, callee (both folded) and the message.
  var statedCalls: [StatedCall] = []
  let contract: InterfaceContract?

  init(_ contract: InterfaceContract?) {
    self.contract = contract
    guard let contract else { return }
    for system in contract.externalSystems { names[TextFolding.fold(system.name)] = system.name }
    for component in contract.components {
      let key = TextFolding.fold(component.name)
      names[key] = component.name
      if let owner = component.owner, !owner.isEmpty { owners[key] = owner }
    }
    let graph = contract.relationships
    for edge in graph.edges {
      switch edge.kind {
      case .dependsOn:
        add(graph.name(edge.from), calls: graph.name(edge.to), by: .dependency, detail: nil)
      case .talksTo:
        add(graph.name(edge.from), calls: graph.name(edge.to), by: .protocolPair, detail: edge.detail)
      case .publishes, .subscribes, .relatesTo, .refersTo, .owns: continue
      }
    }
    passing = Self.passing(contract)
    statedCalls = StatedCall.read(contract, names: names)
  }

  /// The defined name a reference resolved to, else what was written.
  static func name(of reference: NameReference) -> String {
    reference.target?.name ?? reference.written
  }

  func contains(_ name: String) -> Bool { names[TextFolding.fold(name)] != nil }

  func name(_ key: String) -> String { names[key] ?? key }

  private mutating func add(
    _ dependent: String, calls dependency: String, by link: ImpactStep.Link, detail: String?
  ) {
    let dependentKey = TextFolding.fold(dependent)
    let dependencyKey = TextFolding.fold(dependency)
    guard !dependentKey.isEmpty, !dependencyKey.isEmpty, dependentKey != dependencyKey,
      names[dependentKey] != nil, names[dependencyKey] != nil,
      !(callers[dependencyKey] ?? []).contains(where: { $0.dependent == dependentKey && $0.link == link })
    else { return }
    callers[dependencyKey, default: []].append(Edge(dependent: dependentKey, link: link, detail: detail))
  }

  /// Gateways: a component whose protocol pair says it routes, proxies or forwards passes everything
  /// on; one whose name or responsibility reads as a gateway passes the routes it lists as its own
  /// endpoints, or, listing none, everything (inferred, and marked so).
  static func passing(_ contract: InterfaceContract) -> [String: Passing] {
    var result: [String: Passing] = [:]
    let passWords = ["route", "routes", "routing", "proxy", "proxies", "forward", "forwards"]
    for pair in contract.protocolPairs {
      let said = TextFolding.fold(([pair.justification] + pair.extra.values).joined(separator: " "))
      if passWords.contains(where: { said.split(separator: " ").contains(Substring($0)) }) {
        result[TextFolding.fold(name(of: pair.from))] = .all(inferred: nil)
      }
    }
    let gatewayWords = ["gateway", "proxy", "router", "routing", "bff", "ingress", "backend for frontend"]
    for component in contract.components where result[TextFolding.fold(component.name)] == nil {
      let text = TextFolding.fold(component.name + " " + component.responsibility)
      guard let word = gatewayWords.first(where: { text.contains($0) }) else { continue }
      let key = TextFolding.fold(component.name)
      let routes = contract.endpoints.filter { $0.owner.map { TextFolding.fold($0.component) } == key }
      result[key] =
        routes.isEmpty
        ? .all(
          inferred:
            "inferred: it reads as a gateway ('\(word)') and lists no routes of its own")
        : .routes(Set(routes.map(routeKey)))
    }
    return result
  }

  /// `GET /orders/{}`: an endpoint's method and path, parameter names set aside.
  static func routeKey(_ endpoint: Endpoint) -> String {
    routeKey(method: endpoint.method?.rawValue ?? endpoint.methodWritten, path: endpoint.urlPattern)
  }

  static func routeKey(method: String, path: String) -> String {
    let segments = path.split(separator: "/").map { segment -> String in
      let isParameter = segment.hasPrefix(":") || (segment.hasPrefix("{") && segment.hasSuffix("}"))
      return isParameter ? "{}" : segment.lowercased()
    }
    return method.uppercased() + " /" + segments.joined(separator: "/")
  }
}
