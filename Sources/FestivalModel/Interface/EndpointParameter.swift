import Diagnostics

/// A row of an endpoint's request format table.
public struct EndpointParameter: Hashable, Sendable, Codable {
  public var name: String
  public var placement: ParameterPlacement?
  public var placementWritten: String
  public var type: String
  public var required: Bool?
  public var requiredWritten: String
  public var description: String
  public var extra: [String: String]
  public var location: SourceLocation
}
