import Diagnostics

/// A row of an endpoint's response format table.
public struct EndpointResponse: Hashable, Sendable, Codable {
  public var statusCode: Int?
  public var statusWritten: String
  public var contentType: String
  public var structure: String
  public var description: String
  public var extra: [String: String]
  public var location: SourceLocation
}
