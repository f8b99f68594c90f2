import Diagnostics

/// A row of the performance requirements table, figures parsed.
public struct PerformanceRequirement: Hashable, Sendable, Codable {
  public var subject: NameReference
  public var responseTime: Quantity?
  /// The percentile the response time is measured at (`p95`), from the column header.
  public var percentile: String?
  public var throughput: Quantity?
  public var availability: Quantity?
  public var errorRate: Quantity?
  public var written: [String: String]
  public var location: SourceLocation
}
