import Diagnostics

/// An API endpoint section: method, URL pattern, owner, parameters and responses.
public struct Endpoint: Hashable, Sendable, Codable {
  public var name: String
  public var purpose: String?
  public var method: HTTPMethod?
  public var methodWritten: String
  public var urlPattern: String
  /// `{id}` and `:id` segments of the URL pattern, in order.
  public var pathParameters: [String]
  public var owner: Ownership?
  public var parameters: [EndpointParameter]
  public var responses: [EndpointResponse]
  public var location: SourceLocation
  /// The response body's fields, when a field table gives them (request fields are `parameters`).
  public var responseFields: [DataField] = []
  /// What a source says beyond these, by label: an OpenAPI operation's `Operation ID`, `Security`,
  /// `Tags` and `Deprecated`.
  public var extra: [String: String] = [:]
}
