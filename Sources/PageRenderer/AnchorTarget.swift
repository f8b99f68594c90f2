/// A heading or row anchor of a document that a link points at.
public struct AnchorTarget: Hashable, Sendable {
  public let document: String
  public let anchor: String
}
