import Diagnostics

/// A rule as the catalogue lists it: its id, the severity it reports at unless configured, and what it
/// finds.
public struct Rule: Hashable, Sendable {
  public var id: RuleID
  public var severity: Severity
  public var summary: String

  public init(_ id: RuleID, _ severity: Severity, _ summary: String) {
    self.id = id
    self.severity = severity
    self.summary = summary
  }
}
