import Diagnostics

/// A row of the stakeholder sign-off matrix.
public struct SignOff: Hashable, Sendable, Codable {
  public var role: String
  public var responsibility: String
  public var state: SignOffState
  public var statusWritten: String
  public var date: String?
  public var location: SourceLocation
}
