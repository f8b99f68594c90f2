/// How much of a resource a capability reaches, narrowest first.
public enum AccessScope: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  case none
  case own
  case assigned
  case scoped
  case all

  public static func < (lhs: AccessScope, rhs: AccessScope) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
