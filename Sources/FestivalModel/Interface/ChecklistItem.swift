import Diagnostics

/// A review checklist row or a finalization criterion.
public struct ChecklistItem: Hashable, Sendable, Codable {
  public var area: String
  public var criteria: String
  public var state: CheckState
  public var location: SourceLocation
}
