/// A contract element by what it is, not where it stands: its kind and its folded name, with `#2`, `#3`
/// ... for later elements of the same kind and name. It survives rows moving, rows added elsewhere and
/// a rebuild of the model, so the plan, and anything that outlives one build, names elements by it.
public struct ElementID: Hashable, Sendable, Comparable, CustomStringConvertible {
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case component, endpoint, entity, event, queue, externalSystem, role, resource
  }

  public var kind: Kind
  /// `TextFolding.fold` of the name (an endpoint's method and path), with `#n` for the n-th namesake.
  public var key: String

  public init(_ kind: Kind, key: String) {
    (self.kind, self.key) = (kind, key)
  }

  public var description: String { "\(kind.rawValue):\(key)" }

  public static func < (lhs: ElementID, rhs: ElementID) -> Bool {
    (lhs.kind.rawValue, lhs.key) < (rhs.kind.rawValue, rhs.key)
  }
}
