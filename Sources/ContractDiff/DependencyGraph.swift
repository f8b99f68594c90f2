import FestivalModel

/// Who relies on whom in one contract: components and external systems, linked by the components
/// table's dependencies, the protocol pairs and event subscriptions. Walked backwards to find
/// everything a change reaches.
struct DependencyGraph {
  private struct Edge {
    var dependent: String
    var link: ImpactStep.Link
    var detail: String?
  }

  /// Display names and owners by folded name.
  private var names: [String: String] = [:]
  private var owners: [String: String] = [:]
  /// Folded name -> the edges of everything that relies on it, in contract order.
  private var dependents: [String: [Edge]] = [:]

  /// The contract's one graph read as who relies on whom: a dependency, a protocol pair (the caller
  /// relies on the callee) and an event subscription (the subscriber relies on the publisher).
  init(_ contract: InterfaceContract?) {
    guard let contract else { return }
    for system in contract.externalSystems { names[TextFolding.fold(system.name)] = system.name }
    for component in contract.components {
      let key = TextFolding.fold(component.name)
      names[key] = component.name
      if let owner = component.owner, !owner.isEmpty { owners[key] = owner }
    }
    let graph = contract.relationships
    var publishers: [Int: String] = [:]
    for edge in graph.edges {
      switch edge.kind {
      case .dependsOn:
        add(dependent: graph.name(edge.from), on: graph.name(edge.to), by: .dependency, detail: nil)
      case .talksTo:
        add(dependent: graph.name(edge.from), on: graph.name(edge.to), by: .protocolPair, detail: edge.detail)
      case .publishes: publishers[edge.to.index] = graph.name(edge.from)
      case .subscribes:
        guard let publisher = publishers[edge.to.index] else { continue }
        add(dependent: graph.name(edge.from), on: publisher, by: .event, detail: graph.name(edge.to))
      case .relatesTo, .refersTo, .owns: continue
      }
    }
  }

  /// The defined name a reference resolved to, else what was written.
  static func name(of reference: NameReference) -> String {
    reference.target?.name ?? reference.written
  }

  func contains(_ name: String) -> Bool { names[TextFolding.fold(name)] != nil }

  private mutating func add(
    dependent: String, on dependency: String, by link: ImpactStep.Link, detail: String?
  ) {
    let dependentKey = TextFolding.fold(dependent)
    let dependencyKey = TextFolding.fold(dependency)
    guard !dependentKey.isEmpty, !dependencyKey.isEmpty, dependentKey != dependencyKey,
      names[dependentKey] != nil, names[dependencyKey] != nil
    else { return }
    dependents[dependencyKey, default: []].append(Edge(dependent: dependentKey, link: link, detail: detail))
  }

  /// Everything that relies on `anchors`, directly or through others, each by its shortest chain
  /// (the first found in contract order among equally short ones). `direct` are links known from the
  /// change itself, such as the subscribers of a changed event; they start chains of their own.
  func impact(of anchors: [String], direct: [ImpactStep] = []) -> [Impact] {
    let anchorKeys = anchors.map(TextFolding.fold).filter { names[$0] != nil }
    var paths: [String: [ImpactStep]] = [:]
    var visited = Set(anchorKeys)
    var frontier: [String] = []
    for step in direct {
      let key = TextFolding.fold(step.dependent)
      guard names[key] != nil, visited.insert(key).inserted else { continue }
      paths[key] = [step]
      frontier.append(key)
    }
    // The anchors' own dependents come after the direct links, one breadth at a time.
    var level = anchorKeys + frontier
    frontier = []
    while !level.isEmpty {
      for key in level {
        for edge in dependents[key] ?? [] where visited.insert(edge.dependent).inserted {
          let step = ImpactStep(
            dependent: names[edge.dependent]!, dependency: names[key]!, link: edge.link, detail: edge.detail)
          paths[edge.dependent] = [step] + (paths[key] ?? [])
          frontier.append(edge.dependent)
        }
      }
      level = frontier
      frontier = []
    }
    return paths.map { key, path in Impact(component: names[key]!, owner: owners[key], path: path) }
      .sorted { ($0.depth, $0.component) < ($1.depth, $1.component) }
  }
}
