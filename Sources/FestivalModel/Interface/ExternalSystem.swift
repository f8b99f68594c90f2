import Diagnostics

/// A row of the external system dependencies table.
public struct ExternalSystem: Hashable, Sendable, Codable {
  public var name: String
  public var purpose: String
  public var `protocol`: String
  public var sla: String
  /// The figures in the SLA cell (`99.95%`, `<2s`).
  public var slaFigures: [Quantity]
  public var extra: [String: String]
  public var location: SourceLocation
}
