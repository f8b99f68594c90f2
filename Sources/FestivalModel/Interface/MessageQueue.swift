import Diagnostics

/// A row of the message queue specifications.
public struct MessageQueue: Hashable, Sendable, Codable {
  public var name: String
  public var purpose: String
  public var messageFormat: String
  public var consumers: String
  public var consumerCount: Int?
  public var deadLetter: String
  public var owner: Ownership?
  public var extra: [String: String]
  public var location: SourceLocation
}
