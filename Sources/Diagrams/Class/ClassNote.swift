/// A note of a class diagram, `note0`, `note1` ... in document order: attached to a class by
/// `note for`, or floating.
public struct ClassNote: Hashable, Sendable {
  public var id: String
  public var className: String?
  public var text: String
  public var namespace: String?
  public var line: Int
}
