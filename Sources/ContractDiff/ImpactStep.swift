/// One link of the chain from an affected component to the changed one: `dependent` relies on
/// `dependency` through `link`.
public struct ImpactStep: Hashable, Sendable, Codable {
  public enum Link: String, Hashable, Sendable, Codable {
    /// Listed in the components table's Dependencies column.
    case dependency
    /// A row of the internal service communication table.
    case protocolPair = "protocol"
    /// Subscribes to an event the other publishes.
    case event
    /// Consumes a queue the change is about.
    case queue
    /// Passes the changed element on to its own callers (a gateway's route).
    case passesOn = "passes-on"
    /// Calls an operation or endpoint that carries a changed entity.
    case carries
    /// Acts in a role, or owns a resource, of the authorization matrix.
    case authorization
    /// Is called by the other: the far end of a changed dependency or protocol pair.
    case calledBy = "called-by"
  }

  public var dependent: String
  public var dependency: String
  public var link: Link
  /// The protocol, event, queue or route name, where there is one.
  public var detail: String?
  /// How festdoc inferred the link when the contract does not state it (`its responsibility says
  /// routing`); nil for a stated link.
  public var inferred: String?

  public init(dependent: String, dependency: String, link: Link, detail: String?, inferred: String? = nil) {
    self.dependent = dependent
    self.dependency = dependency
    self.link = link
    self.detail = detail
    self.inferred = inferred
  }
}
