import Diagnostics

/// A row of the error response standards.
public struct ErrorStandard: Hashable, Sendable, Codable {
  public var errorType: String
  public var httpStatus: Int?
  public var statusWritten: String
  public var code: String
  public var responseFormat: String
  public var userAction: String
  public var extra: [String: String]
  public var location: SourceLocation
}
