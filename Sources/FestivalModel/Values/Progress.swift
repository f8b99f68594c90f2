/// Checkbox progress as fest computes it.
public struct Progress: Hashable, Sendable, Codable {
  public enum Basis: String, Hashable, Sendable, Codable {
    /// Boxes under Requirements, Definition of Done, Acceptance Criteria, Deliverables or Checklist.
    case sections
    /// No such section had a box, so every box in the file counted.
    case wholeFile
  }

  public var checked: Int
  public var total: Int
  public var basis: Basis

  public init(checked: Int, total: Int, basis: Basis) {
    self.checked = checked
    self.total = total
    self.basis = basis
  }

  /// All checked: completed; some: in progress; none (or no boxes): pending.
  public var status: KnownStatus {
    if total > 0 && checked == total { return .completed }
    return checked > 0 ? .inProgress : .pending
  }

  public static func + (lhs: Progress, rhs: Progress) -> Progress {
    Progress(checked: lhs.checked + rhs.checked, total: lhs.total + rhs.total, basis: .sections)
  }

  public static let empty = Progress(checked: 0, total: 0, basis: .sections)
}
