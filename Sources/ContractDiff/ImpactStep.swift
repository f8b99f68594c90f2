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
  }

  public var dependent: String
  public var dependency: String
  public var link: Link
  /// The protocol or event name, where there is one.
  public var detail: String?

  public init(dependent: String, dependency: String, link: Link, detail: String?) {
    self.dependent = dependent
    self.dependency = dependency
    self.link = link
    self.detail = detail
  }
}
