/// Step 2's selected internal protocol and its rationale.
public struct ProtocolChoice: Hashable, Sendable, Codable {
  public var selected: String?
  public var rationale: String?
}
