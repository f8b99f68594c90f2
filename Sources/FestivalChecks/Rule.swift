import Diagnostics

/// A check festdoc runs, with its stable id and the severity it has unless configured otherwise.
public struct Rule: Hashable, Sendable {
  public var id: String
  public var severity: Severity
  public var summary: String

  public init(_ id: String, _ severity: Severity, _ summary: String) {
    self.id = id
    self.severity = severity
    self.summary = summary
  }
}
