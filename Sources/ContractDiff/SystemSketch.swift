import FestivalModel

/// The components and their dependencies on both sides together, for drawing what a diff touches.
public struct SystemSketch: Hashable, Sendable, Codable {
  public struct Node: Hashable, Sendable, Codable {
    public var name: String
    public var isExternal: Bool
    /// On the old side only.
    public var isRemoved: Bool
  }

  public struct Edge: Hashable, Sendable, Codable {
    public var dependent: String
    public var dependency: String
  }

  public var nodes: [Node] = []
  public var edges: [Edge] = []

  init(old: InterfaceContract?, new: InterfaceContract?) {
    var seen = Set<String>()
    var edgeKeys = Set<String>()
    let newNames = Set(
      ((new?.components.map(\.name) ?? []) + (new?.externalSystems.map(\.name) ?? [])).map(TextFolding.fold))
    for contract in [new, old].compactMap({ $0 }) {
      for component in contract.components where seen.insert(TextFolding.fold(component.name)).inserted {
        nodes.append(
          Node(
            name: component.name, isExternal: false,
            isRemoved: !newNames.contains(TextFolding.fold(component.name))))
      }
      for system in contract.externalSystems where seen.insert(TextFolding.fold(system.name)).inserted {
        nodes.append(
          Node(
            name: system.name, isExternal: true, isRemoved: !newNames.contains(TextFolding.fold(system.name)))
        )
      }
    }
    for contract in [new, old].compactMap({ $0 }) {
      for component in contract.components {
        for dependency in component.dependencies {
          let target = DependencyGraph.name(of: dependency)
          let key = TextFolding.fold(component.name) + "\u{1F}" + TextFolding.fold(target)
          guard seen.contains(TextFolding.fold(target)), edgeKeys.insert(key).inserted else { continue }
          edges.append(Edge(dependent: component.name, dependency: target))
        }
      }
    }
  }
}
