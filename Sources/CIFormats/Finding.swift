import Diagnostics

/// One result for the tools a review or a CI job runs: a check finding or a contract change, in the
/// shape SARIF, JUnit and baselines share.
public struct Finding: Hashable, Sendable {
  public enum Level: String, Hashable, Sendable, Codable {
    case error, warning, note
  }

  public var rule: String
  public var level: Level
  public var message: String
  /// Where it is, relative to the content folder; nil when it is about no place in a file.
  public var location: SourceLocation?
  /// What it is about, as a reader names it: a file for a check finding, `Billing Service › Charge`
  /// for a change.
  public var subject: String
  /// The same for the same finding across commits: the rule, what it is about and its text normalised,
  /// never a line number (`Fingerprint`).
  public var fingerprint: String

  public init(
    rule: String, level: Level, message: String, location: SourceLocation?, subject: String,
    fingerprint: String
  ) {
    self.rule = rule
    self.level = level
    self.message = message
    self.location = location
    self.subject = subject
    self.fingerprint = fingerprint
  }
}
