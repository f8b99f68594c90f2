/// How a change to a contract treats the components that rely on it.
public enum ChangeSeverity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
  /// Dependents written against the old contract stop working.
  case breaking
  /// Dependents may keep working, but someone should look: a relaxed promise, wider rights, a new error.
  case risky
  /// Nothing that relies on the old contract notices.
  case compatible

  /// Most severe first.
  public static func < (lhs: ChangeSeverity, rhs: ChangeSeverity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
