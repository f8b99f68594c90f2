import FestivalModel

/// A group of components drawn on a page of its own when a festival has too many components for one
/// system graph: the components of one owner, or one weakly connected part.
public struct SystemGroup: Hashable, Sendable {
  public var name: String
  public var path: String
  /// Its components, in the contract's order.
  public var components: [ElementID]

  public init(name: String, path: String, components: [ElementID]) {
    self.name = name
    self.path = path
    self.components = components
  }
}
