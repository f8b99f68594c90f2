/// A component affected by a change, how it is linked to what changed, and who owns it.
public struct Impact: Hashable, Sendable, Codable {
  public var component: String
  /// The Owner column of the components table.
  public var owner: String?
  /// From this component to the changed element's component, one step per link: its length is the depth.
  public var path: [ImpactStep]

  public var depth: Int { path.count }

  public init(component: String, owner: String?, path: [ImpactStep]) {
    self.component = component
    self.owner = owner
    self.path = path
  }
}
