/// Something a role may do to a resource.
public enum Capability: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case read
  case list
  case create
  case update
  case delete
  case append
  case approve
  case execute
  case manage

  public static func < (lhs: Capability, rhs: Capability) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
