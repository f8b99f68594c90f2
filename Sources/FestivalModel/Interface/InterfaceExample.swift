import Diagnostics

/// A Step 10 example: kept as an example to show, never read as contract entities.
public struct InterfaceExample: Hashable, Sendable, Codable {
  public var title: String
  /// `**Service**: ...` lines, in order.
  public var fields: [String: String]
  public var headers: [String]
  public var rows: [[String]]
  public var location: SourceLocation
}
