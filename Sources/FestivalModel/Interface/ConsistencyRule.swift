import Diagnostics

/// A row of the data consistency requirements table.
public struct ConsistencyRule: Hashable, Sendable, Codable {
  public var operation: String
  public var level: ConsistencyLevel?
  public var levelWritten: String
  public var justification: String
  public var fallback: String
  public var extra: [String: String]
  public var location: SourceLocation
}
