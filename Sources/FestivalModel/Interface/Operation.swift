import Diagnostics

/// A row of a service interface's operations table.
public struct Operation: Hashable, Sendable, Codable {
  public var name: String
  public var input: String
  public var output: String
  public var errorCases: [String]
  public var performanceSLA: String
  public var slaFigures: [Quantity]
  public var extra: [String: String]
  public var location: SourceLocation
}
