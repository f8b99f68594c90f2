import Diagnostics

/// A table festdoc did not recognize as a template table; rendered as written, listed for authors.
public struct UnrecognizedTable: Hashable, Sendable, Codable {
  public var section: String
  public var headers: [String]
  public var location: SourceLocation
}
