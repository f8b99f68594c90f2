import Diagnostics

/// A name written in a table cell (a dependency, a publisher, a protocol pair's end) and what it names.
public struct NameReference: Hashable, Sendable, Codable {
  public enum Match: String, Hashable, Sendable, Codable {
    /// Equal once case, spacing and punctuation are folded.
    case exact
    /// The only defined name containing it or contained in it (`Frontend` for `Frontend Web App`).
    case containment
    case unresolved
  }

  public var written: String
  public var target: ReferenceTarget?
  public var match: NameReference.Match
  public var location: SourceLocation
}
