/// A component a change reaches, how it is linked to what changed, and who owns it. With a `reason` it
/// may be affected only: the contract links it to the changed element's component, but does not say
/// it uses the element (`calls Scheduling Service; which operations is not written`).
public struct Impact: Hashable, Sendable, Codable {
  public var component: String
  /// The Owner column of the components table.
  public var owner: String?
  /// From this component to the changed element's component, one step per link: its length is the depth.
  public var path: [ImpactStep]
  /// Why the component is only possibly affected; nil when it is.
  public var reason: String?

  public var depth: Int { path.count }

  public init(component: String, owner: String?, path: [ImpactStep], reason: String? = nil) {
    self.component = component
    self.owner = owner
    self.path = path
    self.reason = reason
  }
}
