/// Which component owns an endpoint, queue, event or entity, and whether festdoc had to infer it.
public struct Ownership: Hashable, Sendable, Codable {
  public var component: String
  public var inferred: Bool
  /// Where it came from: `service line`, `owner column`, `section`, `publisher`, `purpose`, `queue name`,
  /// `operation name`, `path`.
  public var basis: String
}
