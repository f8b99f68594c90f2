import Diagnostics

/// A row of the monitoring requirements.
public struct MonitoringRequirement: Hashable, Sendable, Codable {
  public var metricType: String
  public var metricName: String
  public var alertThreshold: String
  public var thresholdFigures: [Quantity]
  public var responseTime: String
  public var responseFigures: [Quantity]
  public var extra: [String: String]
  public var location: SourceLocation
}
