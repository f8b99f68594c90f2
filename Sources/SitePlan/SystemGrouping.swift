import FestivalModel

/// Splits a large system into groups: by owner when every component names one, else by weakly connected
/// part of the dependency graph. Groups are ordered by their first component.
public enum SystemGrouping {
  /// Above this many components the system graph is drawn per group.
  public static let threshold = 300

  public static func groups(_ contract: InterfaceContract) -> [(name: String, components: [Int])] {
    let components = contract.components
    if components.allSatisfy({ !($0.owner ?? "").isEmpty }) {
      var order: [String] = []
      var members: [String: [Int]] = [:]
      for (index, component) in components.enumerated() {
        let owner = component.owner!
        if members[owner] == nil { order.append(owner) }
        members[owner, default: []].append(index)
      }
      return order.map { ($0, members[$0]!) }
    }
    var parent = Array(components.indices)
    func find(_ node: Int) -> Int {
      var root = node
      while parent[root] != root { root = parent[root] }
      return root
    }
    // Parts of the contract's one graph, joined by the dependencies the reader resolved.
    for edge in contract.relationships.edges
    where edge.kind == .dependsOn && !edge.byWrittenName && edge.to.kind == .component {
      let a = find(edge.from.index)
      let b = find(edge.to.index)
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var order: [Int] = []
    var members: [Int: [Int]] = [:]
    for component in components.indices {
      let root = find(component)
      if members[root] == nil { order.append(root) }
      members[root, default: []].append(component)
    }
    return order.map { ("Part with \(components[$0].name)", members[$0]!) }
  }
}
