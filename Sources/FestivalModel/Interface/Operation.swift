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
  /// The request's fields and the response's, kept apart, when a source gives them.
  public var requestFields: [DataField] = []
  public var responseFields: [DataField] = []
  /// A protobuf `stream` request or response.
  public var clientStreaming = false
  public var serverStreaming = false
  /// What it does, from its comment or the words beside it.
  public var summary = ""
  /// The other places it is defined, when sources merged several into it.
  public var alsoDefinedAt: [SourceLocation] = []
}
